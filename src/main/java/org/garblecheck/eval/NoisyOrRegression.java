package org.garblecheck.eval;

import java.util.Arrays;

/**
 * Fits the weights of a noisy-OR model, the model the scorer uses for sentence damage: every finding
 * independently "explains" the damage with probability {@code w} of its kind, so
 * {@code P(damaged) = 1 − (1 − leak) · Π (1 − wⱼ)^{countⱼ}}. With {@code θ = −log(1 − w)} this is
 * {@code P(clean) = exp(−η)}, {@code η = θ₀ + Σ countⱼ θⱼ + offset}, a generalised linear model whose negative
 * log-likelihood is convex in θ.
 *
 * <p>Minimises {@code (1/n) Σ [yᵢ ? −log(1 − e^{−ηᵢ}) : ηᵢ] + (λ/2) Σⱼ (θⱼ − priorⱼ)²} subject to θ ≥ 0 (and
 * θ₀ ≥ 10⁻⁶) by projected Newton steps with backtracking. The penalty pulls each weight toward a prior
 * value (the hand-set weight), so a kind of finding the data never shows keeps its prior instead of
 * dropping to 0, while kinds the data show often are set by the data. The leak θ₀ absorbs damage that no
 * finding explains; the scorer has no leak term, so only the θⱼ are used. Deterministic.
 */
public final class NoisyOrRegression {
  private static final int MAX_ITERATIONS = 500;
  private static final double MIN_LEAK = 1e-6;

  private NoisyOrRegression() {}

  /** Fitted parameters: {@code leak = 1 − e^{−θ₀}} and one weight {@code wⱼ = 1 − e^{−θⱼ}} per column. */
  public record Model(double leakTheta, double[] thetas) {
    public Model {
      thetas = thetas.clone();
    }

    @Override
    public double[] thetas() {
      return thetas.clone();
    }

    public double leak() {
      return -Math.expm1(-leakTheta);
    }

    public double weight(int j) {
      return -Math.expm1(-thetas[j]);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Model m && Double.compare(leakTheta, m.leakTheta) == 0 && Arrays.equals(thetas, m.thetas);
    }

    @Override
    public int hashCode() {
      return 31 * Double.hashCode(leakTheta) + Arrays.hashCode(thetas);
    }

    @Override
    public String toString() {
      return "Model[leakTheta=" + leakTheta + ", thetas=" + Arrays.toString(thetas) + "]";
    }
  }

  /** θ for a weight w in [0, 1): {@code −log(1 − w)}. */
  public static double theta(double weight) {
    return -Math.log1p(-Math.min(weight, 1 - 1e-9));
  }

  /**
   * @param counts per sample, how many findings of each kind it has (≥ 0)
   * @param y whether the sample is damaged
   * @param offsets per sample, fixed θ from findings whose weight is not fitted (≥ 0)
   * @param prior per kind, the prior θ the penalty pulls toward (≥ 0)
   * @param l2 the penalty λ &gt; 0
   */
  public static Model fit(double[][] counts, boolean[] y, double[] offsets, double[] prior, double l2) {
    double[] none = new double[prior.length];
    Arrays.fill(none, 1);
    return fit(counts, y, offsets, prior, l2, none);
  }

  /**
   * As {@link #fit(double[][], boolean[], double[], double[], double)}, with each weight kept at or under
   * {@code maxWeights[j]} during the fit (1: no bound), so that the other weights are fitted with the
   * bounded one as it will be.
   */
  public static Model fit(double[][] counts, boolean[] y, double[] offsets, double[] prior, double l2,
      double[] maxWeights) {
    int n = y.length;
    int d = prior.length;
    if (maxWeights.length != d) {
      throw new IllegalArgumentException("one weight bound per kind expected, got " + maxWeights.length);
    }
    double[] upper = new double[d + 1];
    upper[0] = Double.POSITIVE_INFINITY;
    for (int j = 0; j < d; j++) {
      if (!(maxWeights[j] > 0 && maxWeights[j] <= 1)) {
        throw new IllegalArgumentException("weight bounds must be in (0, 1]: " + maxWeights[j]);
      }
      upper[j + 1] = maxWeights[j] >= 1 ? Double.POSITIVE_INFINITY : theta(maxWeights[j]);
    }
    if (counts.length != n || offsets.length != n) {
      throw new IllegalArgumentException("counts, y and offsets must have one entry per sample");
    }
    if (!(l2 > 0)) {
      throw new IllegalArgumentException("the L2 penalty must be positive");
    }
    if (n == 0) {
      throw new IllegalArgumentException("no samples to fit");
    }
    for (int i = 0; i < n; i++) {
      if (counts[i].length != d) {
        throw new IllegalArgumentException("row " + i + " has " + counts[i].length + " counts, expected " + d);
      }
    }
    Problem p = new Problem(counts, y, offsets, prior, l2);
    double[] theta = new double[d + 1];
    long positives = 0;
    for (boolean b : y) {
      positives += b ? 1 : 0;
    }
    theta[0] = Math.max(MIN_LEAK, -Math.log1p(-Math.min(0.5, (positives + 0.5) / (n + 1.0))));
    for (int j = 0; j < d; j++) {
      theta[j + 1] = Math.min(upper[j + 1], Math.max(0, prior[j]));
    }
    double loss = p.loss(theta);
    for (int iter = 0; iter < MAX_ITERATIONS; iter++) {
      double[] g = new double[d + 1];
      double[][] h = new double[d + 1][d + 1];
      p.derivatives(theta, g, h);
      boolean[] free = new boolean[d + 1];
      int nFree = 0;
      for (int j = 0; j <= d; j++) {
        free[j] = (theta[j] > lowerBound(j) + 1e-12 || g[j] < 0) && (theta[j] < upper[j] - 1e-12 || g[j] > 0);
        nFree += free[j] ? 1 : 0;
      }
      if (nFree == 0) {
        break;
      }
      double[] newton = newtonStep(h, g, free);
      double[] next = lineSearch(p, theta, loss, g, newton, upper);
      if (next == null) {
        double[] gradient = new double[d + 1];
        for (int j = 0; j <= d; j++) {
          gradient[j] = -g[j];
        }
        next = lineSearch(p, theta, loss, g, gradient, upper);
      }
      if (next == null) {
        break;
      }
      double change = 0;
      for (int j = 0; j <= d; j++) {
        change = Math.max(change, Math.abs(next[j] - theta[j]));
      }
      theta = next;
      loss = p.loss(theta);
      if (change < 1e-10) {
        break;
      }
    }
    return new Model(theta[0], Arrays.copyOfRange(theta, 1, d + 1));
  }

