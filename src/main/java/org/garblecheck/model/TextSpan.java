package org.garblecheck.model;

/**
 * A half-open range {@code [start, end)} of UTF-16 code units in an article's original text.
 * Line and column are never stored; they are derived when a report is rendered ({@link LineMap}).
 */
public record TextSpan(int start, int end) implements Comparable<TextSpan> {
  public TextSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  public boolean contains(TextSpan other) {
    return start <= other.start && other.end <= end;
  }

  public boolean overlaps(TextSpan other) {
    return start < other.end && other.start < end;
  }

  public TextSpan shift(int delta) {
    return new TextSpan(start + delta, end + delta);
  }

  public String of(CharSequence text) {
    return text.subSequence(start, end).toString();
  }

  @Override
  public int compareTo(TextSpan o) {
    int c = Integer.compare(start, o.start);
    return c != 0 ? c : Integer.compare(end, o.end);
  }
}
