package org.garblecheck.eval;

import java.util.Arrays;

/**
 * L2-regularised logistic regression fitted by Newton's method (iteratively reweighted least squares).
 * Deterministic: no random start, no stochastic steps; the same data give the same model bit for bit.
 *
 * <p>Minimises {@code (1/W) Σ wᵢ [log(1 + e^{zᵢ}) − yᵢ zᵢ] + (λ/2) Σⱼ βⱼ²} with
 * {@code zᵢ = β₀ + Σⱼ βⱼ x̃ᵢⱼ + offsetᵢ}, where {@code x̃} are the features standardised to weighted mean 0 and
 * standard deviation 1 (so that one λ suits features of any scale); the intercept is not penalised. The
 * model is returned on the original feature scale. A feature that is constant in the data gets
 * coefficient 0. Sample weights let the caller balance the classes; offsets carry terms whose
 * coefficients are fixed.
 */
public final class LogisticRegression {
  private static final int MAX_ITERATIONS = 200;

  private LogisticRegression() {}

  /** A fitted model on the original feature scale: {@code P(y=1) = σ(bias + Σ coefficientⱼ xⱼ + offset)}. */
  public record Model(double bias, double[] coefficients) {
    public Model {
      coefficients = coefficients.clone();
    }

    @Override
    public double[] coefficients() {
      return coefficients.clone();
    }

    public double linear(double[] x) {
      double z = bias;
      for (int j = 0; j < coefficients.length; j++) {
        z += coefficients[j] * x[j];
      }
      return z;
    }

    public double probability(double[] x) {
      return sigmoid(linear(x));
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Model m && Double.compare(bias, m.bias) == 0 && Arrays.equals(coefficients, m.coefficients);
    }

    @Override
    public int hashCode() {
      return 31 * Double.hashCode(bias) + Arrays.hashCode(coefficients);
    }

    @Override
    public String toString() {
      return "Model[bias=" + bias + ", coefficients=" + Arrays.toString(coefficients) + "]";
    }
  }

  /** Fits with unit weights and no offsets. */
  public static Model fit(double[][] x, boolean[] y, double l2) {
    double[] w = new double[y.length];
    Arrays.fill(w, 1);
    return fit(x, y, w, new double[y.length], l2);
  }

  /**
   * @param x one row of features per sample (all rows the same length)
   * @param y the labels
   * @param weights sample weights, each ≥ 0, not all 0
   * @param offsets fixed additions to each sample's linear predictor
   * @param l2 the penalty λ on standardised coefficients, &gt; 0
   */
  public static Model fit(double[][] x, boolean[] y, double[] weights, double[] offsets, double l2) {
    int n = y.length;
    if (x.length != n || weights.length != n || offsets.length != n) {
      throw new IllegalArgumentException("x, y, weights and offsets must have one entry per sample");
    }
    if (!(l2 > 0)) {
      throw new IllegalArgumentException("the L2 penalty must be positive");
    }
    int d = n == 0 ? 0 : x[0].length;
    double totalWeight = 0;
    for (int i = 0; i < n; i++) {
      if (x[i].length != d) {
        throw new IllegalArgumentException("row " + i + " has " + x[i].length + " features, expected " + d);
      }
      if (!(weights[i] >= 0)) {
        throw new IllegalArgumentException("weights must not be negative");
      }
      totalWeight += weights[i];
    }
    if (!(totalWeight > 0)) {
      throw new IllegalArgumentException("no samples to fit");
    }
    double[] mean = new double[d];
    double[] sd = new double[d];
    for (int j = 0; j < d; j++) {
      double m = 0;
      for (int i = 0; i < n; i++) {
        m += weights[i] * x[i][j];
      }
      m /= totalWeight;
      double v = 0;
      for (int i = 0; i < n; i++) {
        v += weights[i] * (x[i][j] - m) * (x[i][j] - m);
      }
      mean[j] = m;
      sd[j] = Math.sqrt(v / totalWeight);
    }
    // Standardised design with a leading column of ones; constant features become all-zero columns.
    double[][] a = new double[n][d + 1];
    for (int i = 0; i < n; i++) {
      a[i][0] = 1;
      for (int j = 0; j < d; j++) {
        a[i][j + 1] = sd[j] > 1e-12 ? (x[i][j] - mean[j]) / sd[j] : 0;
      }
    }
    double[] beta = new double[d + 1];
    double loss = loss(a, y, weights, offsets, totalWeight, l2, beta);
    for (int iter = 0; iter < MAX_ITERATIONS; iter++) {
      double[] g = new double[d + 1];
      double[][] h = new double[d + 1][d + 1];
      for (int i = 0; i < n; i++) {
        double p = sigmoid(dot(a[i], beta) + offsets[i]);
        double r = weights[i] * (p - (y[i] ? 1 : 0)) / totalWeight;
        double c = weights[i] * p * (1 - p) / totalWeight;
        for (int j = 0; j <= d; j++) {
          g[j] += r * a[i][j];
          for (int k = 0; k <= d; k++) {
            h[j][k] += c * a[i][j] * a[i][k];
          }
        }
      }
      h[0][0] += 1e-12;
      for (int j = 1; j <= d; j++) {
        g[j] += l2 * beta[j];
        h[j][j] += l2;
      }
      double[] step = LinearSystem.solve(h, negate(g));
      if (step == null) {
        step = negate(g);
      }
      double t = 1;
      double[] next = null;
      double nextLoss = loss;
      for (int halving = 0; halving < 50; halving++) {
        double[] candidate = new double[d + 1];
        for (int j = 0; j <= d; j++) {
          candidate[j] = beta[j] + t * step[j];
        }
        double l = loss(a, y, weights, offsets, totalWeight, l2, candidate);
        if (l <= loss) {
          next = candidate;
          nextLoss = l;
          break;
        }
        t /= 2;
      }
      if (next == null) {
        break;
      }
      double change = 0;
      for (int j = 0; j <= d; j++) {
        change = Math.max(change, Math.abs(next[j] - beta[j]));
      }
      beta = next;
      loss = nextLoss;
      if (change < 1e-10) {
        break;
      }
    }
    double[] coef = new double[d];
    double bias = beta[0];
    for (int j = 0; j < d; j++) {
      if (sd[j] > 1e-12) {
        coef[j] = beta[j + 1] / sd[j];
        bias -= coef[j] * mean[j];
      }
    }
    return new Model(bias, coef);
  }

  private static double loss(double[][] a, boolean[] y, double[] w, double[] off, double total, double l2,
      double[] beta) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      double z = dot(a[i], beta) + off[i];
      // log(1 + e^z) − y z, computed without overflow
      double softplus = z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
      s += w[i] * (softplus - (y[i] ? z : 0));
    }
    double penalty = 0;
    for (int j = 1; j < beta.length; j++) {
      penalty += beta[j] * beta[j];
    }
    return s / total + l2 / 2 * penalty;
  }

  static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private static double[] negate(double[] v) {
    double[] o = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      o[i] = -v[i];
    }
    return o;
  }

  public static double sigmoid(double z) {
    return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
  }
}
