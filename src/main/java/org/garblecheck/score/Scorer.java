package org.garblecheck.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.garblecheck.analysis.AnalyzedArticle;
import org.garblecheck.model.Article;
import org.garblecheck.model.ArticleReport;
import org.garblecheck.model.Category;
import org.garblecheck.model.Finding;
import org.garblecheck.model.Paragraph;
import org.garblecheck.model.Sentence;
import org.garblecheck.model.SentenceScore;
import org.garblecheck.model.Verdict;
import org.garblecheck.rule.ScoringData;

/**
 * Rolls findings up into sentence damage and an article score.
 *
 * <p>A sentence's damage on an axis is {@code 1 - Π(1 - w)} over the weights of its findings (so weak
 * signals add up and one strong signal is enough); its overall damage combines the two axes the same way.
 * Findings of categories that are not sentence damage (scraper residue, article-level signs) weigh on
 * neither axis, but a sentence with a residue finding is residue, not article text, and its overall damage
 * is 1 ({@link SentenceScore#residue()}). The damage a report shows for each sentence is then read in the
 * light of the rest of the article ({@link ArticleContext}). The article model is a logistic function of
 * {@link ArticleFeatures} of the damage before that step:
 * {@code score = 100 · (1 − σ(bias + Σ coefficient · feature)) / (1 − σ(bias))}, so that an
 * article without any finding scores 100, with the verdict from the thresholds.
 */
public final class Scorer {
  private final ScoringData data;

  public Scorer(ScoringData data) {
    this.data = data;
  }

  public ArticleReport score(AnalyzedArticle a, List<Finding> findings) {
    return score(a.article(), a.paragraphs(), a.sentences(), findings);
  }

  /**
   * Scores a report again with this scorer's model: every finding gets its weight from this scorer's
   * scoring data, then sentence damage, features, score and verdict are recomputed. No pass runs again, so
   * {@code garblecheck calibrate} can try many models on findings it collected once.
   */
  public ArticleReport rescore(ArticleReport r) {
    return score(r.article(), r.paragraphs(), r.sentences().stream().map(SentenceScore::sentence).toList(),
        reweighted(r.allFindings()));
  }

  /** The findings with their weights from this scorer's scoring data. */
  private List<Finding> reweighted(List<Finding> all) {
    List<Finding> out = new ArrayList<>(all.size());
    for (Finding f : all) {
      ScoringData.Weight w = data.weightOf(f.ruleId(), f.category());
      out.add(f.withWeights(w.mt(), w.spin()));
    }
    return out;
  }

  private ArticleReport score(Article article, List<Paragraph> paragraphs, List<Sentence> sentences,
      List<Finding> findings) {
    List<SentenceScore> raw = damage(sentences, findings);
    List<Finding> shown = findings.stream().filter(Finding::shown).toList();
    List<Finding> evidence = findings.stream().filter(f -> !f.shown()).toList();
    double score = articleScore(ArticleFeatures.of(raw, shown, data.damagedSentence()));
    List<SentenceScore> inContext = ArticleContext.apply(raw, data.context());
    return new ArticleReport(article, paragraphs, inContext, shown, score, verdict(score), evidence);
  }

  /**
   * The article features of a report scored with this scorer's model: its findings weighed as
   * {@link #rescore} weighs them, the sentence damage taken before the article's context (as the article
   * score is computed).
   */
  public Map<String, Double> features(ArticleReport r) {
    List<Finding> all = reweighted(r.allFindings());
    List<Sentence> sentences = r.sentences().stream().map(SentenceScore::sentence).toList();
    return ArticleFeatures.of(damage(sentences, all), all.stream().filter(Finding::shown).toList(),
        data.damagedSentence());
  }

  /** Each sentence's damage from its own findings. */
  private static List<SentenceScore> damage(List<Sentence> sentences, List<Finding> findings) {
    int n = sentences.size();
    double[] keepMt = new double[n];
    double[] keepSpin = new double[n];
    boolean[] residue = new boolean[n];
    java.util.Arrays.fill(keepMt, 1);
    java.util.Arrays.fill(keepSpin, 1);
    // one fixed order, so that the products come out the same to the last bit however the findings were
    // listed (as found, or shown then evidence when a report is rescored)
    for (Finding f : findings.stream().sorted(Finding.ORDER).toList()) {
      int i = sentenceIndexAt(sentences, f.start());
      if (i < 0) {
        continue;
      }
      if (f.category() == Category.RESIDUE) {
        residue[i] = true;
      }
      if (!f.category().countsAsSentenceDamage()) {
        continue;
      }
      keepMt[i] *= 1 - f.mt();
      keepSpin[i] *= 1 - f.spin();
    }
    List<SentenceScore> scores = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      scores.add(SentenceScore.of(sentences.get(i), 1 - keepMt[i], 1 - keepSpin[i], residue[i]));
    }
    return scores;
  }

  /** The sentence containing an offset, or the last sentence that starts before it; -1 if none. */
  public static int sentenceIndexAt(List<Sentence> sentences, int offset) {
    return Sentence.indexAt(sentences, offset);
  }

  public ScoringData data() {
    return data;
  }

  public double articleScore(Map<String, Double> features) {
    double z = data.bias();
    for (var e : data.coefficients().entrySet()) {
      z += e.getValue() * features.getOrDefault(e.getKey(), 0.0);
    }
    double p = 1 / (1 + Math.exp(-z));
    // rescaled so that an article with no damage at all (every feature 0) scores exactly 100
    double p0 = 1 / (1 + Math.exp(-data.bias()));
    double score = 100 * Math.max(0, 1 - p) / (1 - p0);
    return Math.round(10 * Math.min(100, score)) / 10.0;
  }

  public Verdict verdict(double score) {
    if (score >= data.cleanAtLeast()) {
      return Verdict.CLEAN;
    }
    return score < data.garbledBelow() ? Verdict.GARBLED : Verdict.SUSPECT;
  }
}
