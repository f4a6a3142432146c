package org.garblecheck.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.garblecheck.model.Sentence;
import org.garblecheck.model.SentenceScore;
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
  void burstIsTheLongestRunOfDamagedSentencesOverTheSentenceCount() {
    // runs of damaged sentences (>= 0.5): 1, then 3 → 3 / 8
    var f = ArticleFeatures.of(damages(0.6, 0.1, 0.5, 0.9, 0.7, 0.2, 0.0, 0.49), List.of(), 0.5);
    assertEquals(3 / 8.0, f.get("burst"), 1e-12);
    assertEquals(4 / 8.0, f.get("damagedShare"), 1e-12);
  }

  @Test
  void burstIsZeroWithoutDamageAndOneWhenEverythingIsDamaged() {
    assertEquals(0.0, ArticleFeatures.of(damages(0.1, 0.2), List.of(), 0.5).get("burst"));
    assertEquals(1.0, ArticleFeatures.of(damages(0.8, 0.9, 0.5), List.of(), 0.5).get("burst"));
    assertEquals(0.0, ArticleFeatures.of(List.of(), List.of(), 0.5).get("burst"));
  }

  @Test
  void burstIsAListedFeature() {
    assertTrue(ArticleFeatures.names().contains("burst"));
  }
}
