package org.garblecheck.lm;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A logistic model of how likely a sentence's wording is machine-translated rather than written in
 * English: {@code P = σ(Σ weight · feature)} over {@link WordingFeatures}. Trained by
 * {@link WordingTrainer} on fluent English against its own machine-translation round trips (see
 * {@code corpus/scripts/build-wording.sh}); stored as gzip'd big-endian floats, one per feature slot,
 * after a magic number, the weight count and the number of hashed slots. The same shape serves any
 * features made of hashed indicator slots followed by dense values. Immutable and thread-safe.
 */
public final class WordingModel {
  public static final String FILE = "wording.bin.gz";
  private static final int MAGIC = 0x47435732; // "GCW2"
  private static final java.util.concurrent.ConcurrentHashMap<String, WordingModel> BUNDLED =
      new java.util.concurrent.ConcurrentHashMap<>();

  private final float[] weights;
  private final int hashed;

  /** A model over {@link WordingFeatures}. */
  public WordingModel(float[] weights) {
    this(weights, WordingFeatures.HASHED);
  }

  /**
   * A model over any features of the same shape: {@code hashed} slots, then dense values (the rest of the
   * weights).
   */
  public WordingModel(float[] weights, int hashed) {
    if (hashed < 0 || weights.length <= hashed) {
      throw new IllegalArgumentException(weights.length + " weights cannot hold " + hashed + " hashed slots");
    }
    this.weights = weights.clone();
    this.hashed = hashed;
  }

  /** The log-odds that the sentence with these features is machine-translated. */
  public double logit(WordingFeatures.Vector v) {
    return v.dot(i -> weights[i], hashed);
  }

  public double probability(WordingFeatures.Vector v) {
    return sigmoid(logit(v));
  }

  /** The logistic function: the probability of log-odds {@code z}. */
  public static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  /** Weight of dense feature {@code k}. */
  public double denseWeight(int k) {
    return weights[hashed + k];
  }

  public int hashedSlots() {
    return hashed;
  }

  public int denseFeatures() {
    return weights.length - hashed;
  }

  /** The bundled model of machine-translated wording, over {@link WordingFeatures}. */
  public static WordingModel bundled() {
    return bundled(FILE, WordingFeatures.HASHED, WordingFeatures.DENSE.size());
  }

  /**
   * A model bundled under {@code /models/}, loaded once per JVM, checked to have {@code hashed} slots and
   * {@code dense} dense features.
   */
  public static WordingModel bundled(String file, int hashed, int dense) {
    return BUNDLED.computeIfAbsent(file, f -> {
      try (InputStream in = WordingModel.class.getResourceAsStream("/models/" + f)) {
        if (in == null) {
          throw new IOException("the jar has no /models/" + f);
        }
        WordingModel m = read(in);
        if (m.hashed != hashed || m.denseFeatures() != dense) {
          throw new IOException("/models/" + f + " does not fit this build's features");
        }
        return m;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the model " + f, e);
      }
    });
  }

  public static WordingModel read(InputStream raw) throws IOException {
    DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(raw)));
    if (in.readInt() != MAGIC) {
      throw new IOException("not a garblecheck wording model");
    }
    int n = in.readInt();
    int hashed = in.readInt();
    if (n <= 0 || n > 1 << 24 || hashed < 0 || hashed >= n) {
      throw new IOException("not a garblecheck wording model: " + n + " weights, " + hashed + " hashed");
    }
    float[] w = new float[n];
    for (int i = 0; i < n; i++) {
      w[i] = in.readFloat();
    }
    return new WordingModel(w, hashed);
  }

  public void write(OutputStream raw) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(raw);
    DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(gz));
    out.writeInt(MAGIC);
    out.writeInt(weights.length);
    out.writeInt(hashed);
    for (float w : weights) {
      out.writeFloat(w);
    }
    out.flush();
    gz.finish();
  }
}
