package org.garblecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  @Test
  void drawsABarWithCountsWhenTheTotalIsKnown() {
    Progress p = new Progress(err, true, 4);
    p.step();
    String shown = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(shown.startsWith("\r\u001b[2K[######                  ] 1/4, "), shown);
    assertTrue(shown.contains("items/s"), shown);
    assertTrue(shown.contains("ETA "), shown);
    p.clear();
    assertTrue(bytes.toString(StandardCharsets.UTF_8).endsWith("\r\u001b[2K"));
  }

  @Test
  void countsItemsWhenTheTotalIsUnknown() {
    new Progress(err, true, -1).step();
    assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("1 item, "));
  }

  @Test
  void printsNothingWhenDisabled() {
    Progress p = new Progress(err, false, 10);
    for (int i = 0; i < 10; i++) {
      p.step();
    }
    p.clear();
    assertEquals("", bytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void isOnlyWantedOnATerminalWithoutQuiet() {
    assertEquals(false, Progress.wanted(false, false));
    assertEquals(false, Progress.wanted(true, true));
  }
}
