package org.garblecheck.eval;

/**
 * The 2×2 confusion counts of a binary decision, with the rates derived from them. A rate whose
 * denominator is zero is {@code NaN} (reported as "n/a"), never a made-up 0 or 1.
 */
public record Confusion(long tp, long fp, long tn, long fn) {
  public Confusion {
    if (tp < 0 || fp < 0 || tn < 0 || fn < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
  }

  /** Flags every score at or above {@code threshold}; positives are the damaged items. */
  public static Confusion at(double[] positives, double[] negatives, double threshold) {
    long tp = 0;
    for (double p : positives) {
      if (p >= threshold) {
        tp++;
      }
    }
    long fp = 0;
    for (double n : negatives) {
      if (n >= threshold) {
        fp++;
      }
    }
    return new Confusion(tp, fp, negatives.length - fp, positives.length - tp);
  }

  public Confusion plus(Confusion o) {
    return new Confusion(tp + o.tp, fp + o.fp, tn + o.tn, fn + o.fn);
  }

  public long positives() {
    return tp + fn;
  }

  public long negatives() {
    return fp + tn;
  }

  /** tp / (tp + fp). */
  public double precision() {
    return ratio(tp, tp + fp);
  }

  /** tp / (tp + fn), the true-positive rate. */
  public double recall() {
    return ratio(tp, tp + fn);
  }

  /** fp / (fp + tn). */
  public double falsePositiveRate() {
    return ratio(fp, fp + tn);
  }

  /** The harmonic mean of precision and recall, 2tp / (2tp + fp + fn). */
  public double f1() {
    return ratio(2 * tp, 2 * tp + fp + fn);
  }

  private static double ratio(long a, long b) {
    return b == 0 ? Double.NaN : a / (double) b;
  }
}
