package org.garblecheck.lm;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts sentences of terms and builds an interpolated Kneser-Ney {@link NgramModel}. Terms seen fewer than
 * {@code minTermCount} times become {@code <unk>} (or {@code <unk-cap>} when written with a capital
 * inside a sentence), so the model learns where unknown words and names go. Highest-order n-grams seen fewer
 * than {@code minTopCount} times are pruned; discounts come from the count-of-counts before pruning
 * ({@code D = n1 / (n1 + 2 n2)}). The result does not depend on the order sentences were added in.
 *
 * <p>Not thread-safe; memory grows with the number of distinct n-grams.
 */
public final class NgramModelBuilder {
  private final int order;
  private final int minTermCount;
  private final int minTopCount;
  private final boolean rawCounts;
  private final Map<String, Integer> provisional = new HashMap<>();
  private final List<String> terms = new ArrayList<>();
  private final List<int[]> sentences = new ArrayList<>();
  private long[] termCounts = new long[1024];

  /**
   * @param order        n-gram order (2–5)
   * @param minTermCount terms rarer than this become unknown-word tokens
   * @param minTopCount  highest-order n-grams rarer than this are dropped
   * @param rawCounts    also keep raw 1- and 2-gram counts (for {@link NgramModel#rawCount})
   */
  public NgramModelBuilder(int order, int minTermCount, int minTopCount, boolean rawCounts) {
    if (order < 2 || order > 5) {
      throw new IllegalArgumentException("order must be 2 to 5");
    }
    this.order = order;
    this.minTermCount = Math.max(1, minTermCount);
    this.minTopCount = Math.max(1, minTopCount);
    this.rawCounts = rawCounts;
  }

  /** Adds one sentence; {@code capitalised[i]} tells whether term i was written with a capital. */
  public void add(List<String> sentence, boolean[] capitalised) {
    int[] ids = new int[sentence.size()];
    for (int i = 0; i < ids.length; i++) {
      String t = sentence.get(i);
      Integer id = provisional.get(t);
      if (id == null) {
        id = terms.size();
        provisional.put(t, id);
        terms.add(t);
        if (id >= termCounts.length) {
          termCounts = java.util.Arrays.copyOf(termCounts, termCounts.length * 2);
        }
      }
      termCounts[id]++;
      boolean cap = capitalised != null && capitalised[i] && i > 0;
      ids[i] = cap ? ~id : id;
    }
    sentences.add(ids);
  }

  public long tokenCount() {
    long n = 0;
    for (int[] s : sentences) {
      n += s.length;
    }
    return n;
  }

