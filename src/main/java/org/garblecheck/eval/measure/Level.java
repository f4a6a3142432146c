package org.garblecheck.eval.measure;

import org.garblecheck.eval.Confusion;
import org.garblecheck.eval.Roc;

/**
 * The numbers at one level (articles, paragraphs or sentences) for one group: how many damaged and clean
 * items, the ROC AUC of their damage scores, the confusion counts at the shipped threshold, and the best
 * recall at a false-positive rate of at most 1%.
 */
public record Level(int positives, int negatives, double auc, Confusion atThreshold, Roc.OperatingPoint atOnePercent) {
  public static final double MAX_FPR = 0.01;

  /** Scores: higher = more damaged; {@code flaggedPositives}/{@code flaggedNegatives}: at the shipped threshold. */
  static Level of(double[] positives, double[] negatives, long flaggedPositives, long flaggedNegatives) {
    Confusion c = new Confusion(flaggedPositives, flaggedNegatives, negatives.length - flaggedNegatives,
        positives.length - flaggedPositives);
    return new Level(positives.length, negatives.length, Roc.auc(positives, negatives), c,
        Roc.recallAtFpr(positives, negatives, MAX_FPR));
  }
}
