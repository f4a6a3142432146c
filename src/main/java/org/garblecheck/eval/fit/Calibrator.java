package org.garblecheck.eval.fit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.garblecheck.eval.LogisticRegression;
import org.garblecheck.eval.NoisyOrRegression;
import org.garblecheck.eval.corpus.Kind;
import org.garblecheck.eval.corpus.ScoredVersion;
import org.garblecheck.model.Category;
import org.garblecheck.model.Finding;
import org.garblecheck.model.Sentence;
import org.garblecheck.model.SentenceScore;
import org.garblecheck.rule.ScoringData;
import org.garblecheck.score.ArticleFeatures;
import org.garblecheck.score.Scorer;

/**
 * Fits the scoring model on labelled, scored versions, in four steps:
 *
 * <ol>
 *   <li><b>Finding weights</b>, one noisy-OR regression per axis ({@link NoisyOrRegression}), on sentences:
 *       the mt axis on changed sentences of round trips and slips against all sentences of clean articles,
 *       the spin axis on changed sentences of spun text against the same clean sentences. The features are
 *       the counts of findings per category in the sentence; a rule with its own weight in {@code rules:} is a
 *       column of its own, so that it is fitted apart from its category (the graded models, whose weak
 *       evidence is everywhere, must not drag down the weight of their category's yes-or-no rules); a graded
 *       finding counts as its strength. The L2 penalty pulls each weight toward the prior
 *       (the weight in the current file), so a category the data do not show keeps it. Weights are bounded
 *       in the fit, at 0.99, and a column holding evidence (graded findings too weak to be shown) at
 *       {@link #maxEvidenceWeight}, and rounded to 3 decimals.
 *   <li><b>Article model</b>: with those weights the versions are scored again and an L2 logistic
 *       regression ({@link LogisticRegression}) fits the bias and the coefficients of the chosen
 *       {@link ArticleFeatures} (damaged versions against clean articles, the two classes weighted equally).
 *       Coefficients of {@code fixed} features keep their prior value; other prior coefficients are dropped.
 *   <li><b>Thresholds</b>: {@code clean} is the highest score (rounded down to 0.1) below which at most
 *       {@code maxCleanBelow} of the clean articles fall; {@code garbled} is the score at which the model's
 *       odds of damage are {@code garbledOdds} times its odds at {@code clean} (score s means odds
 *       (100 − s) / s), so "garbled" is always a clearly surer call than "suspect".
 *   <li><b>Article context</b> ({@link ScoringData.Context}): the base level per axis is the mean sentence
 *       damage ({@code meanMt}, {@code meanSpin}) that nine clean articles in ten stay at or under, with the
 *       fitted weights; the strength is an option.
 * </ol>
 * Only clean versions and damaged versions of kind roundtrip, slips, grammar, spun or mixed are used (slips
 * and grammar slips fit the mt axis with the round trips; grammar slips, too light to mark an article, not
 * the article model; mixed versions, whose changed lines come from both generators, only the article
 * model); the caller chooses which (the fit split). Everything is deterministic: the same versions and
 * options give the same model.
 */
public final class Calibrator {
  private static final double MAX_WEIGHT = 0.99;
  /**
   * The bound on the weight of a column that holds evidence (graded findings under
   * {@link Finding#SHOWN_AT}) for a model whose sentences count as damaged from {@code d}:
   * {@code 1 − (1 − d)^(1/SHOWN_AT)}, 0.75 at d = 0.5. A finding too weak to be shown then weighs under
   * {@code d}, so no such finding marks a sentence damaged on its own and an editor is not shown a damaged
   * sentence with nothing on it to read (the article's context may still raise it). Unbounded (0.99), the
   * round trips of the fit split pushed {@code MT_WORDING} to the cap, where a strength of 0.15 already
   * weighed 0.5: 62 of the 208 flagged lines of the clean ../shared/data/text were flagged by evidence alone.
   */
  static double maxEvidenceWeight(double damagedSentence) {
    return 1 - Math.pow(1 - damagedSentence, 1 / Finding.SHOWN_AT);
  }
  /** The share of clean articles whose mean sentence damage may exceed the context's base level. */
  static final double CONTEXT_ABOVE = 0.1;
  /** The damaged kinds a fit uses, and those that teach each axis's finding weights (mt, spin). */
  private static final Set<Kind> FITTED = EnumSet.of(Kind.ROUNDTRIP, Kind.SLIPS, Kind.GRAMMAR, Kind.SPUN,
      Kind.MIXED);
  /** The damaged kinds the article model is fitted on. */
  private static final Set<Kind> ARTICLE_KINDS = EnumSet.of(Kind.ROUNDTRIP, Kind.SLIPS, Kind.SPUN, Kind.MIXED);
  private static final List<Set<Kind>> AXIS_KINDS = List.of(EnumSet.of(Kind.ROUNDTRIP, Kind.SLIPS, Kind.GRAMMAR),
      EnumSet.of(Kind.SPUN));

