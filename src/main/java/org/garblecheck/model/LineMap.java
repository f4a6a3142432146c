package org.garblecheck.model;

import java.util.Arrays;

/**
 * Turns character offsets into 1-based line and column numbers, for rendering only. A line ends after
 * {@code \n}; a {@code \r\n} pair counts as one line break. Columns count UTF-16 code units from 1.
 *
 * <p>A map {@linkplain #through made through source positions} is for text extracted from a file (an HTML
 * page): offsets still point into the extracted text, while lines and columns are those of the file, so that
 * {@code page.html:12:7} opens the page where the finding is.
 */
public final class LineMap {
  private final int[] lineStarts;
  /** Per offset of the text, its offset in the source; {@code null} when the text is the source. */
  private final int[] positions;
  private final int length;

  public LineMap(CharSequence text) {
    this(text, null);
  }

  private LineMap(CharSequence text, int[] positions) {
    this.length = text.length();
    int[] starts = new int[16];
    int n = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, n);
    this.positions = positions;
  }

  /**
   * Lines and columns of {@code source} for offsets into a text extracted from it: {@code positions[i]} is
   * the source offset of the text's character {@code i} (the array is kept, not copied). An offset at or past
   * the end of the text maps just past the source position of the text's last character; nothing maps past
   * the end of the source.
   */
  public static LineMap through(CharSequence source, int[] positions) {
    return new LineMap(source, positions);
  }

  /** 1-based line of an offset. */
  public int line(int offset) {
    int i = Arrays.binarySearch(lineStarts, offset(offset));
    return (i >= 0 ? i : -i - 2) + 1;
  }

  /** 1-based column of an offset. */
  public int column(int offset) {
    return offset(offset) - lineStarts[line(offset) - 1] + 1;
  }

  /** The offset in the source of an offset into the text (the same offset when the text is the source). */
  public int offset(int offset) {
    if (positions == null) {
      return offset;
    }
    if (positions.length == 0) {
      return 0;
    }
    int p = offset >= positions.length ? positions[positions.length - 1] + 1 : positions[Math.max(0, offset)];
    return Math.max(0, Math.min(length, p));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LineMap m && length == m.length && Arrays.equals(lineStarts, m.lineStarts)
        && Arrays.equals(positions, m.positions);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(lineStarts) + Arrays.hashCode(positions);
  }
}
