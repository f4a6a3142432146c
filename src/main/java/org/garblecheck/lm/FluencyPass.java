package org.garblecheck.lm;

import java.util.List;
import java.util.Locale;
import org.garblecheck.analysis.AnalyzedArticle;
import org.garblecheck.model.Category;
import org.garblecheck.model.Severity;
import org.garblecheck.pass.FindingSink;
import org.garblecheck.pass.Pass;
import org.languagetool.AnalyzedSentence;

/**
 * Judgements of a sentence from the statistical models of English, on one scoring of it:
 *
 * <ul>
 *   <li>{@code LM_DISFLUENT}: the n-gram model of fluent English finds the sentence far more surprising than
 *       fluent text of its length: word combinations and word orders that English does not use, whatever
 *       the words. The finding spans the worst few-token window (the local spike), so an editor sees where
 *       to look; the message gives the sentence's score against the threshold ({@link FluencySettings}).
 *       Severity info: a statistical hint for the editor, not a certain error.
 *   <li>Sentence models ({@link Judge}), each giving a graded finding whose strength grows with the model's
 *       log-odds ({@link WordingSettings}): {@code MT_WORDING}, over {@link WordingFeatures}, trained on
 *       fluent English against its own machine-translation round trips, finds the sentence built the way
 *       translated text is and spans the sentence; {@code GRAMMAR_WORDING}, trained on the same
 *       fluent English against copies with grammatical slips (articles, prepositions, agreement, verb and
 *       noun forms, word order: {@code corpus/scripts/grammar-slips.py}), finds a sentence whose grammar
 *       has slipped, word by word ({@link SlipWindows}), and points at the words.
 * </ul>
 */
public final class FluencyPass implements Pass {
  public static final String RULE_ID = "LM_DISFLUENT";
  public static final String WORDING_RULE_ID = "MT_WORDING";
  public static final String GRAMMAR_RULE_ID = "GRAMMAR_WORDING";

  /**
   * A sentence model, the rule it reports and its message ({@code %.2f} takes the model's probability):
   * over {@link WordingFeatures} of the whole sentence (the finding spans the sentence), or over
   * {@link SlipWindows} when {@code windows} (the finding spans the words the model points at).
   */
  public record Judge(String ruleId, WordingModel model, WordingSettings settings, String message,
      boolean windows) {
    /** The machine-translated-wording model, bundled. */
    public static Judge translated() {
      return new Judge(WORDING_RULE_ID, WordingModel.bundled(), WordingSettings.bundled(),
          "This sentence is built the way machine-translated text is (word order, prepositions and articles;"
              + " model probability %.2f): compare it with the original or rewrite it.", false);
    }

    /** The grammatical-slip model, bundled. */
    public static Judge grammar() {
      return new Judge(GRAMMAR_RULE_ID,
          WordingModel.bundled(GRAMMAR_MODEL, SlipWindows.HASHED, SlipWindows.DENSE.size()),
          WordingSettings.bundled(GRAMMAR_SETTINGS),
          "The grammar slips here (an article, a preposition, a verb or noun form, agreement or word order;"
              + " model probability %.2f): read the sentence again.", true);
    }
  }

  static final String GRAMMAR_MODEL = "grammar-wording.bin.gz";
  static final String GRAMMAR_SETTINGS = "grammar-wording.properties";
  private final FluencyModel model;
  private final FluencySettings settings;
  private final List<Judge> judges;
  private final WordingFeatures features;

  public FluencyPass(FluencyModel model, FluencySettings settings) {
    this(model, settings, List.of());
  }

  /** With sentence models too (none for an empty list). */
  public FluencyPass(FluencyModel model, FluencySettings settings, List<Judge> judges) {
    this.model = model;
    this.settings = settings;
    this.judges = List.copyOf(judges);
    this.features = new WordingFeatures(model);
  }

  /** The pass with the bundled models and settings, for {@code StandardPasses}. */
  public static org.garblecheck.pass.PassFactory factory() {
    return (lt, rules) -> new FluencyPass(FluencyModel.bundled(), FluencySettings.bundled(),
        List.of(Judge.translated(), Judge.grammar()));
  }

  @Override
  public String name() {
    return "fluency";
  }

  @Override
  public void run(AnalyzedArticle a, FindingSink sink) {
    for (int i = 0; i < a.sentences().size(); i++) {
      String text = a.analyzed().get(i).getText();
      SentenceSurprisal s = model.score(text, a.analyzed().get(i));
      int n = s.tokens().size();
      if (!judges.isEmpty()) {
        judge(a, i, s, sink);
      }
      if (n < settings.minTokens()) {
        continue;
      }
      double score = settings.score(s);
      double threshold = settings.threshold(n);
      if (score <= threshold) {
        continue;
      }
      int w = Math.min(settings.window(), n);
      int from = s.worstWindowStart(w);
      int start = s.tokens().get(from).start();
      int end = s.tokens().get(from + w - 1).end();
      // info, as the sentence models' findings: a statistical hint, which the calibrated scoring model
      // currently gives no weight of its own (MT_WORDING carries the same evidence)
      sink.report(RULE_ID, Category.FLUENCY, Severity.INFO, a.inArticle(i, start, end),
          String.format(Locale.ROOT, "Unusual wording for fluent English (%.2f bits per word above the"
              + " model's expectation, threshold %.2f); the words around “%s” read like machine translation"
              + " or spinning.", score, threshold, text.substring(start, end)),
          List.of());
    }
  }

  private void judge(AnalyzedArticle a, int i, SentenceSurprisal s, FindingSink sink) {
    AnalyzedSentence analyzed = a.analyzed().get(i);
    WordingFeatures.Vector sentence = null;
    int start = s.tokens().isEmpty() ? 0 : s.tokens().get(0).start();
    int end = s.tokens().isEmpty() ? 0 : s.tokens().get(s.tokens().size() - 1).end();
    for (Judge j : judges) {
      if (s.tokens().size() < j.settings().minTokens()) {
        continue;
      }
      double logit;
      int from = start;
      int to = end;
      if (j.windows()) {
        SlipWindows.Judgement w = SlipWindows.judge(j.model(), analyzed, s);
        if (w == null) {
          continue;
        }
        logit = w.logit();
        from = w.start();
        to = w.end();
      } else {
        if (sentence == null) {
          sentence = features.of(analyzed.getText(), analyzed, s);
        }
        logit = j.model().logit(sentence);
      }
      if (!j.settings().reported(logit, s.tokens().size())) {
        continue;
      }
      sink.report(j.ruleId(), Category.FLUENCY, Severity.INFO, a.inArticle(i, from, to),
          String.format(Locale.ROOT, j.message(), WordingModel.sigmoid(logit)), List.of(),
          j.settings().strength(logit));
    }
  }
}
