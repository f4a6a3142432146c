package org.garblecheck.score;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.garblecheck.model.SentenceScore;
import org.garblecheck.rule.ScoringData;

/**
 * Sentence damage read in the light of the rest of its article. A scraper runs a whole page through a
 * translator or a spinner, so how damaged the other sentences of an article look is evidence about each
 * one: a sentence with weak signs of damage in an article full of them is more likely damaged than the same
 * sentence in an article that is otherwise clean, where it is more likely an odd but fluent sentence.
 *
 * <p>Per axis (mt, spin), a sentence's damage {@code d} is taken as a probability and its odds are
 * multiplied by {@code (odds(m) / odds(base))^strength}, where {@code m} is the mean damage of the
 * <em>other</em> sentences of the article with {@value ArticleFeatures#PRIOR_SENTENCES} more sentences at the
 * base level (so a one-sentence article is left as it is, and a short one moves little) and {@code base} is
 * the mean that clean articles reach at most, save a tenth of them ({@link ScoringData.Context}, set by
 * {@code garblecheck calibrate}). Above the base the sentences of an article rise, below it they fall; a
 * sentence without any finding on an axis stays at 0 on it. A {@code strength} under 1 tempers the update,
 * since {@code m} is estimated from a few dozen sentences. The two axes are then combined as in
 * {@link Scorer}. The article score is computed from the damage before this step, so the article model
 * never reads its own output.
 */
final class ArticleContext {
  /** Odds are kept within these bounds so that damage 0 or 1 on either side stays finite. */
  private static final double MIN_ODDS = 1e-9;
  private static final double MAX_ODDS = 1e9;

  private ArticleContext() {}

  static List<SentenceScore> apply(List<SentenceScore> raw, ScoringData.Context c) {
    if (c.strength() == 0 || raw.size() < 2) {
      return raw;
    }
    double[] mt = axis(raw, SentenceScore::mt, c.mt(), c.strength());
    double[] spin = axis(raw, SentenceScore::spin, c.spin(), c.strength());
    List<SentenceScore> out = new ArrayList<>(raw.size());
    for (int i = 0; i < raw.size(); i++) {
      out.add(SentenceScore.of(raw.get(i).sentence(), mt[i], spin[i], raw.get(i).residue()));
    }
    return out;
  }

  private static double[] axis(List<SentenceScore> raw, ToDoubleFunction<SentenceScore> of, double base,
      double strength) {
    int n = raw.size();
    double[] d = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      d[i] = of.applyAsDouble(raw.get(i));
      sum += d[i];
    }
    if (base <= 0) {
      return d; // no clean level to compare with on this axis: left as it is
    }
    int prior = ArticleFeatures.PRIOR_SENTENCES;
    for (int i = 0; i < n; i++) {
      if (d[i] <= 0) {
        continue;
      }
      double others = (sum - d[i] + prior * base) / (n - 1 + prior);
      double factor = Math.pow(odds(others) / odds(base), strength);
      double o = Math.min(MAX_ODDS, odds(d[i]) * factor);
      d[i] = o / (1 + o);
    }
    return d;
  }

  private static double odds(double p) {
    if (p >= 1) {
      return MAX_ODDS;
    }
    return Math.max(MIN_ODDS, p / (1 - p));
  }
}
