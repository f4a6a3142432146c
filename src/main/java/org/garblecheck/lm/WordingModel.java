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
 * after a magic number and the slot count. Immutable and thread-safe.
 */
public final class WordingModel {
  public static final String FILE = "wording.bin.gz";
  private static final int MAGIC = 0x47435731; // "GCW1"
  private static volatile WordingModel bundled;

  private final float[] weights;

  public WordingModel(float[] weights) {
    if (weights.length != WordingFeatures.SIZE) {
      throw new IllegalArgumentException("expected " + WordingFeatures.SIZE + " weights, got " + weights.length);
    }
    this.weights = weights.clone();
  }

  /** The log-odds that the sentence with these features is machine-translated. */
  public double logit(WordingFeatures.Vector v) {
    double z = 0;
    for (int i : v.hashed()) {
      z += weights[i];
    }
    double[] d = v.dense();
    for (int k = 0; k < d.length; k++) {
      z += weights[WordingFeatures.HASHED + k] * d[k];
    }
    return z;
  }

  public double probability(WordingFeatures.Vector v) {
    return 1 / (1 + Math.exp(-logit(v)));
  }

  /** Weight of a dense feature, by its name in {@link WordingFeatures#DENSE}. */
  public double denseWeight(String name) {
    int k = WordingFeatures.DENSE.indexOf(name);
    if (k < 0) {
      throw new IllegalArgumentException("no dense feature " + name);
    }
    return weights[WordingFeatures.HASHED + k];
  }

  public static WordingModel bundled() {
    WordingModel m = bundled;
    if (m == null) {
      synchronized (WordingModel.class) {
        m = bundled;
        if (m == null) {
          try (InputStream in = WordingModel.class.getResourceAsStream("/models/" + FILE)) {
            if (in == null) {
              throw new IOException("the jar has no /models/" + FILE);
            }
            m = read(in);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read the wording model", e);
          }
          bundled = m;
        }
      }
    }
    return m;
  }

  public static WordingModel read(InputStream raw) throws IOException {
    DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(raw)));
    if (in.readInt() != MAGIC) {
      throw new IOException("not a garblecheck wording model");
    }
    int n = in.readInt();
    if (n != WordingFeatures.SIZE) {
      throw new IOException("wording model has " + n + " slots, this build expects " + WordingFeatures.SIZE);
    }
    float[] w = new float[n];
    for (int i = 0; i < n; i++) {
      w[i] = in.readFloat();
    }
    return new WordingModel(w);
  }

  public void write(OutputStream raw) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(raw);
    DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(gz));
    out.writeInt(MAGIC);
    out.writeInt(weights.length);
    for (float w : weights) {
      out.writeFloat(w);
    }
    out.flush();
    gz.finish();
  }
}
