package org.garblecheck.lm;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * An interpolated Kneser-Ney n-gram model (absolute discounting, one discount per order) read from an
 * {@link NgramStore}. Probabilities are normalised over the whole vocabulary for every context:
 * <pre>
 *   P_k(w | h) = max(c_k(h w) − D_k, 0) / T_k(h) + D_k · N_k(h) / T_k(h) · P_{k−1}(w | h′)
 *   P_0(w)     = 1 / V
 * </pre>
 * where {@code c_k} is the raw count at the highest order and the continuation count (number of distinct
 * left neighbours) below it, {@code T_k(h)} the sum and {@code N_k(h)} the number of stored n-grams that
 * extend {@code h}, and {@code h′} is {@code h} without its first token. A context never seen passes its
 * whole mass to the lower order.
 *
 * <p>Store keys (ids are 1-based, three bytes big-endian): {@code v}+term → id; {@code c}+k+ids → count;
 * {@code h}+k+context ids → {@code T << 24 | N}; {@code r}+k+ids → raw count of a 1- or 2-gram (kept only
 * when the model was built with raw counts); {@code m}+name → a model parameter.
 */
public final class NgramModel {
  public static final int BOS = 1;
  public static final int EOS = 2;
  public static final int UNK = 3;
  public static final int UNK_CAPITALISED = 4;
  static final String[] SPECIALS = {"<s>", "</s>", "<unk>", "<unk-cap>"};
  static final long DISCOUNT_SCALE = 1_000_000_000L;
  private static final double LN2 = Math.log(2);

  private final NgramStore store;
  private final int order;
  private final int vocabulary;
  private final long tokens;
  private final double[] discount;
  /** The order-1 history (the empty context) is the same for every token: looked up once. */
  private final long emptyHistory;

  NgramModel(NgramStore store) {
    this.store = store;
    this.order = (int) meta(store, "order");
    this.vocabulary = (int) meta(store, "vocabulary");
    this.tokens = meta(store, "tokens");
    this.discount = new double[order + 1];
    for (int k = 1; k <= order; k++) {
      discount[k] = meta(store, "d" + k) / (double) DISCOUNT_SCALE;
    }
    this.emptyHistory = store.get(key('h', 1, new int[0], 0, 0), 0);
  }

  private static long meta(NgramStore s, String name) {
    long v = s.get("m" + name, -1);
    if (v < 0) {
      throw new IllegalArgumentException("not a garblecheck n-gram model: no parameter '" + name + "'");
    }
    return v;
  }

  public static NgramModel read(InputStream in) throws IOException {
    return new NgramModel(NgramStore.read(in));
  }

  public void write(OutputStream out) throws IOException {
    store.write(out);
  }

  public int order() {
    return order;
  }

  /** Number of ids the probabilities are spread over (the specials included). */
  public int vocabularySize() {
    return vocabulary;
  }

  /** Tokens the model was trained on. */
  public long trainingTokens() {
    return tokens;
  }

  public double discount(int k) {
    return discount[k];
  }

  public long sizeInBytes() {
    return store.sizeInBytes();
  }

  /** The id of a term, or 0 when it is not in the vocabulary. */
  public int id(String term) {
    return (int) store.get("v" + term, 0);
  }

  /**
   * Raw count of a 1- or 2-gram of ids in the training text (0 if unseen or if the model keeps no raw
   * counts).
   */
  public long rawCount(int... ids) {
    return store.get(key('r', ids.length, ids, 0, ids.length), 0);
  }

  /**
   * Log2 probability of {@code w} after the context {@code ctx[from..from+len)}; only the last
   * {@code order − 1} context ids are used.
   */
  public double log2Prob(int[] ctx, int from, int len, int w) {
    int use = Math.min(len, order - 1);
    return Math.log(prob(ctx, from + len - use, use, w)) / LN2;
  }

  private double prob(int[] ctx, int from, int len, int w) {
    // from the lowest order up, so that no recursion is needed
    double p = 1.0 / vocabulary;
    for (int k = 1; k <= len + 1; k++) {
      int hFrom = from + len - (k - 1);
      long packed = k == 1 ? emptyHistory : store.get(key('h', k, ctx, hFrom, k - 1), 0);
      long total = packed >>> 24;
      if (total == 0) {
        continue;
      }
      long types = packed & 0xFFFFFF;
      long c = store.get(keyWith(k, ctx, hFrom, k - 1, w), 0);
      double d = discount[k];
      p = Math.max(c - d, 0) / total + d * types / total * p;
    }
    return p;
  }

  /**
   * Surprisal in bits of each token and of the sentence end under the order-1 model alone (no context):
   * the baseline that {@link SentenceSurprisal} subtracts to tell an unusual word from an unusual
   * combination.
   */
  public double[] unigramSurprisals(int[] ids) {
    double[] bits = new double[ids.length + 1];
    for (int i = 0; i <= ids.length; i++) {
      bits[i] = -Math.log(prob(ids, 0, 0, i < ids.length ? ids[i] : EOS)) / LN2;
    }
    return bits;
  }

  /**
   * Surprisal in bits of each token of a sentence and of the sentence end: element {@code i} is
   * {@code −log2 P(ids[i] | previous)} and the last element is the end of the sentence.
   */
  public double[] surprisals(int[] ids) {
    int pad = order - 1;
    int[] seq = new int[pad + ids.length + 1];
    java.util.Arrays.fill(seq, 0, pad, BOS);
    System.arraycopy(ids, 0, seq, pad, ids.length);
    seq[seq.length - 1] = EOS;
    double[] bits = new double[ids.length + 1];
    for (int i = pad; i < seq.length; i++) {
      bits[i - pad] = -Math.log(prob(seq, i - pad, pad, seq[i])) / LN2;
    }
    return bits;
  }

  static byte[] key(char kind, int k, int[] ids, int from, int len) {
    byte[] b = new byte[2 + 3 * len];
    b[0] = (byte) kind;
    b[1] = (byte) k;
    for (int i = 0; i < len; i++) {
      putId(b, 2 + 3 * i, ids[from + i]);
    }
    return b;
  }

  private static byte[] keyWith(int k, int[] ctx, int from, int len, int w) {
    byte[] b = new byte[2 + 3 * (len + 1)];
    b[0] = 'c';
    b[1] = (byte) k;
    for (int i = 0; i < len; i++) {
      putId(b, 2 + 3 * i, ctx[from + i]);
    }
    putId(b, 2 + 3 * len, w);
    return b;
  }

  static void putId(byte[] b, int at, int id) {
    b[at] = (byte) (id >>> 16);
    b[at + 1] = (byte) (id >>> 8);
    b[at + 2] = (byte) id;
  }

  static byte[] vocabularyKey(String term) {
    return ("v" + term).getBytes(StandardCharsets.UTF_8);
  }
}
