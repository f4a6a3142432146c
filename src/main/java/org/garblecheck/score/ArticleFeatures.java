package org.garblecheck.score;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.garblecheck.model.Category;
import org.garblecheck.model.Finding;
import org.garblecheck.model.SentenceScore;

/**
 * The numbers the article model reads: mean and share of damaged sentences on each axis, and how often
 * each category fires per sentence. Feature names are stable: {@code rules/scoring.yml} keys its
 * coefficients by them and {@code garblecheck calibrate} fits them.
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
    for (SentenceScore s : sentences) {
      sumDamage += s.damage();
      sumMt += s.mt();
      sumSpin += s.spin();
      if (s.damage() >= damagedAt) {
        damaged++;
      }
    }
    f.put("meanDamage", sumDamage / n);
    f.put("meanMt", sumMt / n);
    f.put("meanSpin", sumSpin / n);
    f.put("damagedShare", damaged / (double) n);
    for (Category c : Category.values()) {
      long count = findings.stream().filter(x -> x.category() == c).count();
      f.put("rate." + c.id(), count / (double) n);
    }
    return f;
  }

  /** All feature names, in a fixed order. */
  public static List<String> names() {
    return List.copyOf(of(List.of(), List.of(), 0.5).keySet());
  }
}
