package org.garblecheck.detect.spin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.garblecheck.model.Article;
import org.garblecheck.model.ArticleReport;
import org.garblecheck.model.Finding;
import org.garblecheck.model.TextSpan;
import org.garblecheck.testing.Checkers;
import org.junit.jupiter.api.Test;

class SpinWordingTest {
  private static List<Finding> spinWording(ArticleReport r) {
    return r.allFindings().stream().filter(f -> f.ruleId().equals(SpinPass.WORDING_RULE_ID)).toList();
  }

  @Test
  void aSpunSentenceIsAGradedFindingOverItsWords() {
    // our own sentence (corpus/clean/a06) after our spinner at rate 0.35
    String fluent = "The referee blew the whistle and the home crowd went quiet. ";
    String spun = "Of those, 289,400 affected roles had been waiting more than a yr — almost double the point"
        + " health ministers had enunciated they trusted to reach by this autumn.";
    ArticleReport r = Checkers.shared().score(Article.of("t", "", fluent + spun));
    List<Finding> f = spinWording(r).stream().filter(x -> x.start() >= fluent.length()).toList();
    assertEquals(1, f.size(), f.toString());
    assertEquals(new TextSpan(fluent.length(), fluent.length() + spun.length() - 1), f.get(0).span());
    assertTrue(f.get(0).strength() > 0.5, "shown: " + f.get(0).strength());
    assertTrue(r.findings().contains(f.get(0)), "a strong finding is shown");
  }

  @Test
  void rareWordsTheArticleKeepsUsingAreNotSignsOfSpin() {
    // the same spun sentence, in a story that itself talks of enunciating and of affected roles
    String spun = "Of those, 289,400 affected roles had been waiting more than a yr — almost double the point"
        + " health ministers had enunciated they trusted to reach by this autumn.";
    String topic = " The ministers enunciated the targets for the affected roles in a yr-long plan.";
    double alone = strongest(Checkers.shared().score(Article.of("t", "", spun)), 0, spun.length());
    double inTopic = strongest(Checkers.shared().score(Article.of("t", "", spun + topic)), 0, spun.length());
    assertTrue(inTopic < alone, inTopic + " should be below " + alone);
  }

  private static double strongest(ArticleReport r, int from, int to) {
    return spinWording(r).stream().filter(x -> x.start() >= from && x.end() <= to)
        .mapToDouble(Finding::strength).max().orElse(0);
  }

  @Test
  void theWrittenSentenceWeighsFarLess() {
    String written = "Of those, 289,400 patients had been waiting more than a year — almost double the level"
        + " health ministers had said they hoped to reach by this autumn.";
    ArticleReport r = Checkers.shared().score(Article.of("t", "", written));
    double strength = spinWording(r).stream().mapToDouble(Finding::strength).max().orElse(0);
    assertTrue(strength < Finding.SHOWN_AT, "at most weak evidence: " + strength);
    assertTrue(r.findings().stream().noneMatch(x -> x.ruleId().equals(SpinPass.WORDING_RULE_ID)), "not shown");
  }

  @Test
  void aWordThatLeavesACommonPairASynonymWouldMakeIsCounted() throws Exception {
    var lt = new org.languagetool.JLanguageTool(org.languagetool.Languages.getLanguageForShortCode("en-US"));
    SpinFeatures f = new SpinFeatures(org.garblecheck.lm.FluencyModel.bundled().words(),
        org.garblecheck.lm.WordFrequencies.bundled(), WordNetSynonyms.shared(), lt.getLanguage().getSynthesizer());
    int lost = SpinFeatures.DENSE.indexOf("pairLost");
    int kept = SpinFeatures.DENSE.indexOf("pairKept");
    // "head traumas": no common pair, while "head injuries" is one; "head injuries" itself keeps it
    var spun = f.of(lt.analyzeText("Two riders suffered head traumas.").get(0)).dense();
    var fluent = f.of(lt.analyzeText("Two riders suffered head injuries.").get(0)).dense();
    // content words: riders, suffered, head, traumas / injuries; one pair lost of five words, scaled by √5
    assertEquals(1 / Math.sqrt(4), spun[lost], 1e-9, java.util.Arrays.toString(spun));
    assertEquals(0.0, fluent[lost], 1e-9, java.util.Arrays.toString(fluent));
    assertTrue(fluent[kept] > spun[kept], fluent[kept] + " vs " + spun[kept]);
  }

  @Test
  void featuresAreDeterministicAndBounded() throws Exception {
    var lt = new org.languagetool.JLanguageTool(org.languagetool.Languages.getLanguageForShortCode("en-US"));
    SpinFeatures f = new SpinFeatures(org.garblecheck.lm.FluencyModel.bundled().words(),
        org.garblecheck.lm.WordFrequencies.bundled(), WordNetSynonyms.shared(), lt.getLanguage().getSynthesizer());
    var s = lt.analyzeText("The team won the match with a late goal from the captain.").get(0);
    var a = f.of(s);
    var b = f.of(s);
    assertEquals(java.util.Arrays.toString(a.hashed()), java.util.Arrays.toString(b.hashed()));
    assertEquals(SpinFeatures.DENSE.size(), a.dense().length);
    for (int i : a.hashed()) {
      assertTrue(i >= 0 && i < SpinFeatures.HASHED);
    }
    // team, won, match, late, goal, captain: six content words, each with three indicator features
    assertEquals(6 / 20.0, a.dense()[SpinFeatures.DENSE.indexOf("contentWords")], 1e-9);
  }
}
