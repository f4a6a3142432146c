package org.garblecheck.eval;

import java.util.ArrayList;
import java.util.List;
import org.garblecheck.eval.corpus.Kind;
import org.garblecheck.eval.corpus.Lines;
import org.garblecheck.eval.corpus.ScoredVersion;
import org.garblecheck.eval.corpus.Split;
import org.garblecheck.eval.corpus.Version;
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
 * Builds scored versions by hand, without LanguageTool: every line is one paragraph and one sentence, and
 * findings and damage are whatever the test says.
 */
public final class Synthetic {
  private Synthetic() {}

  /**
   * A finding of {@code category} (rule id {@code rule}) at the start of 1-based {@code line}, of the given
   * strength (1 for a yes-or-no rule).
   */
  public record Hit(int line, String rule, Category category, double strength) {}

  public static Hit hit(int line, String rule, Category category) {
    return new Hit(line, rule, category, 1);
  }

  /** A graded finding (strength under {@link Finding#SHOWN_AT}: evidence, not shown). */
  public static Hit graded(int line, String rule, Category category, double strength) {
    return new Hit(line, rule, category, strength);
  }

  /**
   * A report of {@code text} with one sentence per line whose damage is {@code damage[line-1]}, the given
   * findings (weights 0), and the given score and verdict.
   */
  public static ArticleReport report(String id, String text, double[] damage, List<Hit> hits, double score,
      Verdict verdict) {
    List<Paragraph> paragraphs = new ArrayList<>();
    List<SentenceScore> sentences = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    int from = 0;
    List<String> lines = Lines.of(text);
    for (int i = 0; i < lines.size(); i++) {
      TextSpan span = new TextSpan(from, from + lines.get(i).length());
      paragraphs.add(new Paragraph(i, span));
      sentences.add(new SentenceScore(new Sentence(i, i, span), damage[i], damage[i], 0));
      starts.add(from);
      from += lines.get(i).length() + 1;
    }
    List<Finding> findings = new ArrayList<>();
    for (Hit h : hits) {
      int s = starts.get(h.line() - 1);
      findings.add(new Finding(h.rule(), h.category(), Severity.WARNING, new TextSpan(s, s + 1), "m", List.of(),
          0, 0, h.strength()));
    }
    return new ArticleReport(Article.of(id, "", text), paragraphs, sentences,
        findings.stream().filter(Finding::shown).toList(), score, verdict,
        findings.stream().filter(f -> !f.shown()).toList());
  }

  public static Version version(String article, Kind kind, String generator, Split split, List<Integer> changed) {
    return new Version(kind.id() + "/" + article + ".txt", article, kind, generator, split, changed);
  }

  /** Labels a synthetic report the way {@code CorpusScorer} does. */
  public static ScoredVersion scored(Version v, ArticleReport r, String cleanText) {
    return ScoredVersion.label(v, r, Lines.of(cleanText));
  }
}
