package org.garblecheck.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.garblecheck.model.Category;
import org.garblecheck.model.Finding;
import org.garblecheck.model.Severity;
import org.garblecheck.model.TextSpan;
import org.junit.jupiter.api.Test;

class AcceptedTermsTest {
  private static final AcceptedTerms ACCEPT =
      new AcceptedTerms(List.of("Skarra Lines", "Okonkwo"), List.of("flonkit"));

  private static boolean accepted(String text, String covered) {
    int at = text.indexOf(covered);
    return ACCEPT.isAccepted(text, at, at + covered.length());
  }

  @Test
  void aFindingOnAnAcceptedNameOrPartOfOneIsAccepted() {
    String t = "The operator, Skarra Lines, said Okonkwo's plan would work.";
    assertTrue(accepted(t, "Skarra Lines"));
    assertTrue(accepted(t, "Skarra"));
    assertTrue(accepted(t, "Lines"));
    assertTrue(accepted(t, "Okonkwo's"), "a possessive is still the name");
    assertTrue(accepted(t, "Skarra Lines,"), "surrounding punctuation is not part of the name");
    assertTrue(accepted(t, "karra"), "a finding inside a word of the name");
  }

  @Test
  void namesWithPunctuationInside() {
    AcceptedTerms a = new AcceptedTerms(List.of("AT&T", "Yahoo!"), List.of());
    String t = "AT&T and Yahoo! both declined to comment.";
    assertTrue(a.isAccepted(t, 0, 4));
    assertTrue(a.isAccepted(t, t.indexOf("Yahoo"), t.indexOf("Yahoo") + 6));
    assertFalse(a.isAccepted(t, t.indexOf("both"), t.indexOf("both") + 4));
  }

  @Test
  void aFindingLargerThanTheNameIsNotAccepted() {
    String t = "The operator, Skarra Lines, said Okonkwo's plan would work.";
    assertFalse(accepted(t, "operator, Skarra"));
    assertFalse(accepted(t, "Okonkwo's plan"));
  }

  @Test
  void namesKeepTheirCaseTermsDoNot() {
    assertFalse(accepted("They met okonkwo yesterday.", "okonkwo"));
    assertTrue(accepted("Flonkit sales rose.", "Flonkit"));
    assertTrue(accepted("The FLONKIT team grew.", "FLONKIT"));
  }

  @Test
  void onlyWholeWordsCount() {
    assertFalse(accepted("They saw Okonkwoa there.", "Okonkwoa"));
    assertFalse(accepted("A flonkits rally.", "flonkits"));
    assertFalse(accepted("Skarra Linesman spoke.", "Skarra Linesman"));
    assertFalse(accepted("Skarra Linesman spoke.", "Skarra"), "“Skarra Lines” does not stand alone here");
  }

  @Test
  void punctuationOnlyFindingsAreNeverAccepted() {
    assertFalse(accepted("Skarra Lines.. said", ".."));
  }

  @Test
  void filterKeepsOrderAndDropsOnlyAccepted() {
    String t = "The flonkit and the wrongg word.";
    Finding a = finding(t, "flonkit");
    Finding b = finding(t, "wrongg");
    assertEquals(List.of(b), ACCEPT.filter(t, List.of(a, b)));
    assertEquals(List.of(a, b), AcceptedTerms.NONE.filter(t, List.of(a, b)));
  }

  private static Finding finding(String text, String covered) {
    int at = text.indexOf(covered);
    return new Finding("GC_UNKNOWN_WORD", Category.SPELLING, Severity.WARNING,
        new TextSpan(at, at + covered.length()), "m", List.of(), 0.5, 0.3);
  }
}
