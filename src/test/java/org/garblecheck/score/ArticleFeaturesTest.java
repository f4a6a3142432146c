package org.garblecheck.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.garblecheck.model.Category;
import org.garblecheck.model.Finding;
import org.garblecheck.model.Sentence;
import org.garblecheck.model.SentenceScore;
import org.garblecheck.model.Severity;
import org.garblecheck.model.TextSpan;
import org.junit.jupiter.api.Test;

class ArticleFeaturesTest {
  private static List<SentenceScore> damages(double... d) {
    List<SentenceScore> out = new ArrayList<>();
    for (int i = 0; i < d.length; i++) {
      out.add(new SentenceScore(new Sentence(i, 0, new TextSpan(i * 10, i * 10 + 9)), d[i], d[i], 0));
    }
    return out;
  }

  @Test
  void burstIsTheLongestRunOfDamagedSentencesOverTheSentenceCountWithThePrior() {
    // runs of damaged sentences (>= 0.5): 1, then 3 → 3 / (8 + 2 prior sentences)
    var f = ArticleFeatures.of(damages(0.6, 0.1, 0.5, 0.9, 0.7, 0.2, 0.0, 0.49), List.of(), 0.5);
    assertEquals(3 / 10.0, f.get("burst"), 1e-12);
    assertEquals(4 / 10.0, f.get("damagedShare"), 1e-12);
    assertEquals((0.6 + 0.1 + 0.5 + 0.9 + 0.7 + 0.2 + 0.0 + 0.49) / 10, f.get("meanDamage"), 1e-12);
  }

  @Test
  void burstIsZeroWithoutDamageAndAtMostTheShareThePriorLeaves() {
    assertEquals(0.0, ArticleFeatures.of(damages(0.1, 0.2), List.of(), 0.5).get("burst"));
    assertEquals(3 / 5.0, ArticleFeatures.of(damages(0.8, 0.9, 0.5), List.of(), 0.5).get("burst"), 1e-12);
    assertEquals(0.0, ArticleFeatures.of(List.of(), List.of(), 0.5).get("burst"));
  }

  @Test
  void oneDamagedSentenceIsNotAWholeArticlesMean() {
    // a one-sentence summary with damage 0.9 weighs as a third of a mean, not all of it
    var f = ArticleFeatures.of(damages(0.9), List.of(), 0.5);
    assertEquals(0.9 / 3, f.get("meanMt"), 1e-12);
    assertEquals(1 / 3.0, f.get("damagedShare"), 1e-12);
    // rates stay per sentence: residue in a one-line item is as much residue as in a long one
    var r = ArticleFeatures.of(damages(0.0), List.of(finding(Category.RESIDUE, 2)), 0.5);
    assertEquals(1.0, r.get("rate.residue"), 1e-12);
  }

  @Test
  void aSignOfTheWholePageCountsOnceWhateverTheLength() {
    var one = ArticleFeatures.of(damages(0.0, 0.0, 0.0, 0.0), List.of(finding(Category.RESIDUE, 2)), 0.5);
    var two = ArticleFeatures.of(damages(0.0), List.of(finding(Category.RESIDUE, 2), finding(Category.RESIDUE, 9)),
        0.5);
    assertEquals(1.0, one.get("has.residue"), 0.0);
    assertEquals(1.0, two.get("has.residue"), 0.0);
    assertEquals(0.25, one.get("rate.residue"), 1e-12);
    assertEquals(0.0, one.get("has.name"), 0.0);
  }

  private static Finding finding(Category c, int start) {
    return new Finding("R", c, Severity.WARNING, new TextSpan(start, start + 3), "m", List.of(), 0.5, 0);
  }

  @Test
  void specificShareCountsSentencesWithAFindingOfASpecificDetectorOnce() {
    // sentences at 0-9, 10-19, 20-29, 30-39: two person flips in sentence 0, a garbled name in sentence 2;
    // spin, fluency and spelling findings (sentences 1 and 3) are statistical signs, not specific ones
    List<Finding> f = List.of(finding(Category.PERSON, 1), finding(Category.PERSON, 5),
        finding(Category.NAME, 22), finding(Category.SPIN, 12), finding(Category.FLUENCY, 31),
        finding(Category.SPELLING, 33));
    assertEquals(2 / 6.0, ArticleFeatures.of(damages(0.9, 0.6, 0.7, 0.5), f, 0.5).get("specificShare"), 1e-12);
    assertEquals(0.0, ArticleFeatures.of(damages(0.9, 0.6), List.of(finding(Category.QUOTE, 2)), 0.5)
        .get("specificShare"));
    Finding weightless = new Finding("R", Category.PERSON, Severity.WARNING, new TextSpan(2, 5), "m", List.of(),
        0, 0);
    assertEquals(0.0, ArticleFeatures.of(damages(0.9, 0.6), List.of(weightless), 0.5).get("specificShare"));
  }

  @Test
  void burstIsAListedFeature() {
    assertTrue(ArticleFeatures.names().contains("burst"));
  }
}
