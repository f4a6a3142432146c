package org.garblecheck.model;

import java.util.Arrays;

/**
 * Turns character offsets into 1-based line and column numbers, for rendering only. A line ends after
 * {@code \n}; a {@code \r\n} pair counts as one line break. Columns count UTF-16 code units from 1.
 */
public final class LineMap {
  private final int[] lineStarts;

  public LineMap(CharSequence text) {
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
  }

  /** 1-based line of an offset. */
  public int line(int offset) {
    int i = Arrays.binarySearch(lineStarts, offset);
    return (i >= 0 ? i : -i - 2) + 1;
  }

  /** 1-based column of an offset. */
  public int column(int offset) {
    return offset - lineStarts[line(offset) - 1] + 1;
  }
}
