package org.garblecheck.model;

import java.util.Comparator;
import java.util.List;

/**
 * The result of checking one article: every sentence with its damage, every finding shown to the reader
 * (sorted by position), the 0–100 quality score and the verdict. {@code evidence} holds the graded
 * findings too weak to show (strength below {@link Finding#SHOWN_AT}): they count toward the sentence
 * damage they were scored with, and a rescoring needs them, but an editor is not asked to look at them.
 */
public record ArticleReport(
    Article article,
    List<Paragraph> paragraphs,
    List<SentenceScore> sentences,
    List<Finding> findings,
    double score,
    Verdict verdict,
    List<Finding> evidence) {

  public ArticleReport {
    paragraphs = List.copyOf(paragraphs);
    sentences = List.copyOf(sentences);
    findings = findings.stream().sorted(Finding.ORDER).toList();
    evidence = evidence.stream().sorted(Finding.ORDER).toList();
  }

  /** A report without weak evidence. */
  public ArticleReport(Article article, List<Paragraph> paragraphs, List<SentenceScore> sentences,
      List<Finding> findings, double score, Verdict verdict) {
    this(article, paragraphs, sentences, findings, score, verdict, List.of());
  }

  /** The shown findings and the weak evidence together: everything the scores were computed from. */
  public List<Finding> allFindings() {
    if (evidence.isEmpty()) {
      return findings;
    }
    List<Finding> all = new java.util.ArrayList<>(findings);
    all.addAll(evidence);
    return all;
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
