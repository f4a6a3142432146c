package org.garblecheck.model;

import java.util.Comparator;
import java.util.List;

/**
 * The result of checking one article: every sentence with its damage, every finding (sorted by position),
 * the 0–100 quality score and the verdict.
 */
public record ArticleReport(
    Article article,
    List<Paragraph> paragraphs,
    List<SentenceScore> sentences,
    List<Finding> findings,
    double score,
    Verdict verdict) {

  public ArticleReport {
    paragraphs = List.copyOf(paragraphs);
    sentences = List.copyOf(sentences);
    findings = findings.stream().sorted(Finding.ORDER).toList();
  }

  /** The most damaged sentences first (ties by position), only those with any damage. */
  public List<SentenceScore> worstSentences(int limit) {
    return sentences.stream()
        .filter(s -> s.damage() > 0)
        .sorted(Comparator.comparingDouble(SentenceScore::damage).reversed()
            .thenComparingInt(s -> s.sentence().index()))
        .limit(limit)
        .toList();
  }

  public long countOf(Category category) {
    return findings.stream().filter(f -> f.category() == category).count();
  }
}
