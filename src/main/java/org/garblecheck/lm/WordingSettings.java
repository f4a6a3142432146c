package org.garblecheck.lm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * How {@link FluencyPass} turns the {@link WordingModel}'s log-odds into an {@code MT_WORDING} finding, read
 * from {@code /models/wording.properties} (source: {@code corpus/models/wording.properties}, where the
 * numbers and how they were chosen are written down). The finding's strength is
 * {@code σ((logit − center) / scale)}: a sentence the model is sure of weighs as a full finding, one it
 * doubts as a small fraction of one. Sentences of at least {@code minTokens} word tokens whose strength
 * reaches {@code minStrength} are reported; those under {@link org.garblecheck.model.Finding#SHOWN_AT} are
 * evidence that counts toward sentence damage without being shown.
 */
public record WordingSettings(double center, double scale, double minStrength, int minTokens) {

  public boolean reported(double logit, int tokens) {
    return tokens >= minTokens && strength(logit) >= minStrength;
  }

  public double strength(double logit) {
    return WordingModel.sigmoid((logit - center) / scale);
  }

  public static WordingSettings bundled() {
    return bundled("wording.properties");
  }

  /** Settings bundled under {@code /models/}. */
  public static WordingSettings bundled(String file) {
    try (InputStream in = WordingSettings.class.getResourceAsStream("/models/" + file)) {
      if (in == null) {
        throw new IOException("the jar has no /models/" + file);
      }
      Properties p = new Properties();
      p.load(in);
      return new WordingSettings(d(p, "center"), d(p, "scale"), d(p, "strength.min"), (int) d(p, "min.tokens"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the settings " + file, e);
    }
  }

  private static double d(Properties p, String key) {
    String v = p.getProperty(key);
    if (v == null) {
      throw new IllegalStateException("model settings lack '" + key + "'");
    }
    return Double.parseDouble(v.trim());
  }
}