  public NgramModel build() throws IOException {
    // vocabulary: specials, then terms by falling count, ties by term
    List<Integer> kept = new ArrayList<>();
    for (int i = 0; i < terms.size(); i++) {
      if (termCounts[i] >= minTermCount && !isSpecial(terms.get(i))) {
        kept.add(i);
      }
    }
    kept.sort(Comparator.<Integer>comparingLong(i -> -termCounts[i]).thenComparing(terms::get));
    int[] finalId = new int[terms.size()];
    TreeMap<NgramStore.Key, Long> entries = new TreeMap<>();
    for (int s = 0; s < NgramModel.SPECIALS.length; s++) {
      entries.put(new NgramStore.Key(NgramModel.vocabularyKey(NgramModel.SPECIALS[s])), (long) s + 1);
    }
    int next = NgramModel.SPECIALS.length + 1;
    for (int i : kept) {
      finalId[i] = next;
      entries.put(new NgramStore.Key(NgramModel.vocabularyKey(terms.get(i))), (long) next);
      next++;
    }
    int vocabulary = next - 1;
    int bits = 63 / order;
    if (vocabulary >= (1 << Math.min(bits, 24))) {
      throw new IllegalStateException("vocabulary of " + vocabulary + " is too large for order " + order);
    }
    LongCounts top = new LongCounts();
    LongCounts raw1 = new LongCounts();
    LongCounts raw2 = new LongCounts();
    int pad = order - 1;
    long tokens = 0;
    for (int[] s : sentences) {
      int[] seq = new int[pad + s.length + 1];
      java.util.Arrays.fill(seq, 0, pad, NgramModel.BOS);
      for (int i = 0; i < s.length; i++) {
        int p = s[i] < 0 ? ~s[i] : s[i];
        int id = finalId[p];
        seq[pad + i] = id != 0 ? id : s[i] < 0 ? NgramModel.UNK_CAPITALISED : NgramModel.UNK;
      }
      seq[seq.length - 1] = NgramModel.EOS;
      tokens += s.length;
      for (int i = pad; i < seq.length; i++) {
        top.add(pack(seq, i - pad, order, bits), 1);
        if (rawCounts && i < seq.length - 1) {
          raw1.add(seq[i], 1);
          if (i > pad) {
            raw2.add(pack(seq, i - 1, 2, bits), 1);
          }
        }
      }
    }
    // continuation counts for the lower orders, each from the types of the order above
    LongCounts[] level = new LongCounts[order + 1];
    level[order] = top;
    for (int k = order - 1; k >= 1; k--) {
      LongCounts below = new LongCounts();
      for (long g : level[k + 1].keys()) {
        below.add(dropFirst(g, k + 1, bits), 1);
      }
      level[k] = below;
    }
    for (int k = 1; k <= order; k++) {
      double d = discount(level[k]);
      entries.put(NgramStore.Key.of("md" + k), Math.round(d * NgramModel.DISCOUNT_SCALE));
      int min = k == order ? minTopCount : 1;
      LongCounts totals = new LongCounts();
      LongCounts types = new LongCounts();
      for (var e : level[k].entries()) {
        if (e.getValue()[0] < min) {
          continue;
        }
        int[] ids = unpack(e.getKey(), k, bits);
        entries.put(new NgramStore.Key(NgramModel.key('c', k, ids, 0, k)), e.getValue()[0]);
        long ctx = pack(ids, 0, k - 1, bits);
        totals.add(ctx, e.getValue()[0]);
        types.add(ctx, 1);
      }
      for (var e : totals.entries()) {
        int[] ids = unpack(e.getKey(), k - 1, bits);
        long n = Math.min(types.get(e.getKey()), 0xFFFFFF);
        entries.put(new NgramStore.Key(NgramModel.key('h', k, ids, 0, k - 1)), e.getValue()[0] << 24 | n);
      }
    }
    if (rawCounts) {
      for (var e : raw1.entries()) {
        entries.put(new NgramStore.Key(NgramModel.key('r', 1, new int[] {(int) (long) e.getKey()}, 0, 1)),
            e.getValue()[0]);
      }
      for (var e : raw2.entries()) {
        entries.put(new NgramStore.Key(NgramModel.key('r', 2, unpack(e.getKey(), 2, bits), 0, 2)),
            e.getValue()[0]);
      }
    }
    entries.put(NgramStore.Key.of("morder"), (long) order);
    entries.put(NgramStore.Key.of("mvocabulary"), (long) vocabulary);
    entries.put(NgramStore.Key.of("mtokens"), tokens);
    return new NgramModel(NgramStore.of(entries));
  }

  private static boolean isSpecial(String t) {
    for (String s : NgramModel.SPECIALS) {
      if (s.equals(t)) {
        return true;
      }
    }
    return false;
  }

  /** Absolute discount from the count-of-counts, kept inside (0.05, 0.95). */
  private static double discount(LongCounts counts) {
    long n1 = 0;
    long n2 = 0;
    for (var e : counts.entries()) {
      long c = e.getValue()[0];
      if (c == 1) {
        n1++;
      } else if (c == 2) {
        n2++;
      }
    }
    double d = n1 + 2 * n2 == 0 ? 0.5 : n1 / (double) (n1 + 2 * n2);
    return Math.max(0.05, Math.min(0.95, d));
  }

  static long pack(int[] ids, int from, int len, int bits) {
    long g = 0;
    for (int i = 0; i < len; i++) {
      g = g << bits | ids[from + i];
    }
    return g;
  }

  static int[] unpack(long g, int len, int bits) {
    int[] ids = new int[len];
    long mask = (1L << bits) - 1;
    for (int i = len - 1; i >= 0; i--) {
      ids[i] = (int) (g & mask);
      g >>>= bits;
    }
    return ids;
  }

  private static long dropFirst(long g, int len, int bits) {
    return g & ((1L << (bits * (len - 1))) - 1);
  }

  /** A map from packed n-grams to counts. */
  private static final class LongCounts {
    private final HashMap<Long, long[]> map = new HashMap<>();

    void add(long key, long by) {
      map.computeIfAbsent(key, k -> new long[1])[0] += by;
    }

    long get(long key) {
      long[] v = map.get(key);
      return v == null ? 0 : v[0];
    }

    Iterable<Long> keys() {
      return map.keySet();
    }

    Iterable<Map.Entry<Long, long[]>> entries() {
      return map.entrySet();
    }
  }
}
