package org.garblecheck.eval;

import java.util.Arrays;

/**
 * Ranking metrics for a detector that gives higher scores to damaged items: the area under the ROC curve
 * and the best recall reachable at a bounded false-positive rate. Pure arithmetic, no dependency on the
 * pipeline.
 */
public final class Roc {
  private Roc() {}

  /**
   * The ROC AUC as the Mann–Whitney statistic: the probability that a random positive scores above a random
   * negative, ties counting one half. Computed from average ranks, so it is exact with ties. {@code NaN}
   * when either side is empty.
   */
  public static double auc(double[] positives, double[] negatives) {
    int np = positives.length;
    int nn = negatives.length;
    if (np == 0 || nn == 0) {
      return Double.NaN;
    }
    double[] all = new double[np + nn];
    System.arraycopy(positives, 0, all, 0, np);
    System.arraycopy(negatives, 0, all, np, nn);
    double[] sorted = all.clone();
    Arrays.sort(sorted);
    double rankSumPositives = 0;
    for (double p : positives) {
      rankSumPositives += averageRank(sorted, p);
    }
    double u = rankSumPositives - np * (np + 1) / 2.0;
    return u / ((double) np * nn);
  }

  /** 1-based average rank of {@code v} among the sorted values (ties share the mean of their ranks). */
  private static double averageRank(double[] sorted, double v) {
    int lo = lowerBound(sorted, v);
    int hi = upperBound(sorted, v);
    return (lo + 1 + hi) / 2.0;
  }

  /**
   * The operating point with the highest recall whose false-positive rate is at most {@code maxFpr}, flagging
   * items whose score is at least the threshold. Only thresholds at observed scores are considered (a
   * threshold cannot split tied scores); when even the highest score breaks the bound the threshold is
   * {@code +∞} and nothing is flagged.
   */
  public static OperatingPoint recallAtFpr(double[] positives, double[] negatives, double maxFpr) {
    double[] neg = negatives.clone();
    Arrays.sort(neg);
    double[] pos = positives.clone();
    Arrays.sort(pos);
    double[] candidates = new double[pos.length + neg.length];
    System.arraycopy(pos, 0, candidates, 0, pos.length);
    System.arraycopy(neg, 0, candidates, pos.length, neg.length);
    Arrays.sort(candidates);
    // The lowest admissible threshold gives the highest recall; FPR only falls as the threshold rises.
    for (double t : candidates) {
      double fpr = neg.length == 0 ? 0 : countAtLeast(neg, t) / (double) neg.length;
      if (fpr <= maxFpr) {
        double recall = pos.length == 0 ? Double.NaN : countAtLeast(pos, t) / (double) pos.length;
        return new OperatingPoint(t, recall, fpr);
      }
    }
    return new OperatingPoint(Double.POSITIVE_INFINITY, pos.length == 0 ? Double.NaN : 0, 0);
  }

  /** A threshold (flag when score ≥ threshold) with the recall and false-positive rate it gives. */
  public record OperatingPoint(double threshold, double recall, double fpr) {}

  static int countAtLeast(double[] sorted, double t) {
    return sorted.length - lowerBound(sorted, t);
  }

  private static int lowerBound(double[] sorted, double v) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < v) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static int upperBound(double[] sorted, double v) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= v) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