  private Calibrator() {}

  /** The knobs of a fit. */
  public record Options(double l2Weights, double l2Article, List<String> features, List<String> fixed,
      double maxCleanBelow, double garbledOdds, double contextStrength) {
    /** How far the rest of an article moves its sentences' damage ({@link ScoringData.Context}). */
    public static final double DEFAULT_CONTEXT_STRENGTH = 1;
    public static final List<String> DEFAULT_FEATURES =
        List.of("meanMt", "meanSpin", "damagedShare", "specificShare");
    public static final List<String> DEFAULT_FIXED = List.of("rate.residue", "has.residue", "rate.article");

    public Options {
      features = List.copyOf(features);
      fixed = List.copyOf(fixed);
      List<String> known = ArticleFeatures.names();
      for (String f : features) {
        if (!known.contains(f)) {
          throw new IllegalArgumentException("unknown article feature '" + f + "' (known: "
              + String.join(", ", known) + ")");
        }
      }
      for (String f : fixed) {
        if (!known.contains(f)) {
          throw new IllegalArgumentException("unknown article feature '" + f + "'");
        }
        if (features.contains(f)) {
          throw new IllegalArgumentException("feature '" + f + "' cannot be both fitted and fixed");
        }
      }
      if (!(l2Weights > 0) || !(l2Article > 0)) {
        throw new IllegalArgumentException("L2 penalties must be positive");
      }
      if (!(maxCleanBelow >= 0 && maxCleanBelow < 1)) {
        throw new IllegalArgumentException("the clean false-positive bound must be in [0, 1)");
      }
      if (!(garbledOdds >= 1)) {
        throw new IllegalArgumentException("the garbled odds ratio must be at least 1");
      }
      if (!(contextStrength >= 0 && contextStrength <= 1)) {
        throw new IllegalArgumentException("the context strength must be in [0, 1]");
      }
    }

    public static Options defaults() {
      return new Options(0.01, 0.1, DEFAULT_FEATURES, DEFAULT_FIXED, 0.01, 10, DEFAULT_CONTEXT_STRENGTH);
    }
  }

  /** A fitted model and what went into it. */
  public record Fit(ScoringData scoring, Map<String, AxisFit> axes, int cleanArticles, int damagedVersions) {}

  /** One axis of the finding-weight fit; {@code leak} is the damage rate no finding explains. */
  public record AxisFit(String axis, int positives, int negatives, double leak, boolean fitted) {}

  /** The damage categories, in enum order: the columns of the sentence fit. */
  static List<Category> damageCategories() {
    return Arrays.stream(Category.values()).filter(Category::countsAsSentenceDamage).toList();
  }

