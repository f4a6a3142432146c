package org.garblecheck.pass;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.garblecheck.testing.Spans;
import org.junit.jupiter.api.Test;

class ReduplicationTest {
  @Test
  void emphasisAndANameInCapitalsAreIntendedAnArticleTwiceIsNot() {
    assertTrue(Reduplication.intended("very very"));
    assertTrue(Reduplication.intended("Many many"));
    assertTrue(Reduplication.intended("first FIRST"));
    assertFalse(Reduplication.intended("the the"));
    assertFalse(Reduplication.intended("The the"), "a capital at the start is no name");
    assertFalse(Reduplication.intended("of of"));
    assertFalse(Reduplication.intended("very"));
  }

  @Test
  void theLanguageToolPassReportsOnlyTheSlip() {
    String text = "Market day\n"
        + "The stalls were very very busy, and the FIRST first customers came at dawn.\n"
        + "Traders said the the prices had risen again.\n";
    int at = text.indexOf("the the");
    assertEquals(List.of(at + "-" + (at + 7) + ":the the"), Spans.of(Reduplication.REPEAT_RULE, text));
  }
}
