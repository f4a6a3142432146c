package org.garblecheck.eval.fit;

import static org.garblecheck.eval.Synthetic.hit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.garblecheck.eval.Synthetic;
import org.garblecheck.eval.corpus.Kind;
import org.garblecheck.eval.corpus.ScoredVersion;
import org.garblecheck.eval.corpus.Split;
import org.garblecheck.model.Category;
import org.garblecheck.model.Finding;
import org.garblecheck.model.Verdict;
import org.garblecheck.rule.RuleBook;
import org.garblecheck.rule.ScoringData;
import org.garblecheck.score.Scorer;
import org.junit.jupiter.api.Test;

/**
 * Calibration on a synthetic corpus (no LanguageTool): 20 articles of 10 lines. Clean lines have a
 * punctuation finding 10% of the time; round-trip lines (changed: lines 2–10) have a grammar finding 60%
 * of the time and punctuation 10%; spun lines a spin finding 50% of the time.
 */
class CalibratorTest {
  /** The shipped model with every category at 0.5 on both axes: the test does not hang on shipped weights. */
  private static final ScoringData PRIOR = evenPrior(RuleBook.bundled().scoring());

  private static ScoringData evenPrior(ScoringData shipped) {
    java.util.EnumMap<Category, ScoringData.Weight> even = new java.util.EnumMap<>(Category.class);
    for (Category c : Category.values()) {
      even.put(c, new ScoringData.Weight(0.5, 0.5));
    }
    return new ScoringData(even, shipped.ruleWeights(), shipped.bias(), shipped.coefficients(),
        shipped.cleanAtLeast(), shipped.garbledBelow(), shipped.damagedSentence(), shipped.context());
  }

  static List<ScoredVersion> corpus(long seed) {
    Random rnd = new Random(seed);
    List<ScoredVersion> out = new ArrayList<>();
    for (int a = 0; a < 20; a++) {
      String id = String.format("a%02d", a);
      StringBuilder clean = new StringBuilder("Title " + id);
      StringBuilder rt = new StringBuilder("Title " + id);
      StringBuilder spun = new StringBuilder("Title " + id);
      List<Synthetic.Hit> cleanHits = new ArrayList<>();
      List<Synthetic.Hit> rtHits = new ArrayList<>();
      List<Synthetic.Hit> spunHits = new ArrayList<>();
      for (int l = 2; l <= 10; l++) {
        clean.append("\nLine ").append(l).append('.');
        rt.append("\nThe line of ").append(l).append('.');
        spun.append("\nRow ").append(l).append('.');
        if (rnd.nextDouble() < 0.1) {
          cleanHits.add(hit(l, "P", Category.PUNCTUATION));
        }
        if (rnd.nextDouble() < 0.6) {
          rtHits.add(hit(l, "G", Category.GRAMMAR));
        }
        if (rnd.nextDouble() < 0.1) {
          rtHits.add(hit(l, "P", Category.PUNCTUATION));
        }
        if (rnd.nextDouble() < 0.5) {
          spunHits.add(hit(l, "S", Category.SPIN));
        }
      }
      String c = clean.toString();
      List<Integer> changed = List.of(2, 3, 4, 5, 6, 7, 8, 9, 10);
      double[] none = new double[10];
      out.add(Synthetic.scored(Synthetic.version(id, Kind.CLEAN, "none", Split.FIT, List.of()),
          Synthetic.report(id, c, none, cleanHits, 100, Verdict.CLEAN), c));
      out.add(Synthetic.scored(Synthetic.version(id, Kind.ROUNDTRIP, "es", Split.FIT, changed),
          Synthetic.report(id, rt.toString(), none, rtHits, 100, Verdict.CLEAN), c));
      out.add(Synthetic.scored(Synthetic.version(id, Kind.SPUN, "spin-20", Split.FIT, changed),
          Synthetic.report(id, spun.toString(), none, spunHits, 100, Verdict.CLEAN), c));
    }
    return out;
  }

  @Test
  void sameInputsGiveTheSameModel() {
    ScoringData a = Calibrator.fit(corpus(3), PRIOR, Calibrator.Options.defaults()).scoring();
    ScoringData b = Calibrator.fit(corpus(3), PRIOR, Calibrator.Options.defaults()).scoring();
    assertEquals(a, b);
  }