  public static Fit fit(List<ScoredVersion> versions, ScoringData prior, Options o) {
    List<ScoredVersion> clean = versions.stream().filter(v -> v.version().isClean()).toList();
    List<ScoredVersion> damaged = versions.stream()
        .filter(v -> FITTED.contains(v.version().kind()))
        .filter(v -> !v.version().changedLines().isEmpty())
        .toList();
    if (clean.isEmpty() || damaged.isEmpty()) {
      throw new IllegalArgumentException("need clean articles and round-trip or spun versions to fit on (have "
          + clean.size() + " clean, " + damaged.size() + " damaged)");
    }
    // 1. finding weights per axis: a column per damage category, and one per rule with weights of its own
    List<Category> cats = damageCategories();
    List<String> rules = List.copyOf(prior.ruleWeights().keySet());
    Map<Category, ScoringData.Weight> weights = new EnumMap<>(Category.class);
    weights.putAll(prior.categoryWeights());
    Map<String, AxisFit> axes = new LinkedHashMap<>();
    double[][] fitted = new double[2][];
    for (int axis = 0; axis < 2; axis++) {
      Set<Kind> kinds = AXIS_KINDS.get(axis);
      List<ScoredVersion> pos = damaged.stream().filter(v -> kinds.contains(v.version().kind())).toList();
      SentenceData data = SentenceData.of(clean, pos, cats, rules, axis);
      String name = axis == 0 ? "mt" : "spin";
      double[] priorTheta = new double[cats.size() + rules.size()];
      for (int j = 0; j < priorTheta.length; j++) {
        ScoringData.Weight w = j < cats.size() ? prior.categoryWeights().get(cats.get(j))
            : prior.ruleWeights().get(rules.get(j - cats.size()));
        priorTheta[j] = NoisyOrRegression.theta(axis == 0 ? w.mt() : w.spin());
      }
      if (data.positives() == 0) {
        axes.put(name, new AxisFit(name, 0, data.negatives(), Double.NaN, false));
        continue;
      }
      // every rule weight is fitted here, so no sentence carries a fixed offset
      double[] noOffsets = new double[data.labels().length];
      double[] bounds = new double[priorTheta.length];
      for (int j = 0; j < bounds.length; j++) {
        bounds[j] = data.graded()[j] ? maxEvidenceWeight(prior.damagedSentence()) : MAX_WEIGHT;
      }
      NoisyOrRegression.Model m = NoisyOrRegression.fit(data.counts(), data.labels(), noOffsets, priorTheta,
          o.l2Weights(), bounds);
      fitted[axis] = new double[priorTheta.length];
      for (int j = 0; j < priorTheta.length; j++) {
        fitted[axis][j] = round(Math.min(bounds[j], m.weight(j)), 3);
      }
      axes.put(name, new AxisFit(name, data.positives(), data.negatives(), m.leak(), true));
    }
    for (int j = 0; j < cats.size(); j++) {
      ScoringData.Weight p = prior.categoryWeights().get(cats.get(j));
      weights.put(cats.get(j), new ScoringData.Weight(fitted[0] != null ? fitted[0][j] : p.mt(),
          fitted[1] != null ? fitted[1][j] : p.spin()));
    }
    Map<String, ScoringData.Weight> ruleWeights = new java.util.TreeMap<>();
    for (int j = 0; j < rules.size(); j++) {
      ScoringData.Weight p = prior.ruleWeights().get(rules.get(j));
      int col = cats.size() + j;
      ruleWeights.put(rules.get(j), new ScoringData.Weight(fitted[0] != null ? fitted[0][col] : p.mt(),
          fitted[1] != null ? fitted[1][col] : p.spin()));
    }
    ScoringData withWeights = prior.withModel(weights, ruleWeights, prior.bias(), prior.coefficients(),
        prior.cleanAtLeast(), prior.garbledBelow());

    // 2. article model; the features depend only on the finding weights, which the later steps keep
    Scorer scorer = new Scorer(withWeights);
    List<ScoredVersion> articleDamaged = damaged.stream()
        .filter(v -> ARTICLE_KINDS.contains(v.version().kind())).toList();
    List<Map<String, Double>> features = new ArrayList<>();
    clean.forEach(v -> features.add(scorer.features(v.report())));
    articleDamaged.forEach(v -> features.add(scorer.features(v.report())));
    List<Map<String, Double>> cleanFeatures = features.subList(0, clean.size());
    int n = clean.size() + articleDamaged.size();
    double[][] x = new double[n][];
    boolean[] y = new boolean[n];
    double[] w = new double[n];
    double[] offsets = new double[n];
    Map<String, Double> fixed = new LinkedHashMap<>();
    for (String f : o.fixed()) {
      if (prior.coefficients().containsKey(f)) {
        fixed.put(f, prior.coefficients().get(f));
      }
    }
    for (int i = 0; i < n; i++) {
      boolean isDamaged = i >= clean.size();
      Map<String, Double> feats = features.get(i);
      x[i] = o.features().stream().mapToDouble(feats::get).toArray();
      y[i] = isDamaged;
      w[i] = isDamaged ? 0.5 / articleDamaged.size() : 0.5 / clean.size();
      for (var e : fixed.entrySet()) {
        offsets[i] += e.getValue() * feats.getOrDefault(e.getKey(), 0.0);
      }
    }
    LogisticRegression.Model article = LogisticRegression.fit(x, y, w, offsets, o.l2Article());
    Map<String, Double> coefficients = new LinkedHashMap<>();
    double[] c = article.coefficients();
    for (int j = 0; j < c.length; j++) {
      coefficients.put(o.features().get(j), round(c[j], 4));
    }
    coefficients.putAll(fixed);
    double bias = round(article.bias(), 4);
    ScoringData model = withWeights.withModel(weights, ruleWeights, bias, coefficients,
        prior.cleanAtLeast(), prior.garbledBelow());

    // 3. thresholds, on the rounded model
    Scorer modelScorer = new Scorer(model);
    double[] cleanScores = cleanFeatures.stream().mapToDouble(modelScorer::articleScore).sorted().toArray();
    int allowedBelow = (int) Math.floor(o.maxCleanBelow() * cleanScores.length + 1e-9);
    double cleanAt = Math.floor(cleanScores[allowedBelow] * 10 + 1e-9) / 10;
    double garbledAt = Math.floor(garbledScore(cleanAt, o.garbledOdds()) * 10 + 1e-9) / 10;
    ScoringData thresholds = model.withModel(weights, ruleWeights, bias, coefficients, cleanAt, garbledAt);

    // 4. the article context: the mean damage per axis that clean articles reach at most, save a tenth
    ScoringData.Context context = o.contextStrength() == 0 ? ScoringData.Context.NONE
        : new ScoringData.Context(o.contextStrength(), round(quantile(cleanFeatures, "meanMt"), 5),
            round(quantile(cleanFeatures, "meanSpin"), 5));
    return new Fit(thresholds.withContext(context), axes, clean.size(), damaged.size());
  }

