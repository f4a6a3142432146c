package org.garblecheck.detect.spin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.garblecheck.model.Finding;
import org.garblecheck.model.TextSpan;
import org.garblecheck.testing.Checkers;
import org.junit.jupiter.api.Test;

class SpinPassTest {
  private static List<Finding> spin(String text) {
    return Checkers.findings(text, SpinPass.RULE_ID);
  }

  private static TextSpan spanOf(String text, String part) {
    int at = text.indexOf(part);
    return new TextSpan(at, at + part.length());
  }

  @Test
  void rareSynonymInACollocationIsFlaggedWithTheCommonForm() {
    String text = "The ceasefire held overnight. Both sides said the peace parley would resume next week.";
    List<Finding> f = spin(text);
    assertEquals(1, f.size(), f.toString());
    assertEquals(spanOf(text, "parley"), f.get(0).span());
    assertEquals(List.of("talks"), f.get(0).suggestions());
  }

  @Test
  void aCommonPairOfEnglishAtLargeIsEvidenceWhereTheCorpusHasNone() {
    // our corpus never says "memory chips"; English at large says it often ("memory" beside "chips")
    String text = "The plant will make retentiveness chips for phones and laptops.";
    List<Finding> f = spin(text);
    assertEquals(1, f.size(), f.toString());
    assertEquals(spanOf(text, "retentiveness"), f.get(0).span());
    assertEquals(List.of("memory"), f.get(0).suggestions());
    org.junit.jupiter.api.Assertions.assertTrue(f.get(0).message().contains("common English word pair"),
        f.get(0).message());
    assertEquals(List.of(), spin("The plant will make memory chips for phones and laptops."));
  }

  @Test
  void aCommonPairWithAFunctionWordIsNoEvidence() {
    // "survived its" and "lifted to" are common pairs, but beside "its" and "to" they only say that the
    // synonym is a common word: "outlived" and "airlifted" (rarer, with a commoner synonym) stay
    assertEquals(List.of(), spin("The old bridge has outlived its purpose, the council said."));
    assertEquals(List.of(), spin("A cyclist was airlifted to hospital after the crash on the hill road."));
  }

  @Test
  void twoWordSwapIsFlaggedAsOnePhrase() {
    String text = "Officials said the rules would apply to the common sentience test.";
    List<Finding> f = spin(text);
    assertEquals(1, f.size(), f.toString());
    assertEquals(spanOf(text, "common sentience"), f.get(0).span());
    assertEquals(List.of("common sense"), f.get(0).suggestions());
  }

  @Test
  void fluentOriginalsAndNamesStaySilent() {
    assertEquals(List.of(), spin("Both sides said the peace talks would resume next week."));
    assertEquals(List.of(), spin("Officials said the rules would apply to the common sense test."));
    assertEquals(List.of(), spin("The envoy met Dr Parley in Geneva before the peace talks."));
  }

  @Test
  void anotherSpellingOfTheSameWordIsNoSwap() {
    // WordNet lists "air defence" and "air defense" as one lemma's spellings: British English is no spin
    assertEquals(List.of(), spin("The ministry said its air defences had stopped most of the drones overnight."));
  }

  @Test
  void aRareWordTheArticleKeepsUsingIsItsSubjectNotASwap() {
    // "parley" in one sentence is a swap; an article that speaks of parleys throughout is about them
    String text = "The ceasefire held overnight. Both sides said the peace parley would resume next week."
        + " Historians say the parley at the river ford was the longest of the war.";
    assertEquals(List.of(), spin(text));
  }

  @Test
  void articleTermsAreLemmasUsedInTwoSentences() throws Exception {
    var lt = new org.languagetool.JLanguageTool(org.languagetool.Languages.getLanguageForShortCode("en-US"));
    var one = lt.analyzeText("The lanterns glowed. A lantern fell. Lanterns and lanterns again.");
    ArticleTerms terms = ArticleTerms.of(one);
    org.junit.jupiter.api.Assertions.assertTrue(terms.contains("lantern"), "two sentences, any inflection");
    org.junit.jupiter.api.Assertions.assertFalse(terms.contains("glow"), "one sentence");
    var twiceInOne = lt.analyzeText("The parley and the parley. Nothing else.");
    org.junit.jupiter.api.Assertions.assertFalse(ArticleTerms.of(twiceInOne).contains("parley"),
        "twice in one sentence is still one sentence");
    org.junit.jupiter.api.Assertions.assertFalse(ArticleTerms.NONE.contains("lantern"));
  }
}
