package org.garblecheck.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.garblecheck.model.Finding;

/**
 * Names and terms a site accepts as written (its own brand, bylines, product names). A finding is dropped
 * when the text it covers, without surrounding punctuation and a possessive {@code 's}, lies inside an
 * occurrence of an accepted name or term that stands as whole words in the article. Names match with
 * their case, terms in any case. This works on any finding, so every detector, present or future, honours
 * the list without knowing about it. Names and terms are indexed by their words, so a long list costs a
 * hash lookup per finding.
 */
public final class AcceptedTerms {
  public static final AcceptedTerms NONE = new AcceptedTerms(List.of(), List.of());

  /** A word of an accepted name or term, {@code offset} chars from its start. */
  private record Occurrence(String term, int offset, boolean ignoreCase) {}

  private final List<String> names;
  private final List<String> terms;
  private final Map<String, List<Occurrence>> byWord = new HashMap<>();

  public AcceptedTerms(Collection<String> names, Collection<String> terms) {
    this.names = List.copyOf(new LinkedHashSet<>(names));
    this.terms = List.copyOf(new LinkedHashSet<>(terms));
    this.names.forEach(n -> index(n, false));
    this.terms.forEach(t -> index(t, true));
  }

  private void index(String term, boolean ignoreCase) {
    int i = 0;
    while (i < term.length()) {
      if (!isWordChar(term.charAt(i))) {
        i++;
        continue;
      }
      int end = i;
      while (end < term.length() && isWordChar(term.charAt(end))) {
        end++;
      }
      byWord.computeIfAbsent(term.substring(i, end).toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(new Occurrence(term, i, ignoreCase));
      i = end;
    }
  }

  public boolean isEmpty() {
    return names.isEmpty() && terms.isEmpty();
  }

  public List<String> names() {
    return names;
  }

  public List<String> terms() {
    return terms;
  }

  /** The findings that do not cover an accepted name or term, in the same order. */
  public List<Finding> filter(String text, List<Finding> findings) {
    if (isEmpty()) {
      return findings;
    }
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      if (!isAccepted(text, f.start(), f.end())) {
        out.add(f);
      }
    }
    return out;
  }

  /** Whether {@code text[start, end)} is (part of) an accepted name or term. */
  public boolean isAccepted(String text, int start, int end) {
    int s = start;
    int e = Math.min(end, text.length());
    while (s < e && !isWordChar(text.charAt(s))) {
      s++;
    }
    while (e > s && !isWordChar(text.charAt(e - 1))) {
      e--;
    }
    if (e - s > 2 && (text.charAt(e - 1) == 's' || text.charAt(e - 1) == 'S')
        && (text.charAt(e - 2) == '\'' || text.charAt(e - 2) == '\u2019')) {
      e -= 2;
    }
    if (s >= e) {
      return false;
    }
    int ws = s;
    while (ws > 0 && isWordChar(text.charAt(ws - 1))) {
      ws--;
    }
    int we = s;
    while (we < text.length() && isWordChar(text.charAt(we))) {
      we++;
    }
    List<Occurrence> candidates = byWord.get(text.substring(ws, we).toLowerCase(Locale.ROOT));
    if (candidates == null) {
      return false;
    }
    for (Occurrence c : candidates) {
      int o = ws - c.offset();
      int len = c.term().length();
      if (o >= 0 && o + len <= text.length() && o + len >= e
          && text.regionMatches(c.ignoreCase(), o, c.term(), 0, len) && wholeWords(text, o, o + len)) {
        return true;
      }
    }
    return false;
  }

  private static boolean wholeWords(String text, int from, int to) {
    boolean startOk = from == 0 || !isWordChar(text.charAt(from)) || !isWordChar(text.charAt(from - 1));
    boolean endOk = to == text.length() || !isWordChar(text.charAt(to - 1)) || !isWordChar(text.charAt(to));
    return startOk && endOk;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }

  /** Names and terms of several settings blocks together. */
  static AcceptedTerms union(List<Settings> layers) {
    Set<String> n = new LinkedHashSet<>();
    Set<String> t = new LinkedHashSet<>();
    for (Settings s : layers) {
      n.addAll(s.names());
      t.addAll(s.terms());
    }
    return new AcceptedTerms(n, t);
  }
}