  /** The value of a feature that all but {@link #CONTEXT_ABOVE} of the articles stay at or under. */
  static double quantile(List<Map<String, Double>> features, String name) {
    double[] v = features.stream().mapToDouble(f -> f.get(name)).sorted().toArray();
    return v[Math.min(v.length - 1, (int) Math.floor((1 - CONTEXT_ABOVE) * v.length))];
  }

  /** The score whose odds of damage, (100 − s) / s, are {@code ratio} times those of score {@code clean}. */
  static double garbledScore(double clean, double ratio) {
    if (clean <= 0) {
      return 0;
    }
    return 100 * clean / (clean + ratio * (100 - clean));
  }

  static double round(double v, int decimals) {
    return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_EVEN).doubleValue();
  }

  /** The sentences of one axis fit: finding counts per column (categories, then own-weight rules) and labels. */
  private record SentenceData(double[][] counts, boolean[] labels, int positives, int negatives,
      boolean[] graded) {
    static SentenceData of(List<ScoredVersion> clean, List<ScoredVersion> damaged, List<Category> cats,
        List<String> rules, int axis) {
      List<double[]> counts = new ArrayList<>();
      List<Boolean> labels = new ArrayList<>();
      boolean[] graded = new boolean[cats.size() + rules.size()];
      int negatives = add(clean, cats, rules, counts, labels, graded);
      int positives = add(damaged, cats, rules, counts, labels, graded);
      boolean[] lab = new boolean[labels.size()];
      for (int i = 0; i < lab.length; i++) {
        lab[i] = labels.get(i);
      }
      return new SentenceData(counts.toArray(new double[0][]), lab, positives, negatives, graded);
    }

    /**
     * Adds the sentences that count (all of clean versions, the changed ones of damaged versions), and marks
     * the columns that hold evidence (findings too weak to be shown).
     */
    private static int add(List<ScoredVersion> versions, List<Category> cats, List<String> rules,
        List<double[]> counts, List<Boolean> labels, boolean[] graded) {
      int added = 0;
      for (ScoredVersion v : versions) {
        List<Sentence> sentences = v.report().sentences().stream().map(SentenceScore::sentence).toList();
        double[][] c = new double[sentences.size()][cats.size() + rules.size()];
        for (Finding f : v.report().allFindings()) {
          if (!f.category().countsAsSentenceDamage()) {
            continue;
          }
          int s = Scorer.sentenceIndexAt(sentences, f.start());
          if (s < 0) {
            continue;
          }
          // a graded finding counts as its strength's share of one finding (see Finding)
          int own = rules.indexOf(f.ruleId());
          int column = own >= 0 ? cats.size() + own : cats.indexOf(f.category());
          c[s][column] += f.strength();
          graded[column] |= !f.shown();
        }
        boolean clean = v.version().isClean();
        for (int s = 0; s < sentences.size(); s++) {
          if (clean || v.sentenceChanged()[s]) {
            counts.add(c[s]);
            labels.add(!clean);
            added++;
          }
        }
      }
      return added;
    }
  }
}
