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
 *   <li>{@code rate.<category>}: findings of that category per sentence.
 * </ul>
 */
public final class ArticleFeatures {
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
    f.put("meanDamage", sumDamage / n);
    f.put("meanMt", sumMt / n);
    f.put("meanSpin", sumSpin / n);
    f.put("damagedShare", damaged / (double) n);
    f.put("burst", longestRun / (double) n);
    f.put("specificShare", specificSentences(sentences, findings) / (double) n);
    for (Category c : Category.values()) {
      long count = findings.stream().filter(x -> x.category() == c).count();
      f.put("rate." + c.id(), count / (double) n);
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
