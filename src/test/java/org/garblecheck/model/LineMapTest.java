package org.garblecheck.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LineMapTest {
  @Test
  void linesAndColumnsAreOneBased() {
    LineMap m = new LineMap("ab\ncd\r\nef");
    assertEquals(1, m.line(0));
    assertEquals(1, m.column(0));
    assertEquals(1, m.line(2));
    assertEquals(3, m.column(2));
    assertEquals(2, m.line(3));
    assertEquals(1, m.column(3));
    assertEquals(3, m.line(7));
    assertEquals(2, m.column(8));
  }

  @Test
  void spansRejectNegativeAndReversedRanges() {
    assertThrows(IllegalArgumentException.class, () -> new TextSpan(-1, 2));
    assertThrows(IllegalArgumentException.class, () -> new TextSpan(3, 2));
    assertEquals("cd", new TextSpan(2, 4).of("abcdef"));
  }
}
