package org.garblecheck.pass;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.garblecheck.testing.Spans;
import org.junit.jupiter.api.Test;

class SingleQuotesTest {
  private static final String ID = LanguageToolPass.UNPAIRED_QUOTES;

  @Test
  void apostrophesInWordsAndPluralPossessivesAreNotQuotes() {
    String p = "Boats sail from Vava'u to Sana’a, said the shopworkers' union.";
    assertTrue(SingleQuotes.pairedOrApostrophe(p, p.indexOf('\'')));
    assertTrue(SingleQuotes.pairedOrApostrophe(p, p.indexOf('’')));
    assertTrue(SingleQuotes.pairedOrApostrophe(p, p.lastIndexOf('\'')));
  }

  @Test
  void aSingleQuoteSpanningSentencesOfTheParagraphIsPaired() {
    String p = "\"People asked me, 'Will it open? Will it ever open?' every week,\" she said.";
    assertTrue(SingleQuotes.pairedOrApostrophe(p, p.indexOf('\'')));
    assertTrue(SingleQuotes.pairedOrApostrophe(p, p.lastIndexOf('\'')));
    String open = "He said, 'Will it open? Nobody knows.";
    assertFalse(SingleQuotes.pairedOrApostrophe(open, open.indexOf('\'')));
    assertFalse(SingleQuotes.pairedOrApostrophe("a \" mark", 2), "double marks are LanguageTool's");
  }

  @Test
  void onlyTrulyUnpairedQuotesAreReported() {
    String text = "\"People asked me, 'When will it open? Will it ever open?'\" the director said.\n"
        + "The shopworkers' union met in Vava'u on Monday.\n"
        + "The mayor said, 'We will wait. Nobody has told us when.\n";
    int open = text.indexOf("'We");
    assertEquals(List.of(open + "-" + (open + 1) + ":'"), Spans.of(ID, text));
  }
}