  @Test
  void weightsFollowTheData() {
    ScoringData m = Calibrator.fit(corpus(3), PRIOR, Calibrator.Options.defaults()).scoring();
    assertTrue(m.categoryWeights().get(Category.GRAMMAR).mt() > 0.5, m.categoryWeights().toString());
    assertTrue(m.categoryWeights().get(Category.PUNCTUATION).mt() < 0.1, m.categoryWeights().toString());
    assertTrue(m.categoryWeights().get(Category.SPIN).spin() > 0.5, m.categoryWeights().toString());
    // categories the data never show keep their current weights on both axes
    assertEquals(PRIOR.categoryWeights().get(Category.WORD), m.categoryWeights().get(Category.WORD));
    assertEquals(PRIOR.categoryWeights().get(Category.RESIDUE), m.categoryWeights().get(Category.RESIDUE));
  }

  /** The corpus plus, per article, a mixed version: lines 2–4 of the round trip, the rest clean. */
  static List<ScoredVersion> withMixed(long seed) {
    List<ScoredVersion> out = new ArrayList<>(corpus(seed));
    Random rnd = new Random(seed + 1);
    for (int a = 0; a < 20; a++) {
      String id = String.format("a%02d", a);
      StringBuilder clean = new StringBuilder("Title " + id);
      StringBuilder mixed = new StringBuilder("Title " + id);
      List<Synthetic.Hit> hits = new ArrayList<>();
      for (int l = 2; l <= 10; l++) {
        clean.append("\nLine ").append(l).append('.');
        mixed.append(l <= 4 ? "\nThe line of " : "\nLine ").append(l).append('.');
        if (l <= 4 && rnd.nextDouble() < 0.6) {
          hits.add(hit(l, "G", Category.GRAMMAR));
        }
      }
      out.add(Synthetic.scored(Synthetic.version(id, Kind.MIXED, "mix", Split.FIT, List.of(2, 3, 4)),
          Synthetic.report(id, mixed.toString(), new double[10], hits, 100, Verdict.CLEAN), clean.toString()));
    }
    return out;
  }

  @Test
  void mixedVersionsFitTheArticleModelButNotTheFindingWeights() {
    ScoringData without = Calibrator.fit(corpus(3), PRIOR, Calibrator.Options.defaults()).scoring();
    ScoringData with = Calibrator.fit(withMixed(3), PRIOR, Calibrator.Options.defaults()).scoring();
    assertEquals(without.categoryWeights(), with.categoryWeights());
    assertEquals(without.ruleWeights(), with.ruleWeights());
    assertTrue(with.bias() != without.bias() || !with.coefficients().equals(without.coefficients()),
        "light damage moves the article model: " + with.coefficients() + " vs " + without.coefficients());
  }

  @Test
  void slipsFitTheMtAxisWithTheRoundTrips() {
    // per article a slips version: a person finding on line 3, which is changed, and nothing else
    List<ScoredVersion> withSlips = withOneSlip(Kind.SLIPS);
    ScoringData without = Calibrator.fit(corpus(3), PRIOR, Calibrator.Options.defaults()).scoring();
    ScoringData with = Calibrator.fit(withSlips, PRIOR, Calibrator.Options.defaults()).scoring();
    // the data never show a person finding without slips: it keeps its prior; with them it is fitted up
    assertEquals(PRIOR.categoryWeights().get(Category.PERSON), without.categoryWeights().get(Category.PERSON));
    assertTrue(with.categoryWeights().get(Category.PERSON).mt() > 0.7, with.categoryWeights().toString());
    assertEquals(PRIOR.categoryWeights().get(Category.PERSON).spin(),
        with.categoryWeights().get(Category.PERSON).spin(), "slips do not teach the spin axis");
  }

