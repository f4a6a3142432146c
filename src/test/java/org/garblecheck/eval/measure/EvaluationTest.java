package org.garblecheck.eval.measure;

import static org.garblecheck.eval.Synthetic.hit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.garblecheck.eval.Confusion;
import org.garblecheck.eval.Synthetic;
import org.garblecheck.eval.corpus.Kind;
import org.garblecheck.eval.corpus.ScoredVersion;
import org.garblecheck.eval.corpus.Split;
import org.garblecheck.model.Category;
import org.garblecheck.model.Verdict;
import org.junit.jupiter.api.Test;

/** Every number below is worked out by hand in the comments. */
class EvaluationTest {
  private static final String CLEAN_A = "Title A\nA two.\nA three.";
  private static final String CLEAN_B = "Title B\nB two.\nB three.";

  private static List<ScoredVersion> corpus() {
    ScoredVersion a = Synthetic.scored(Synthetic.version("a", Kind.CLEAN, "none", Split.FIT, List.of()),
        Synthetic.report("a", CLEAN_A, new double[] {0, 0.6, 0}, List.of(hit(2, "GR", Category.GRAMMAR)), 90,
            Verdict.CLEAN), CLEAN_A);
    ScoredVersion b = Synthetic.scored(Synthetic.version("b", Kind.CLEAN, "none", Split.FIT, List.of()),
        Synthetic.report("b", CLEAN_B, new double[] {0, 0, 0.2}, List.of(), 70, Verdict.SUSPECT), CLEAN_B);
    String aEsText = "Title A\nA two changed.\nA three changed.";
    ScoredVersion aEs = Synthetic.scored(Synthetic.version("a", Kind.ROUNDTRIP, "es", Split.FIT, List.of(2, 3)),
        Synthetic.report("a", aEsText, new double[] {0.1, 0.7, 0.3},
            List.of(hit(1, "SP", Category.SPELLING), hit(2, "GR", Category.GRAMMAR)), 60, Verdict.SUSPECT),
        CLEAN_A);
    String bEsText = "Title B\nB two changed.\nB three.";
    ScoredVersion bEs = Synthetic.scored(Synthetic.version("b", Kind.ROUNDTRIP, "es", Split.FIT, List.of(2)),
        Synthetic.report("b", bEsText, new double[] {0.9, 0.5, 0}, List.of(hit(2, "QU", Category.QUOTE)), 85,
            Verdict.CLEAN), CLEAN_B);
    ScoredVersion bHand = Synthetic.scored(Synthetic.version("b", Kind.HANDMADE, "hand", Split.TEST, List.of()),
        Synthetic.report("b", CLEAN_B, new double[] {0, 0, 0.2}, List.of(), 70, Verdict.SUSPECT), CLEAN_B);
    return List.of(a, b, aEs, bEs, bHand);
  }

  @Test
  void articleLevel() {
    Evaluation.Result r = Evaluation.of(corpus(), Optional.empty(), 0.5, 80, 50);
    assertEquals(1, r.groups().size(), "one generator with changes, so no pooled group");
    Evaluation.Group es = r.groups().get(0);
    assertEquals("es", es.generator());
    assertEquals("fit", es.split());
    // damage = 100 − score: damaged {40, 15}, clean {10, 30}; pairs 40>10, 40>30, 15>10, 15<30 → 3/4
    assertEquals(0.75, es.articles().auc(), 1e-12);
    // flagged = not clean: a-es (suspect) yes, b-es (clean) no; clean b (suspect) is a false positive
    assertEquals(new Confusion(1, 1, 1, 1), es.articles().atThreshold());
    assertEquals(Map.of(Verdict.CLEAN, 1, Verdict.SUSPECT, 1, Verdict.GARBLED, 0), es.verdicts());
    assertEquals(1, r.setup().unchanged(), "the handmade copy identical to clean is left out");
    assertEquals(2, r.setup().cleanArticles());
  }

