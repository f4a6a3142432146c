package org.garblecheck.lm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * How {@link FluencyPass} turns the {@link WordingModel}'s log-odds into an {@code MT_WORDING} finding, read
 * from {@code /models/wording.properties} (source: {@code corpus/models/wording.properties}, where the
 * numbers and how they were chosen are written down). A sentence of at least {@code minTokens} word tokens
 * is reported when its log-odds reach {@code floor}; the finding's strength rises linearly from
 * {@code minStrength} at the floor to 1 at {@code full}, so a sentence the model is sure of weighs as a full
 * finding and one just over the floor as a fraction of one.
 */
public record WordingSettings(double floor, double full, double minStrength, int minTokens) {

  public boolean reported(double logit, int tokens) {
    return tokens >= minTokens && logit >= floor;
  }

  public double strength(double logit) {
    double t = (logit - floor) / Math.max(1e-9, full - floor);
    return Math.max(minStrength, Math.min(1, minStrength + (1 - minStrength) * t));
  }

  public static WordingSettings bundled() {
    try (InputStream in = WordingSettings.class.getResourceAsStream("/models/wording.properties")) {
      if (in == null) {
        throw new IOException("the jar has no /models/wording.properties");
      }
      Properties p = new Properties();
      p.load(in);
      return new WordingSettings(d(p, "floor"), d(p, "full"), d(p, "strength.min"), (int) d(p, "min.tokens"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the wording settings", e);
    }
  }

  private static double d(Properties p, String key) {
    String v = p.getProperty(key);
    if (v == null) {
      throw new IllegalStateException("wording.properties lacks '" + key + "'");
    }
    return Double.parseDouble(v.trim());
  }
}
