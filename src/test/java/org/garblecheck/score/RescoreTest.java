package org.garblecheck.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import java.util.Map;
import org.garblecheck.GarbleCheck;
import org.garblecheck.model.Article;
import org.garblecheck.model.ArticleReport;
import org.garblecheck.model.Category;
import org.garblecheck.model.Finding;
import org.garblecheck.rule.ScoringData;
import org.garblecheck.testing.Checkers;
import org.junit.jupiter.api.Test;

class RescoreTest {
  private static final String TEXT = "Council delays vote\nThe council have delay the vote until a next week.\n"
      + "\"We need more time, the mayor said.\nResidents recieved letters on Monday.\n";

  @Test
  void rescoringWithTheSameModelGivesTheSameReport() {
    GarbleCheck gc = Checkers.shared();
    ArticleReport r = gc.score(Article.of("t", "Council delays vote", TEXT));
    assertEquals(r, gc.scorer().rescore(r));
  }

  @Test
  void rescoringTakesEveryWeightFromTheNewModel() {
    GarbleCheck gc = Checkers.shared();
    ArticleReport r = gc.score(Article.of("t", "Council delays vote", TEXT));
    ScoringData old = gc.scorer().data();
    Map<Category, ScoringData.Weight> zero = new EnumMap<>(Category.class);
    for (Category c : Category.values()) {
      zero.put(c, new ScoringData.Weight(0, 0));
    }
    ArticleReport z = new Scorer(old.withModel(zero, Map.of(), 0, Map.of(), 80, 50)).rescore(r);
    assertEquals(r.findings().size(), z.findings().size());
    for (Finding f : z.findings()) {
      assertEquals(0.0, f.mt(), 0.0);
      assertEquals(0.0, f.spin(), 0.0);
    }
    z.sentences().forEach(s -> assertEquals(0.0, s.damage(), 0.0));
    assertEquals(100.0, z.score(), 0.0, "no coefficients: every article scores as an article without damage");
  }
}