  /** The corpus with, per article, a version of {@code kind} whose one changed line has a person finding. */
  private static List<ScoredVersion> withOneSlip(Kind kind) {
    List<ScoredVersion> out = new ArrayList<>(corpus(3));
    for (int a = 0; a < 20; a++) {
      String id = String.format("a%02d", a);
      StringBuilder clean = new StringBuilder("Title " + id);
      StringBuilder slipped = new StringBuilder("Title " + id);
      for (int l = 2; l <= 10; l++) {
        clean.append("\nLine ").append(l).append('.');
        slipped.append(l == 3 ? "\nI line " : "\nLine ").append(l).append('.');
      }
      out.add(Synthetic.scored(Synthetic.version(id, kind, kind.id(), Split.FIT, List.of(3)),
          Synthetic.report(id, slipped.toString(), new double[10], List.of(hit(3, "F", Category.PERSON)), 100,
              Verdict.CLEAN), clean.toString()));
    }
    return out;
  }

  @Test
  void grammarSlipsFitTheMtAxisButNotTheArticleModel() {
    ScoringData without = Calibrator.fit(corpus(3), PRIOR, Calibrator.Options.defaults()).scoring();
    ScoringData slips = Calibrator.fit(withOneSlip(Kind.SLIPS), PRIOR, Calibrator.Options.defaults()).scoring();
    ScoringData grammar = Calibrator.fit(withOneSlip(Kind.GRAMMAR), PRIOR, Calibrator.Options.defaults()).scoring();
    assertTrue(grammar.categoryWeights().get(Category.PERSON).mt() > 0.7, grammar.categoryWeights().toString());
    assertEquals(slips.categoryWeights(), grammar.categoryWeights(), "the same finding weights as slips");
    // twenty damaged versions that score like clean ones pull the article model when it sees them
    double pulledBySlips = Math.abs(slips.bias() - without.bias());
    double pulledByGrammar = Math.abs(grammar.bias() - without.bias());
    assertTrue(pulledBySlips > 0.1, "slips move the article model: " + slips.bias() + " vs " + without.bias());
    assertTrue(pulledByGrammar < pulledBySlips / 10, "grammar slips do not: " + grammar.bias() + " vs "
        + without.bias());
  }

  @Test
  void noCleanArticleFallsBelowTheCleanThresholdWhenOnePercentOfTwentyIsZero() {
    List<ScoredVersion> corpus = corpus(3);
    ScoringData m = Calibrator.fit(corpus, PRIOR, Calibrator.Options.defaults()).scoring();
    Scorer s = new Scorer(m);
    double[] clean = corpus.stream().filter(v -> v.version().isClean())
        .mapToDouble(v -> s.rescore(v.report()).score()).sorted().toArray();
    assertEquals(Math.floor(clean[0] * 10) / 10, m.cleanAtLeast(), 1e-9, "the lowest clean score, rounded down");
    assertTrue(m.garbledBelow() <= m.cleanAtLeast());
    assertEquals(Math.floor(Calibrator.garbledScore(m.cleanAtLeast(), 10) * 10 + 1e-9) / 10, m.garbledBelow(), 1e-9);
  }

  @Test
  void theContextLevelIsTheMeanDamageNineCleanArticlesInTenStayUnder() {
    List<ScoredVersion> corpus = corpus(3);
    ScoringData m = Calibrator.fit(corpus, PRIOR, Calibrator.Options.defaults()).scoring();
    Scorer s = new Scorer(m);
    double[] meanMt = corpus.stream().filter(v -> v.version().isClean())
        .mapToDouble(v -> s.features(v.report()).get("meanMt")).sorted().toArray();
    // 20 clean articles: two may lie above the level, so it is the 18th lowest mean
    assertEquals(Calibrator.round(meanMt[18], 5), m.context().mt(), 1e-12);
    assertEquals(Calibrator.Options.DEFAULT_CONTEXT_STRENGTH, m.context().strength());
    // the level itself: of 20 articles with means 0.01 … 0.20, two lie above 0.18
    List<Map<String, Double>> means = new ArrayList<>();
    for (int i = 20; i >= 1; i--) {
      means.add(Map.of("meanSpin", i / 100.0));
    }
    assertEquals(0.19, Calibrator.quantile(means, "meanSpin"), 1e-12);

    Calibrator.Options off = new Calibrator.Options(0.01, 0.1, Calibrator.Options.DEFAULT_FEATURES,
        Calibrator.Options.DEFAULT_FIXED, 0.01, 10, 0);
    assertEquals(ScoringData.Context.NONE, Calibrator.fit(corpus, PRIOR, off).scoring().context());
  }

