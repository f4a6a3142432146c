package org.garblecheck.detect.translationese;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.garblecheck.model.Paragraph;
import org.garblecheck.model.TextSpan;
import org.junit.jupiter.api.Test;

class QuotedSpeechTest {
  private static QuotedSpeech speech(String... paragraphs) {
    List<Paragraph> ps = new ArrayList<>();
    int at = 0;
    for (String p : paragraphs) {
      ps.add(new Paragraph(ps.size(), new TextSpan(at, at + p.length())));
      at += p.length() + 1;
    }
    return QuotedSpeech.of(String.join("\n", paragraphs), ps);
  }

  /** The paragraphs joined by newlines, with every quoted character replaced by '#'. */
  private static String marked(String... paragraphs) {
    String text = String.join("\n", paragraphs);
    QuotedSpeech q = speech(paragraphs);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      out.append(q.isInside(i) ? '#' : text.charAt(i));
    }
    return out.toString();
  }

  private static String hidden(String quoted) {
    return "#".repeat(quoted.length());
  }

  @Test
  void straightQuotesOpenAfterSpaceAndCloseBeforeSpaceOrPunctuation() {
    assertEquals("He said " + hidden("\"I am\"") + " and left.", marked("He said \"I am\" and left."));
    assertEquals(hidden("\"I am here,\"") + " she said.", marked("\"I am here,\" she said."));
  }

  @Test
  void curlyQuotesFaceTheirWay() {
    assertEquals(hidden("“No,”") + " she said; " + hidden("“Yes”") + " he said.",
        marked("“No,” she said; “Yes” he said."));
  }

  @Test
  void aQuoteLeftOpenEndsAtTheParagraphEnd() {
    assertEquals(hidden("\"We will win.") + "\nThen he left.", marked("\"We will win.", "Then he left."));
  }

  @Test
  void aParagraphWhoseFirstMarkClosesContinuesAQuote() {
    assertEquals(hidden("\"We will win.") + "\n" + hidden("I know,\"") + " he said.",
        marked("\"We will win.", "I know,\" he said."));
  }

  @Test
  void singleQuotesNeedAClosingMarkAndApostrophesAreNot() {
    assertEquals(hidden("'I'm in,'") + " she said. It's the '90s.", marked("'I'm in,' she said. It's the '90s."));
    assertEquals("The players' bus left.", marked("The players' bus left."));
  }

  @Test
  void labelsSpeechColonsAndAsidesAreSpeech() {
    assertEquals("Q: " + hidden("Where were you?"), marked("Q: Where were you?"));
    assertEquals("Asked why, she replied: " + hidden("I was not told."),
        marked("Asked why, she replied: I was not told."));
    assertEquals(hidden("(I am not afraid of anything.)"), marked("(I am not afraid of anything.)"));
    assertEquals("The plan (I think) failed.", marked("The plan (I think) failed."));
  }

  @Test
  void dialogueNeedsRepeatedQuestionAnswerOrSpeakerLabels() {
    assertTrue(speech("Q: Who?", "A: Me.").isDialogue());
    assertTrue(speech("Smith: No.", "Jones: Yes.", "Smith: Maybe.").isDialogue());
    assertFalse(speech("Smith: No.", "Jones: Yes.").isDialogue());
    assertFalse(speech("Image: a cat.", "Image: a dog.").isDialogue());
  }

  @Test
  void pullQuoteAttributionLines() {
    assertTrue(QuotedSpeech.isAttribution("Maria Lopez, nurse"));
    assertFalse(QuotedSpeech.isAttribution("Maria Lopez is a nurse."));
    assertFalse(QuotedSpeech.isAttribution("maria lopez"));
  }
}
