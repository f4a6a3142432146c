package org.garblecheck.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RocTest {
  @Test
  void aucCountsTiesAsHalf() {
    // Pairs (pos, neg): (.8,.6)=1 (.8,.2)=1 (.6,.6)=½ (.6,.2)=1 (.4,.6)=0 (.4,.2)=1 → 4.5 / 6
    assertEquals(0.75, Roc.auc(new double[] {0.8, 0.6, 0.4}, new double[] {0.6, 0.2}), 1e-12);
  }

  @Test
  void aucOfPerfectAndInvertedRankings() {
    assertEquals(1.0, Roc.auc(new double[] {3, 4}, new double[] {1, 2}), 1e-12);
    assertEquals(0.0, Roc.auc(new double[] {1, 2}, new double[] {3, 4}), 1e-12);
  }

  @Test
  void aucOfAllTiedScoresIsChance() {
    assertEquals(0.5, Roc.auc(new double[] {7, 7, 7}, new double[] {7, 7}), 1e-12);
  }

  @Test
  void aucWithTiesAmongPositivesOnly() {
    // Positives 5,5 both beat negatives 1 and 5? (5,1)=1 twice, (5,5)=½ twice → 3 / 4
    assertEquals(0.75, Roc.auc(new double[] {5, 5}, new double[] {1, 5}), 1e-12);
  }

  @Test
  void aucIsUndefinedWithoutPositivesOrNegatives() {
    assertTrue(Double.isNaN(Roc.auc(new double[] {}, new double[] {1})));
    assertTrue(Double.isNaN(Roc.auc(new double[] {1}, new double[] {})));
  }

  @Test
  void recallAtFalsePositiveRate() {
    double[] pos = {0.95, 0.8, 0.6, 0.5, 0.2};
    double[] neg = {0.9, 0.5, 0.3, 0.1};
    // At most 1 of 4 negatives may be flagged: threshold 0.6 flags .9 only (FPR ¼) and .95,.8,.6 (recall 3/5).
    Roc.OperatingPoint p = Roc.recallAtFpr(pos, neg, 0.25);
    assertEquals(0.6, p.threshold(), 1e-12);
    assertEquals(0.6, p.recall(), 1e-12);
    assertEquals(0.25, p.fpr(), 1e-12);
    // No negative may be flagged: threshold 0.95, recall 1/5.
    Roc.OperatingPoint strict = Roc.recallAtFpr(pos, neg, 0.0);
    assertEquals(0.95, strict.threshold(), 1e-12);
    assertEquals(0.2, strict.recall(), 1e-12);
    assertEquals(0.0, strict.fpr(), 1e-12);
    // Half the negatives allowed: threshold 0.5 flags the tied pair (.5 pos and .5 neg) together.
    Roc.OperatingPoint loose = Roc.recallAtFpr(pos, neg, 0.5);
    assertEquals(0.5, loose.threshold(), 1e-12);
    assertEquals(0.8, loose.recall(), 1e-12);
    assertEquals(0.5, loose.fpr(), 1e-12);
  }

  @Test
  void recallAtFalsePositiveRateWhenTheTopScoreIsANegative() {
    Roc.OperatingPoint p = Roc.recallAtFpr(new double[] {0.5, 0.4}, new double[] {0.9, 0.1}, 0.0);
    assertEquals(Double.POSITIVE_INFINITY, p.threshold());
    assertEquals(0.0, p.recall(), 1e-12);
    assertEquals(0.0, p.fpr(), 1e-12);
  }
}