  @Test
  void aLooserBoundLetsThatShareOfCleanArticlesFallBelow() {
    List<ScoredVersion> corpus = corpus(3);
    Calibrator.Options tenPercent = new Calibrator.Options(0.01, 0.1, Calibrator.Options.DEFAULT_FEATURES,
        Calibrator.Options.DEFAULT_FIXED, 0.10, 10, Calibrator.Options.DEFAULT_CONTEXT_STRENGTH);
    ScoringData m = Calibrator.fit(corpus, PRIOR, tenPercent).scoring();
    Scorer s = new Scorer(m);
    double[] clean = corpus.stream().filter(v -> v.version().isClean())
        .mapToDouble(v -> s.rescore(v.report()).score()).sorted().toArray();
    // 10% of 20 = 2 may fall below: the threshold is the third-lowest clean score
    assertEquals(Math.floor(clean[2] * 10) / 10, m.cleanAtLeast(), 1e-9);
    long below = java.util.Arrays.stream(clean).filter(x -> x < m.cleanAtLeast()).count();
    assertTrue(below <= 2, "below: " + below);
  }

  @Test
  void evidenceTooWeakToBeShownNeverWeighsEnoughToMarkASentenceOnItsOwn() {
    // rule F fires on every round-trip line and on no clean one: unbounded, its weight would go to the cap
    assertEquals(0.75, Calibrator.maxEvidenceWeight(0.5), 1e-12);
    for (double strength : new double[] {0.4, 1}) {
      List<ScoredVersion> versions = new ArrayList<>();
      Map<String, String> cleanText = new java.util.HashMap<>();
      for (ScoredVersion v : corpus(5)) {
        if (v.version().isClean()) {
          cleanText.put(v.version().article(), v.report().article().text());
        }
      }
      for (ScoredVersion v : corpus(5)) {
        if (v.version().kind() != Kind.ROUNDTRIP) {
          versions.add(v);
          continue;
        }
        List<Synthetic.Hit> hits = new ArrayList<>();
        for (int l = 2; l <= 10; l++) {
          hits.add(Synthetic.graded(l, "F", Category.FLUENCY, strength));
        }
        versions.add(Synthetic.scored(v.version(), Synthetic.report(v.version().article(),
            v.report().article().text(), new double[10], hits, 100, Verdict.CLEAN),
            cleanText.get(v.version().article())));
      }
      ScoringData prior = PRIOR.withModel(PRIOR.categoryWeights(), Map.of("F", new ScoringData.Weight(0.5, 0)),
          PRIOR.bias(), PRIOR.coefficients(), PRIOR.cleanAtLeast(), PRIOR.garbledBelow());
      double w = Calibrator.fit(versions, prior, Calibrator.Options.defaults()).scoring().ruleWeights()
          .get("F").mt();
      if (strength < 1) {
        assertEquals(0.75, w, 0.0005, "evidence is held at the bound");
        assertTrue(Finding.weighted(w, strength) < 0.5, "weak evidence alone stays under sentence.damaged");
      } else {
        assertTrue(w > 0.9, "a shown finding is not bounded so: " + w);
      }
    }
  }

  @Test
  void articleModelUsesTheChosenFeaturesAndRulesWithOwnWeightsAreFittedApart() {
    ScoringData prior = PRIOR.withModel(PRIOR.categoryWeights(), Map.of("G", new ScoringData.Weight(0.9, 0)),
        -4, Map.of("meanDamage", 18.0, "rate.residue", 2.0), 80, 50);
    ScoringData m = Calibrator.fit(corpus(3), prior, Calibrator.Options.defaults()).scoring();
    assertEquals(List.of("meanMt", "meanSpin", "damagedShare", "specificShare", "rate.residue"),
        List.copyOf(m.coefficients().keySet()));
    assertEquals(2.0, m.coefficients().get("rate.residue"), 0.0);
    assertEquals(java.util.Set.of("G"), m.ruleWeights().keySet(), "a rule with its own weight keeps it");
    ScoringData.Weight g = m.ruleWeights().get("G");
    assertTrue(g.mt() >= 0 && g.mt() <= 0.99 && g.spin() >= 0 && g.spin() <= 0.99, g.toString());
    assertTrue(g.mt() != 0.9, "fitted in a column of its own, not kept: " + g);
  }
}
