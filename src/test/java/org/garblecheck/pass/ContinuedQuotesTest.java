package org.garblecheck.pass;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.garblecheck.model.Paragraph;
import org.garblecheck.model.TextSpan;
import org.garblecheck.testing.Spans;
import org.junit.jupiter.api.Test;

class ContinuedQuotesTest {
  private static final String ID = LanguageToolPass.UNPAIRED_QUOTES;

  /** One paragraph per line. */
  private static List<Paragraph> paragraphs(String text) {
    List<Paragraph> out = new ArrayList<>();
    int start = 0;
    for (String line : text.split("\n", -1)) {
      out.add(new Paragraph(out.size(), new TextSpan(start, start + line.length())));
      start += line.length() + 1;
    }
    return out;
  }

  @Test
  void eachParagraphOfALongQuotationOpensAndOnlyTheLastCloses() {
    String text = "The coach said: \"We knew the second half would be hard.\n"
        + "\"Nobody expected the rain, and the pitch got heavier every minute.\"";
    List<Paragraph> ps = paragraphs(text);
    assertTrue(ContinuedQuotes.continued(text, ps, 0, text.indexOf('"')));
  }

  @Test
  void aQuotationClosedOnlyInTheNextParagraphIsContinuedOnBothSides() {
    String text = "The keeper said, \u201CWe defended well for an hour.\n"
        + "Then we lost our shape and paid for it.\u201D The club has not commented.";
    List<Paragraph> ps = paragraphs(text);
    assertTrue(ContinuedQuotes.continued(text, ps, 0, text.indexOf('\u201C')));
    assertTrue(ContinuedQuotes.continued(text, ps, 1, text.indexOf('\u201D')));
  }

  @Test
  void aMarkLeftOpenBeforeAParagraphWithoutQuotesIsNotContinued() {
    String text = "The keeper said, \"We defended well for an hour.\nThe club has not commented.";
    List<Paragraph> ps = paragraphs(text);
    assertFalse(ContinuedQuotes.continued(text, ps, 0, text.indexOf('"')));
    String last = "The keeper said, \"We defended well.";
    assertFalse(ContinuedQuotes.continued(last, paragraphs(last), 0, last.indexOf('"')), "no next paragraph");
    String paired = "She said, \"Yes and no,\" and left.\n\"Later,\" she added.";
    assertFalse(ContinuedQuotes.continued(paired, paragraphs(paired), 0, paired.indexOf('"')),
        "a mark with its partner in the paragraph is not the last one");
  }

  @Test
  void theLanguageToolPassReportsOnlyTheQuoteNoParagraphContinues() {
    String text = "Talks resume\n"
        + "The minister said: \"We have made progress on the hardest points.\n"
        + "\"There is still work to do, but we are closer than a week ago.\"\n"
        + "An aide added, \"Nothing is agreed until everything is agreed.\n"
        + "The talks resume on Friday.\n";
    int open = text.indexOf("\"Nothing");
    assertEquals(List.of(open + "-" + (open + 1) + ":\""), Spans.of(ID, text));
  }
}
