package org.garblecheck.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes a text as HTML with nested elements for ranges of it (paragraphs, sentences, findings), keeping the
 * HTML well nested however the ranges overlap. Ranges of a lower rank enclose those of a higher rank; within
 * a rank, the earlier and longer range encloses the later one. Where two ranges cross, the inner one is
 * closed and opened again, so a range may come out in several pieces: the first piece is marked as such
 * (it carries the id and the focus stop), the last one as well (it carries the label), so that every range
 * appears exactly once however it is split. An empty range comes out as an empty element at its position.
 */
final class HtmlHighlighter {
  /** Writes the opening tag of one piece of a range. */
  @FunctionalInterface
  interface Opener {
    String open(boolean first, boolean last);
  }

  /** A range of the text and the element that wraps it. */
  record Range(int start, int end, int rank, Opener opener, String close) {}

  private static final Comparator<Range> NESTING = Comparator.comparingInt(Range::rank)
      .thenComparingInt(Range::start)
      .thenComparing(Comparator.comparingInt(Range::end).reversed());

  private HtmlHighlighter() {}

  private static final class Piece {
    final Range range;
    final boolean first;
    boolean last;

    Piece(Range range, boolean first) {
      this.range = range;
      this.first = first;
    }
  }

  private record Event(int kind, Piece piece, int from, int to) {
    static final int OPEN = 0;
    static final int CLOSE = 1;
    static final int TEXT = 2;
  }

  static String render(String text, List<Range> ranges) {
    int len = text.length();
    List<Range> sorted = new ArrayList<>();
    Map<Integer, List<Range>> empties = new HashMap<>();
    TreeSet<Integer> bounds = new TreeSet<>(List.of(0, len));
    for (Range r : ranges) {
      int s = clamp(r.start(), len);
      int e = clamp(r.end(), len);
      Range c = new Range(s, Math.max(s, e), r.rank(), r.opener(), r.close());
      if (c.start() == c.end()) {
        empties.computeIfAbsent(c.start(), k -> new ArrayList<>()).add(c);
      } else {
        sorted.add(c);
      }
      bounds.add(c.start());
      bounds.add(c.end());
    }
    sorted.sort(Comparator.comparingInt(Range::start));

    List<Event> events = new ArrayList<>();
    Map<Range, Piece> lastPiece = new IdentityHashMap<>();
    List<Piece> stack = new ArrayList<>();
    List<Range> active = new ArrayList<>();
    int next = 0;
    Integer[] points = bounds.toArray(new Integer[0]);
    for (int i = 0; i < points.length; i++) {
      int p = points[i];
      int q = i + 1 < points.length ? points[i + 1] : p;
      active.removeIf(r -> r.end() <= p);
      while (next < sorted.size() && sorted.get(next).start() <= p) {
        Range r = sorted.get(next++);
        if (r.end() > p) {
          active.add(r);
        }
      }
      List<Range> desired = q > p ? new ArrayList<>(active) : new ArrayList<>();
      desired.sort(NESTING);
      int k = 0;
      while (k < stack.size() && k < desired.size() && stack.get(k).range == desired.get(k)) {
        k++;
      }
      for (int j = stack.size() - 1; j >= k; j--) {
        events.add(new Event(Event.CLOSE, stack.remove(j), 0, 0));
      }
      for (int j = k; j < desired.size(); j++) {
        Range r = desired.get(j);
        Piece piece = new Piece(r, !lastPiece.containsKey(r));
        lastPiece.put(r, piece);
        stack.add(piece);
        events.add(new Event(Event.OPEN, piece, 0, 0));
      }
      for (Range empty : empties.getOrDefault(p, List.of())) {
        Piece piece = new Piece(empty, true);
        lastPiece.put(empty, piece);
        events.add(new Event(Event.OPEN, piece, 0, 0));
        events.add(new Event(Event.CLOSE, piece, 0, 0));
      }
      if (q > p) {
        events.add(new Event(Event.TEXT, null, p, q));
      }
    }
    for (int j = stack.size() - 1; j >= 0; j--) {
      events.add(new Event(Event.CLOSE, stack.remove(j), 0, 0));
    }
    lastPiece.values().forEach(piece -> piece.last = true);

    StringBuilder b = new StringBuilder(len * 2);
    for (Event e : events) {
      switch (e.kind()) {
        case Event.OPEN -> b.append(e.piece().range.opener().open(e.piece().first, e.piece().last));
        case Event.CLOSE -> b.append(e.piece().range.close());
        default -> b.append(Html.escape(text.substring(e.from(), e.to())));
      }
    }
    return b.toString();
  }

  private static int clamp(int v, int len) {
    return Math.max(0, Math.min(v, len));
  }
}
