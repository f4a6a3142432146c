package org.garblecheck.report;

import java.util.Locale;

/** Number formatting for reports: always {@code Locale.ROOT}, fixed decimals, so output is stable. */
final class Numbers {
  private Numbers() {}

  static String fixed(double v, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", v);
  }

  /** Rounds to a fixed number of decimals for JSON, so that tiny floating-point noise never shows. */
  static double round(double v, int decimals) {
    double f = Math.pow(10, decimals);
    return Math.round(v * f) / f;
  }
}
