package org.garblecheck.lm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.garblecheck.model.Finding;
import org.garblecheck.model.TextSpan;
import org.garblecheck.testing.Checkers;
import org.junit.jupiter.api.Test;

class FluencyPassTest {
  private static List<Finding> disfluent(String text) {
    return Checkers.findings(text, FluencyPass.RULE_ID);
  }

  @Test
  void wordSaladIsFlaggedAtItsWorstWindow() {
    String fluent = "The minister said on Tuesday that the government would publish its plans next month. ";
    String salad = "Of the of government in to the affairs to is by of minister the was said.";
    List<Finding> f = disfluent(fluent + salad);
    assertEquals(1, f.size(), f.toString());
    int at = fluent.length() + salad.indexOf("to is by of");
    assertEquals(new TextSpan(at, at + "to is by of".length()), f.get(0).span());
    assertTrue(f.get(0).message().contains("“to is by of”"), f.get(0).message());
  }

  @Test
  void fluentAndVeryShortSentencesStaySilent() {
    assertEquals(List.of(), disfluent(
        "The minister said on Tuesday that the government would publish its plans for the new hospital next month."));
    assertEquals(List.of(), disfluent("Of to is by."));
  }

  @Test
  void thresholdGrowsForShortSentences() {
    FluencySettings s = FluencySettings.bundled();
    assertTrue(s.threshold(5) > s.threshold(20));
    assertTrue(s.threshold(20) > s.threshold(60));
  }

  private static List<Finding> wording(String text) {
    return Checkers.findings(text, FluencyPass.WORDING_RULE_ID);
  }

  @Test
  void translatedWordingIsAGradedFindingOverTheSentenceWords() {
    // our own sentence (corpus/clean/a03) and its Apertium round trip through Galician
    String fluent = "Nordvik said it expected completion in the second half of next year. ";
    String translated = "Nordvik The income was flat in €1.38 billion; increases of price of envelope 4% was"
        + " compensated by a 3.7% fall in volumes.";
    List<Finding> f = wording(fluent + translated);
    assertEquals(1, f.size(), f.toString());
    int at = fluent.length();
    assertEquals(new TextSpan(at, at + translated.length() - 1), f.get(0).span(), "the words, not the stop");
    assertTrue(f.get(0).strength() > 0 && f.get(0).strength() <= 1, "graded: " + f.get(0).strength());
    assertTrue(f.get(0).mt() <= Checkers.shared().scorer().data().weightOf("MT_WORDING",
        org.garblecheck.model.Category.FLUENCY).mt() + 1e-9, "weighs at most a full finding");
  }

  @Test
  void fluentNewsWordingIsNotReported() {
    assertEquals(List.of(), wording("Nordvik's revenue was flat at €1.38 billion; price increases of about 4% were"
        + " offset by a 3.7% fall in volumes. The company said it expected completion in the second half of"
        + " next year."));
  }

  private static List<Finding> grammar(String text) {
    return Checkers.findings(text, FluencyPass.GRAMMAR_RULE_ID);
  }

  @Test
  void aGrammaticalSlipIsAGradedFindingOnTheWordsAroundIt() {
    String fluent = "The council met on Tuesday. ";
    String slipped = "It said the plan would connects the two tram lines by 2027.";
    List<Finding> f = grammar(fluent + slipped);
    assertEquals(1, f.size(), f.toString());
    int at = fluent.length() + slipped.indexOf("would connects the");
    assertEquals(new TextSpan(at, at + "would connects the".length()), f.get(0).span());
    assertTrue(f.get(0).strength() >= 0.5 && f.get(0).strength() <= 1, "shown: " + f.get(0).strength());
  }

  @Test
  void fluentSentencesHaveNoShownSlip() {
    assertEquals(List.of(), grammar("It said the plan would connect the two tram lines by 2027. Officials said the"
        + " bridge had been repaired and would reopen on Monday morning."));
  }
}
