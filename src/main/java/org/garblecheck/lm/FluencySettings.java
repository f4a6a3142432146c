package org.garblecheck.lm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * How {@link FluencyPass} turns surprisal into a finding, read from {@code /models/fluency.properties}
 * (source: {@code corpus/models/fluency.properties}, where the numbers and how they were chosen are
 * written down). A sentence's score is {@code word · excess word bits + pos · excess POS bits} per token;
 * it is disfluent when the score exceeds {@code base + slope / √n} for its {@code n} word tokens (short
 * sentences vary more), and only sentences of at least {@code minTokens} tokens are judged.
 */
public record FluencySettings(double word, double pos, double base, double slope, int minTokens, int window) {

  public double score(SentenceSurprisal s) {
    return word * s.wordExcessPerToken() + pos * s.posExcessPerToken();
  }

  public double threshold(int tokens) {
    return base + slope / Math.sqrt(Math.max(1, tokens));
  }

  public static FluencySettings bundled() {
    try (InputStream in = FluencySettings.class.getResourceAsStream("/models/fluency.properties")) {
      if (in == null) {
        throw new IOException("the jar has no /models/fluency.properties");
      }
      Properties p = new Properties();
      p.load(in);
      return new FluencySettings(d(p, "score.word"), d(p, "score.pos"), d(p, "threshold.base"),
          d(p, "threshold.slope"), (int) d(p, "min.tokens"), (int) d(p, "span.window"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the fluency settings", e);
    }
  }

  private static double d(Properties p, String key) {
    String v = p.getProperty(key);
    if (v == null) {
      throw new IllegalStateException("fluency.properties lacks '" + key + "'");
    }
    return Double.parseDouble(v.trim());
  }
}