  @Test
  void paragraphLevel() {
    Evaluation.Group es = Evaluation.of(corpus(), Optional.empty(), 0.5, 80, 50).groups().get(0);
    // changed lines {0.7, 0.3} (a-es) and {0.5} (b-es); clean lines {0, 0.6, 0, 0, 0, 0.2}
    // 0.7 beats 6, 0.3 beats 5, 0.5 beats 5 → 16/18
    assertEquals(16.0 / 18, es.paragraphs().auc(), 1e-12);
    assertEquals(3, es.paragraphs().positives());
    assertEquals(6, es.paragraphs().negatives());
    // at damage ≥ 0.5: tp 0.7, 0.5; fn 0.3; fp 0.6; tn 5
    assertEquals(new Confusion(2, 1, 5, 1), es.paragraphs().atThreshold());
    // no clean line may be flagged at 1% of 6: threshold 0.7, recall 1/3
    assertEquals(0.7, es.paragraphs().atOnePercent().threshold(), 1e-12);
    assertEquals(1.0 / 3, es.paragraphs().atOnePercent().recall(), 1e-12);
    // unchanged lines of damaged versions: a-es line 1 (0.1), b-es lines 1 (0.9) and 3 (0) → 1 of 3 flagged
    assertEquals(1.0 / 3, es.spillover(), 1e-12);
    // localisation, within each version: a-es changed {0.7, 0.3} vs unchanged {0.1}: 2 of 2 pairs;
    // b-es changed {0.5} vs unchanged {0.9, 0}: 1 of 2 pairs → 3 of 4, the clean articles not involved
    assertEquals(3.0 / 4, es.localisation(), 1e-12);
  }

  @Test
  void sentenceLevelUsesChangedSentencesOnly() {
    Evaluation.Group es = Evaluation.of(corpus(), Optional.empty(), 0.5, 80, 50).groups().get(0);
    assertEquals(3, es.sentences().positives());
    assertEquals(6, es.sentences().negatives());
    assertEquals(16.0 / 18, es.sentences().auc(), 1e-12);
  }

  @Test
  void categoriesAndRules() {
    Evaluation.Result r = Evaluation.of(corpus(), Optional.empty(), 0.5, 80, 50);
    Evaluation.CategoryRow grammar = r.categories().stream().filter(c -> c.category() == Category.GRAMMAR)
        .findFirst().orElseThrow();
    assertEquals(1.0 / 6, grammar.clean(), 1e-12);
    assertEquals(1.0 / 3, grammar.recall().get("es"), 1e-12);
    Evaluation.CategoryRow spelling = r.categories().stream().filter(c -> c.category() == Category.SPELLING)
        .findFirst().orElseThrow();
    assertEquals(0.0, spelling.recall().get("es"), 0.0, "a finding on an unchanged line is not recall");
    // rules: GR once in 6 clean sentences, once in 3 sentences on changed lines; QU never clean, once damaged.
    // SP fired only on an unchanged line of a damaged version, so it is in neither count.
    assertEquals(List.of("GR", "QU"), r.rules().stream().map(Evaluation.RuleRow::rule).toList());
    assertEquals(1000.0 / 6, r.rules().get(0).cleanRate(), 1e-9);
    assertEquals(1000.0 / 3, r.rules().get(0).damagedRate().get("es"), 1e-9);
    assertEquals(0.0, r.rules().get(1).cleanRate(), 0.0);
  }

  @Test
  void splitFilterKeepsCleanNegatives() {
    Evaluation.Result r = Evaluation.of(corpus(), Optional.of(Split.TEST), 0.5, 80, 50);
    assertTrue(r.groups().isEmpty());
    assertEquals(2, r.setup().cleanArticles());
    assertEquals("test", r.setup().split());
  }

  @Test
  void textAndJsonCarryTheNumbers() throws Exception {
    Evaluation.Result r = Evaluation.of(corpus(), Optional.empty(), 0.5, 80, 50);
    String text = EvalText.render("title", r, 5);
    // articles: recall at 1% FPR flags only damage above the worst clean article (30): 40 of {40, 15}
    assertTrue(text.contains("\nes        fit        2      2  0.750  0.500  0.500  0.500  0.500    0.500 1/1/0\n"),
        text);
    var json = EvalJson.of(r);
    assertEquals(0.75, json.get("groups").get(0).get("articles").get("auc").asDouble(), 0.0);
    assertEquals(0.8889, json.get("groups").get(0).get("paragraphs").get("auc").asDouble(), 0.0);
    assertTrue(json.get("groups").get(0).get("articles").get("recallAt1PctFpr").isNumber());
  }
}
