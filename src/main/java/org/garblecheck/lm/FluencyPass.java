package org.garblecheck.lm;

import java.util.List;
import java.util.Locale;
import org.garblecheck.analysis.AnalyzedArticle;
import org.garblecheck.model.Category;
import org.garblecheck.model.Severity;
import org.garblecheck.pass.FindingSink;
import org.garblecheck.pass.Pass;

/**
 * Two judgements of a sentence from the statistical models of English, on one scoring of it:
 *
 * <ul>
 *   <li>{@code LM_DISFLUENT}: the n-gram model of fluent English finds the sentence far more surprising than
 *       fluent text of its length: word combinations and word orders that English does not use, whatever
 *       the words. The finding spans the worst few-token window (the local spike), so an editor sees where
 *       to look; the message gives the sentence's score against the threshold ({@link FluencySettings}).
 *       Severity info: a statistical hint for the editor, not a certain error.
 *   <li>{@code MT_WORDING}: the {@link WordingModel}, trained on fluent English against its own
 *       machine-translation round trips, finds the sentence built the way translated text is. The finding
 *       spans the sentence and is graded: its strength grows with the model's log-odds
 *       ({@link WordingSettings}).
 * </ul>
 */
public final class FluencyPass implements Pass {
  public static final String RULE_ID = "LM_DISFLUENT";
  public static final String WORDING_RULE_ID = "MT_WORDING";
  private final FluencyModel model;
  private final FluencySettings settings;
  private final WordingModel wording;
  private final WordingFeatures features;
  private final WordingSettings wordingSettings;

  public FluencyPass(FluencyModel model, FluencySettings settings) {
    this(model, settings, null, null);
  }

  /** With the wording model too ({@code null} for none). */
  public FluencyPass(FluencyModel model, FluencySettings settings, WordingModel wording,
      WordingSettings wordingSettings) {
    this.model = model;
    this.settings = settings;
    this.wording = wording;
    this.features = wording == null ? null : new WordingFeatures(model);
    this.wordingSettings = wordingSettings;
  }

  /** The pass with the bundled models and settings, for {@code StandardPasses}. */
  public static org.garblecheck.pass.PassFactory factory() {
    return (lt, rules) -> new FluencyPass(FluencyModel.bundled(), FluencySettings.bundled(),
        WordingModel.bundled(), WordingSettings.bundled());
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
      if (wording != null) {
        wording(a, i, s, sink);
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

  private void wording(AnalyzedArticle a, int i, SentenceSurprisal s, FindingSink sink) {
    String text = a.analyzed().get(i).getText();
    double logit = wording.logit(features.of(text, a.analyzed().get(i), s));
    if (!wordingSettings.reported(logit, s.tokens().size())) {
      return;
    }
    int start = s.tokens().get(0).start();
    int end = s.tokens().get(s.tokens().size() - 1).end();
    double p = WordingModel.sigmoid(logit);
    sink.report(WORDING_RULE_ID, Category.FLUENCY, Severity.INFO, a.inArticle(i, start, end),
        String.format(Locale.ROOT, "This sentence is built the way machine-translated text is (word order,"
            + " prepositions and articles; model probability %.2f): compare it with the original or rewrite it.",
            p),
        List.of(), wordingSettings.strength(logit));
  }
}
