package org.garblecheck.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NoisyOrRegressionTest {
  /** {@code n} rows of {@code counts}, the first {@code damaged} of them labelled damaged. */
  private static void rows(double[][] x, boolean[] y, int from, int n, int damaged, double... counts) {
    for (int i = 0; i < n; i++) {
      x[from + i] = counts.clone();
      y[from + i] = i < damaged;
    }
  }

  @Test
  void recoversLeakAndWeightFromTwoGroups() {
    // No finding: 1 of 10 damaged, so the leak is 0.1. One finding: 8 of 10 damaged, so
    // 1 − 0.9·(1 − w) = 0.8 and w = 1 − 0.2/0.9 = 7/9.
    double[][] x = new double[20][];
    boolean[] y = new boolean[20];
    rows(x, y, 0, 10, 1, 0);
    rows(x, y, 10, 10, 8, 1);
    NoisyOrRegression.Model m = NoisyOrRegression.fit(x, y, new double[20], new double[] {0}, 1e-9);
    assertEquals(0.1, m.leak(), 1e-6);
    assertEquals(7.0 / 9, m.weight(0), 1e-6);
  }

  @Test
  void aKindTheDataNeverShowsKeepsItsPrior() {
    double[][] x = new double[20][];
    boolean[] y = new boolean[20];
    rows(x, y, 0, 10, 1, 0, 0);
    rows(x, y, 10, 10, 8, 1, 0);
    double prior = NoisyOrRegression.theta(0.4);
    NoisyOrRegression.Model m = NoisyOrRegression.fit(x, y, new double[20], new double[] {0, prior}, 0.01);
    assertEquals(0.4, m.weight(1), 1e-9);
  }

  @Test
  void aKindThatFiresOnlyOnCleanRowsGetsWeightZeroNotNegative() {
    double[][] x = new double[20][];
    boolean[] y = new boolean[20];
    rows(x, y, 0, 10, 5, 0);
    rows(x, y, 10, 10, 0, 1);
    NoisyOrRegression.Model m = NoisyOrRegression.fit(x, y, new double[20], new double[] {0.5}, 1e-6);
    assertEquals(0.0, m.weight(0), 0.0);
  }

  @Test
  void anOffsetExplainsPartOfTheDamage() {
    // Every row carries a fixed θ of −ln 0.5 (a finding of weight 0.5 that is not fitted). Rows with one
    // fitted finding are damaged 8 of 10: 1 − (1 − leak)·0.5·(1 − w) = 0.8; rows without, 6 of 10:
    // 1 − (1 − leak)·0.5 = 0.6, so leak = 0.2 and w = 1 − 0.2/0.4 = 0.5.
    double[][] x = new double[20][];
    boolean[] y = new boolean[20];
    rows(x, y, 0, 10, 6, 0);
    rows(x, y, 10, 10, 8, 1);
    double[] offsets = new double[20];
    java.util.Arrays.fill(offsets, Math.log(2));
    NoisyOrRegression.Model m = NoisyOrRegression.fit(x, y, offsets, new double[] {0}, 1e-9);
    assertEquals(0.2, m.leak(), 1e-6);
    assertEquals(0.5, m.weight(0), 1e-6);
  }

  @Test
  void aBoundedWeightStaysAtItsBoundAndTheOthersAreFittedAroundIt() {
    // kind 0 alone: 9 of 10 damaged; kinds 0 and 1 together: 9 of 10. Unbounded, kind 0 explains both
    // groups and kind 1 gets (almost) nothing; held at 0.5, kind 0 leaves damage that kind 1 takes up.
    double[][] x = new double[30][];
    boolean[] y = new boolean[30];
    rows(x, y, 0, 10, 1, 0, 0);
    rows(x, y, 10, 10, 9, 1, 0);
    rows(x, y, 20, 10, 9, 1, 1);
    NoisyOrRegression.Model free = NoisyOrRegression.fit(x, y, new double[30], new double[] {0, 0}, 1e-9);
    NoisyOrRegression.Model held = NoisyOrRegression.fit(x, y, new double[30], new double[] {0, 0}, 1e-9,
        new double[] {0.5, 1});
    assertTrue(free.weight(0) > 0.85 && free.weight(1) < 0.05, free.toString());
    assertEquals(0.5, held.weight(0), 1e-9);
    assertTrue(held.weight(1) > 0.5, held.toString());
  }

  @Test
  void weightBoundsOutsideZeroToOneAreRefused() {
    double[][] x = {{1}, {0}};
    boolean[] y = {true, false};
    assertThrows(IllegalArgumentException.class,
        () -> NoisyOrRegression.fit(x, y, new double[2], new double[] {0}, 0.01, new double[] {0}));
    assertThrows(IllegalArgumentException.class,
        () -> NoisyOrRegression.fit(x, y, new double[2], new double[] {0}, 0.01, new double[] {0.5, 0.5}));
  }
}
