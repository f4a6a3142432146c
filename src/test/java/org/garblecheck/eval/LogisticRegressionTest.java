package org.garblecheck.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LogisticRegressionTest {
  // x = 0: 1 of 4 damaged; x = 1: 3 of 4 damaged. The maximum-likelihood model is exact:
  // bias = logit(1/4) = −ln 3, coefficient = logit(3/4) − logit(1/4) = ln 9.
  private static final double[][] X = {{0}, {0}, {0}, {0}, {1}, {1}, {1}, {1}};
  private static final boolean[] Y = {true, false, false, false, true, true, true, false};

  @Test
  void nearlyUnpenalisedFitIsTheMaximumLikelihoodSolution() {
    LogisticRegression.Model m = LogisticRegression.fit(X, Y, 1e-9);
    assertEquals(-Math.log(3), m.bias(), 1e-5);
    assertEquals(Math.log(9), m.coefficients()[0], 1e-5);
    assertEquals(0.75, m.probability(new double[] {1}), 1e-6);
  }

  @Test
  void strongPenaltyShrinksTowardTheBaseRate() {
    LogisticRegression.Model m = LogisticRegression.fit(X, Y, 1e6);
    assertEquals(0.0, m.coefficients()[0], 1e-4);
    assertEquals(0.5, m.probability(new double[] {0.5}), 1e-4);
  }

  @Test
  void sampleWeightCountsLikeARepeatedRow() {
    double[][] x = {{0}, {0}, {1}, {1}, {1}};
    boolean[] y = {true, false, true, false, false};
    double[][] repeated = {{0}, {0}, {1}, {1}, {1}, {1}};
    boolean[] yRepeated = {true, false, true, true, false, false};
    LogisticRegression.Model weighted =
        LogisticRegression.fit(x, y, new double[] {1, 1, 2, 1, 1}, new double[5], 0.1);
    LogisticRegression.Model plain = LogisticRegression.fit(repeated, yRepeated, 0.1);
    assertEquals(plain.bias(), weighted.bias(), 1e-8);
    assertEquals(plain.coefficients()[0], weighted.coefficients()[0], 1e-8);
  }

  @Test
  void anOffsetIsKeptOutOfTheFittedBias() {
    double[] offsets = new double[8];
    java.util.Arrays.fill(offsets, 2.0);
    LogisticRegression.Model m = LogisticRegression.fit(X, Y, weights(8), offsets, 1e-9);
    assertEquals(-Math.log(3) - 2.0, m.bias(), 1e-5);
    assertEquals(Math.log(9), m.coefficients()[0], 1e-5);
  }

  @Test
  void aConstantFeatureGetsNoWeight() {
    double[][] x = {{0, 5}, {0, 5}, {1, 5}, {1, 5}};
    boolean[] y = {false, true, true, true};
    LogisticRegression.Model m = LogisticRegression.fit(x, y, 0.01);
    assertEquals(0.0, m.coefficients()[1], 0.0);
    assertTrue(m.coefficients()[0] > 0);
  }

  @Test
  void sameDataSameModelBitForBit() {
    LogisticRegression.Model a = LogisticRegression.fit(X, Y, 0.3);
    LogisticRegression.Model b = LogisticRegression.fit(X, Y, 0.3);
    assertEquals(a.bias(), b.bias(), 0.0);
    assertArrayEquals(a.coefficients(), b.coefficients(), 0.0);
  }

  private static double[] weights(int n) {
    double[] w = new double[n];
    java.util.Arrays.fill(w, 1);
    return w;
  }
}
