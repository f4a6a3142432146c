package org.garblecheck.lm;

import java.util.List;
import java.util.Locale;
import org.garblecheck.analysis.AnalyzedArticle;
import org.garblecheck.model.Category;
import org.garblecheck.model.Severity;
import org.garblecheck.pass.FindingSink;
import org.garblecheck.pass.Pass;

/**
 * Sentences that the model of fluent English finds far more surprising than fluent text of their length:
 * word combinations and word orders that English does not use, whatever the words. The finding spans the
 * worst few-token window (the local spike), so an editor sees where to look; the message gives the
 * sentence's score against the threshold. See {@link FluencySettings} for the numbers.
 */
public final class FluencyPass implements Pass {
  public static final String RULE_ID = "LM_DISFLUENT";
  private final FluencyModel model;
  private final FluencySettings settings;

  public FluencyPass(FluencyModel model, FluencySettings settings) {
    this.model = model;
    this.settings = settings;
  }

  /** The pass with the bundled model and settings, for {@code StandardPasses}. */
  public static org.garblecheck.pass.PassFactory factory() {
    return (lt, rules) -> new FluencyPass(FluencyModel.bundled(), FluencySettings.bundled());
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
      sink.report(RULE_ID, Category.FLUENCY, Severity.WARNING, a.inArticle(i, start, end),
          String.format(Locale.ROOT, "Unusual wording for fluent English (%.2f bits per word above the"
              + " model's expectation, threshold %.2f); the words around “%s” read like machine translation"
              + " or spinning.", score, threshold, text.substring(start, end)),
          List.of());
    }
  }
}
