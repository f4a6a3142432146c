package org.garblecheck.score;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.garblecheck.model.Category;
import org.garblecheck.model.Finding;
import org.garblecheck.model.Sentence;
import org.garblecheck.model.SentenceScore;

/**
 * The numbers the article model reads. Feature names are stable: {@code rules/scoring.yml} keys its
 * coefficients by them and {@code garblecheck calibrate} fits them.
 *
 * <ul>
 *   <li>{@code meanDamage}, {@code meanMt}, {@code meanSpin}: mean sentence damage (overall and per axis);
 *   <li>{@code damagedShare}: share of sentences with damage at or above the "damaged" threshold;
 *   <li>{@code burst}: the longest run of consecutive damaged sentences divided by the sentence count, so
 *       that a block of garbled paragraphs pasted into a clean story counts even when the mean is low;
 *   <li>{@code specificShare}: share of sentences with a finding of a {@linkplain Category#isSpecific() specific}
 *       detector (a broken word, a garbled name, a person flip …) that carries weight: a few such slips in a
 *       long story are rare in fluent text even when the mean damage is low; a finding configured to weigh
 *       nothing does not count;
 *   <li>{@code rate.<category>}: findings of that category per sentence;
 *   <li>{@code has.<category>}: 1 when the article has any finding of that category, else 0 — for signs
 *       that tell about the whole page however long it is (one "The post … appeared first on …" line marks
 *       a scraped copy, which a per-sentence rate would dilute to nothing in a long story).
 * </ul>
 *
 * <p>The damage means and shares count {@value #PRIOR_SENTENCES} undamaged sentences more than the article
 * has: a one-sentence feed summary with one odd word is weak evidence, and without the prior its single
 * sentence would be the whole mean (one rare synonym made a headline "garbled"). On a story of 20 sentences
 * or more the prior moves the means by a tenth or less, and the article model is fitted with it.
 */
public final class ArticleFeatures {
  /** Undamaged sentences added to every article's damage means and shares (a prior toward clean). */
  public static final int PRIOR_SENTENCES = 2;

  private ArticleFeatures() {}

  public static Map<String, Double> of(List<SentenceScore> sentences, List<Finding> findings, double damagedAt) {
    Map<String, Double> f = new LinkedHashMap<>();
    int n = Math.max(1, sentences.size());
    double sumDamage = 0;
    double sumMt = 0;
    double sumSpin = 0;
    int damaged = 0;
    int run = 0;
    int longestRun = 0;
    for (SentenceScore s : sentences) {
      sumDamage += s.damage();
      sumMt += s.mt();
      sumSpin += s.spin();
      if (s.damage() >= damagedAt) {
        damaged++;
        run++;
        longestRun = Math.max(longestRun, run);
      } else {
        run = 0;
      }
    }
    double withPrior = sentences.size() + PRIOR_SENTENCES;
    f.put("meanDamage", sumDamage / withPrior);
    f.put("meanMt", sumMt / withPrior);
    f.put("meanSpin", sumSpin / withPrior);
    f.put("damagedShare", damaged / withPrior);
    f.put("burst", longestRun / withPrior);
    f.put("specificShare", specificSentences(sentences, findings) / withPrior);
    int[] perCategory = new int[Category.values().length];
    for (Finding x : findings) {
      perCategory[x.category().ordinal()]++;
    }
    for (Category c : Category.values()) {
      f.put("rate." + c.id(), perCategory[c.ordinal()] / (double) n);
    }
    for (Category c : Category.values()) {
      f.put("has." + c.id(), perCategory[c.ordinal()] > 0 ? 1.0 : 0.0);
    }
    return f;
  }

  private static long specificSentences(List<SentenceScore> sentences, List<Finding> findings) {
    List<Sentence> spans = sentences.stream().map(SentenceScore::sentence).toList();
    return findings.stream()
        .filter(x -> x.category().isSpecific() && (x.mt() > 0 || x.spin() > 0))
        .mapToInt(x -> Sentence.indexAt(spans, x.start()))
        .filter(i -> i >= 0)
        .distinct()
        .count();
  }

  /** All feature names, in a fixed order. */
  public static List<String> names() {
    return List.copyOf(of(List.of(), List.of(), 0.5).keySet());
  }
}