  private static double lowerBound(int j) {
    return j == 0 ? MIN_LEAK : 0;
  }

  private static double[] newtonStep(double[][] h, double[] g, boolean[] free) {
    int m = 0;
    int[] index = new int[g.length];
    for (int j = 0; j < g.length; j++) {
      if (free[j]) {
        index[m++] = j;
      }
    }
    double[][] hf = new double[m][m];
    double[] gf = new double[m];
    for (int a = 0; a < m; a++) {
      gf[a] = -g[index[a]];
      for (int b = 0; b < m; b++) {
        hf[a][b] = h[index[a]][index[b]];
      }
    }
    double[] sf = LinearSystem.solve(hf, gf);
    double[] step = new double[g.length];
    for (int a = 0; a < m; a++) {
      step[index[a]] = sf == null ? gf[a] : sf[a];
    }
    return step;
  }

  /** Projected backtracking (Armijo) along {@code direction}; null when no step lowers the loss. */
  private static double[] lineSearch(Problem p, double[] theta, double loss, double[] g, double[] direction,
      double[] upper) {
    double t = 1;
    for (int halving = 0; halving < 60; halving++) {
      double[] c = new double[theta.length];
      double decrease = 0;
      for (int j = 0; j < theta.length; j++) {
        c[j] = Math.min(upper[j], Math.max(lowerBound(j), theta[j] + t * direction[j]));
        decrease += g[j] * (c[j] - theta[j]);
      }
      double l = p.loss(c);
      if (l <= loss + 1e-4 * Math.min(0, decrease) && l < loss) {
        return c;
      }
      t /= 2;
    }
    return null;
  }

  private record Problem(double[][] counts, boolean[] y, double[] offsets, double[] prior, double l2) {
    double eta(int i, double[] theta) {
      double e = theta[0] + offsets[i];
      double[] c = counts[i];
      for (int j = 0; j < c.length; j++) {
        e += c[j] * theta[j + 1];
      }
      return e;
    }

    double loss(double[] theta) {
      double s = 0;
      for (int i = 0; i < y.length; i++) {
        double e = eta(i, theta);
        s += y[i] ? -Math.log(-Math.expm1(-e)) : e;
      }
      double penalty = 0;
      for (int j = 0; j < prior.length; j++) {
        double dj = theta[j + 1] - prior[j];
        penalty += dj * dj;
      }
      return s / y.length + l2 / 2 * penalty;
    }

    void derivatives(double[] theta, double[] g, double[][] h) {
      int n = y.length;
      int d = prior.length;
      for (int i = 0; i < n; i++) {
        double e = eta(i, theta);
        double first;
        double second;
        if (y[i]) {
          double em1 = Math.expm1(e);
          first = -1 / em1;
          second = e > 700 ? 0 : Math.exp(e) / (em1 * em1);
        } else {
          first = 1;
          second = 0;
        }
        double[] c = counts[i];
        g[0] += first / n;
        for (int j = 0; j < d; j++) {
          g[j + 1] += first * c[j] / n;
        }
        if (second != 0) {
          double s = second / n;
          h[0][0] += s;
          for (int j = 0; j < d; j++) {
            if (c[j] == 0) {
              continue;
            }
            h[0][j + 1] += s * c[j];
            h[j + 1][0] += s * c[j];
            for (int k = 0; k < d; k++) {
              h[j + 1][k + 1] += s * c[j] * c[k];
            }
          }
        }
      }
      h[0][0] += 1e-12;
      for (int j = 0; j < d; j++) {
        g[j + 1] += l2 * (theta[j + 1] - prior[j]);
        h[j + 1][j + 1] += l2;
      }
    }
  }
}
