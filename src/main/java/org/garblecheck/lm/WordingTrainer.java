package org.garblecheck.lm;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Fits a {@link WordingModel}: L2-regularised logistic regression by AdaGrad over shuffled examples, with
 * a fixed seed, so the same examples give the same model. Positives and negatives are weighted to count
 * equally whatever their numbers.
 */
public final class WordingTrainer {
  private final List<WordingFeatures.Vector> examples = new ArrayList<>();
  private final List<Boolean> labels = new ArrayList<>();
  private final int hashed;
  private final int dense;

  /** A trainer for {@link WordingFeatures}. */
  public WordingTrainer() {
    this(WordingFeatures.HASHED, WordingFeatures.DENSE.size());
  }

  /** A trainer for vectors of {@code hashed} slots and {@code dense} values, the first of them a bias. */
  public WordingTrainer(int hashed, int dense) {
    this.hashed = hashed;
    this.dense = dense;
  }

  public void add(WordingFeatures.Vector v, boolean machineTranslated) {
    examples.add(v);
    labels.add(machineTranslated);
  }

  public int size() {
    return examples.size();
  }

  public WordingModel train(int epochs, double rate, double l2, long seed) {
    int n = examples.size();
    long pos = labels.stream().filter(b -> b).count();
    if (pos == 0 || pos == n) {
      throw new IllegalArgumentException("training needs both fluent and machine-translated sentences");
    }
    double wPos = n / (2.0 * pos);
    double wNeg = n / (2.0 * (n - pos));
    double[] w = new double[hashed + dense];
    double[] g2 = new double[hashed + dense];
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Random random = new Random(seed);
    for (int epoch = 0; epoch < epochs; epoch++) {
      for (int i = n - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      for (int k : order) {
        WordingFeatures.Vector v = examples.get(k);
        boolean y = labels.get(k);
        double p = WordingModel.sigmoid(v.dot(i -> w[i], hashed));
        double[] d = v.dense();
        double err = (p - (y ? 1 : 0)) * (y ? wPos : wNeg);
        for (int i : v.hashed()) {
          step(w, g2, i, err + l2 * w[i], rate);
        }
        for (int i = 0; i < d.length; i++) {
          int at = hashed + i;
          step(w, g2, at, err * d[i] + (i == 0 ? 0 : l2 * w[at]), rate);
        }
      }
    }
    float[] f = new float[w.length];
    for (int i = 0; i < w.length; i++) {
      f[i] = (float) w[i];
    }
    return new WordingModel(f, hashed);
  }

  private static void step(double[] w, double[] g2, int i, double g, double rate) {
    g2[i] += g * g;
    w[i] -= rate * g / Math.sqrt(g2[i] + 1e-8);
  }
}
