package org.garblecheck.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.garblecheck.model.Article;
import org.garblecheck.model.ArticleReport;
import org.garblecheck.model.Category;
import org.garblecheck.model.Finding;
import org.garblecheck.model.Paragraph;
import org.garblecheck.model.Sentence;
import org.garblecheck.model.SentenceScore;
import org.garblecheck.model.Severity;
import org.garblecheck.model.TextSpan;
import org.garblecheck.model.Verdict;

/**
 * Builds an {@link ArticleReport} by hand, without LanguageTool: paragraphs are lists of sentences (joined
 * by one space; paragraphs by a blank line), findings are placed by the text they cover, and damages, score
 * and verdict are given. So renderer tests and goldens stay put when detectors or the scorer change.
 */
final class ReportBuilder {
  private final String source;
  private final String id;
  private final String title;
  private Optional<String> url = Optional.empty();
  private final StringBuilder text = new StringBuilder();
  private final List<Paragraph> paragraphs = new ArrayList<>();
  private final List<Sentence> sentences = new ArrayList<>();
  private final List<double[]> damages = new ArrayList<>();
  private final List<Finding> findings = new ArrayList<>();
  private String tail = "\n";

  ReportBuilder(String source, String id, String title) {
    this.source = source;
    this.id = id;
    this.title = title;
  }

  ReportBuilder url(String u) {
    url = Optional.of(u);
    return this;
  }

  /** Text after the last paragraph (default one line break). */
  ReportBuilder tail(String t) {
    tail = t;
    return this;
  }

  /** A paragraph of sentences, separated from the previous paragraph by a blank line. */
  ReportBuilder paragraph(String... sents) {
    if (text.length() > 0) {
      text.append("\n\n");
    }
    int pStart = text.length();
    for (int i = 0; i < sents.length; i++) {
      if (i > 0) {
        text.append(' ');
      }
      int s = text.length();
      text.append(sents[i]);
      sentences.add(new Sentence(sentences.size(), paragraphs.size(), new TextSpan(s, text.length())));
      damages.add(new double[] {0, 0, 0});
    }
    paragraphs.add(new Paragraph(paragraphs.size(), new TextSpan(pStart, text.length())));
    return this;
  }

  /** Damage of sentence {@code i} (overall, mt, spin). */
  ReportBuilder damage(int i, double damage, double mt, double spin) {
    damages.set(i, new double[] {damage, mt, spin});
    return this;
  }

  /** A finding on the {@code nth} (0-based) occurrence of {@code covered}. */
  ReportBuilder finding(String rule, Category c, Severity s, String covered, int nth, String message,
      String... suggestions) {
    int at = -1;
    for (int k = 0; k <= nth; k++) {
      at = text.indexOf(covered, at + 1);
      if (at < 0) {
        throw new IllegalArgumentException("'" + covered + "' (#" + nth + ") is not in the text");
      }
    }
    findings.add(new Finding(rule, c, s, new TextSpan(at, at + covered.length()), message, List.of(suggestions),
        0.5, 0.1));
    return this;
  }

  ReportBuilder finding(String rule, Category c, Severity s, String covered, String message, String... sugg) {
    return finding(rule, c, s, covered, 0, message, sugg);
  }

  /** An empty finding (an insertion point) just before {@code before}. */
  ReportBuilder gap(String rule, Category c, Severity s, String before, String message, String... sugg) {
    int at = text.indexOf(before);
    if (at < 0) {
      throw new IllegalArgumentException("'" + before + "' is not in the text");
    }
    findings.add(new Finding(rule, c, s, new TextSpan(at, at), message, List.of(sugg), 0.3, 0.1));
    return this;
  }

  ArticleReport build(double score, Verdict verdict) {
    String full = text + tail;
    List<SentenceScore> scores = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      double[] d = damages.get(i);
      scores.add(new SentenceScore(sentences.get(i), d[0], d[1], d[2]));
    }
    return new ArticleReport(new Article(source, id, title, full, url), paragraphs, scores, findings, score,
        verdict);
  }
}
