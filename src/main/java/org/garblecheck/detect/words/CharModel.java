package org.garblecheck.detect.words;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * A character n-gram model of how English words are spelt: interpolated Witten-Bell smoothing over the
 * counts of character n-grams (orders 1 to {@link #ORDER}) of a word list, with start and end marks. It
 * answers how surprising a word's letters are, in bits per character, so that a garble ("xqzt",
 * "queapoyaizquierda") can be told from a rare but well-formed word ("downwelling"). Immutable and
 * thread-safe.
 *
 * <p>File format (gzip text, written by {@link CharModelBuilder}): lines starting with {@code #} are
 * comments; every other line is {@code ngram TAB count}, with {@code ^} marking the start of a word and
 * {@code $} its end.
 */
public final class CharModel {
  public static final int ORDER = 4;
  static final char START = '^';
  static final char END = '$';
  private static final double LOG2 = Math.log(2);

  private final long[] keys;
  private final int[] counts;
  private final long[] contextKeys;
  private final int[] contextTotals;
  private final int[] contextTypes;
  private final long unigramTotal;
  private final int alphabet;

  private CharModel(Map<String, Integer> ngrams) {
    keys = new long[ngrams.size()];
    counts = new int[ngrams.size()];
    Map<Long, int[]> contexts = new TreeMap<>();
    long total = 0;
    int letters = 0;
    int i = 0;
    long[][] pairs = new long[ngrams.size()][];
    for (Map.Entry<String, Integer> e : ngrams.entrySet()) {
      pairs[i++] = new long[] {key(e.getKey(), 0, e.getKey().length()), e.getValue()};
    }
    Arrays.sort(pairs, (a, b) -> Long.compare(a[0], b[0]));
    for (i = 0; i < pairs.length; i++) {
      keys[i] = pairs[i][0];
      counts[i] = (int) pairs[i][1];
    }
    for (Map.Entry<String, Integer> e : ngrams.entrySet()) {
      String g = e.getKey();
      if (g.length() == 1) {
        total += e.getValue();
        letters++;
      }
      int[] c = contexts.computeIfAbsent(key(g, 0, g.length() - 1), k -> new int[2]);
      c[0] += e.getValue();
      c[1]++;
    }
    contextKeys = new long[contexts.size()];
    contextTotals = new int[contexts.size()];
    contextTypes = new int[contexts.size()];
    i = 0;
    for (Map.Entry<Long, int[]> e : contexts.entrySet()) {
      contextKeys[i] = e.getKey();
      contextTotals[i] = e.getValue()[0];
      contextTypes[i] = e.getValue()[1];
      i++;
    }
    unigramTotal = total;
    alphabet = letters + 1;
  }

  /** Reads a model shipped in the jar (a resource path such as {@code /models/english-word-shapes.tsv.gz}). */
  static CharModel resource(String path) {
    try (InputStream in = CharModel.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("the character model " + path + " is missing from the jar");
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the character model " + path, e);
    }
  }

  /**
   * Reads a model file (gzip). The same model as {@code of(map of the lines)} (a later line for the same
   * n-gram wins), built without boxing: the bundled models have 200,000 lines and are read at every start.
   */
  public static CharModel read(InputStream gzipped) throws IOException {
    int n = 0;
    long[] keys = new long[1 << 16];
    int[] counts = new int[1 << 16];
    byte[] lengths = new byte[1 << 16];
    try (BufferedReader r = new BufferedReader(
        new InputStreamReader(new GZIPInputStream(gzipped, 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        if (tab <= 0 || tab > ORDER) {
          throw new IOException("bad character model line: " + line);
        }
        if (n == keys.length) {
          keys = Arrays.copyOf(keys, 2 * n);
          counts = Arrays.copyOf(counts, 2 * n);
          lengths = Arrays.copyOf(lengths, 2 * n);
        }
        keys[n] = key(line, 0, tab);
        counts[n] = Integer.parseInt(line, tab + 1, line.length(), 10);
        lengths[n] = (byte) tab;
        n++;
      }
    }
    return new CharModel(keys, counts, lengths, n);
  }

  /** From parallel arrays of n-gram keys, counts and lengths (in file order; a later duplicate wins). */
  private CharModel(long[] rawKeys, int[] rawCounts, byte[] rawLengths, int n) {
    // the entry numbers sorted by key (a stable sort: file order among equal keys); the last of each key is kept
    Integer[] byKey = new Integer[n];
    for (int i = 0; i < n; i++) {
      byKey[i] = i;
    }
    Arrays.sort(byKey, (a, b) -> Long.compare(rawKeys[a], rawKeys[b]));
    int m = 0;
    int[] kept = new int[n];
    for (int j = 0; j < n; j++) {
      int i = byKey[j];
      if (m > 0 && rawKeys[kept[m - 1]] == rawKeys[i]) {
        kept[m - 1] = i; // a later line for the same n-gram wins
      } else {
        kept[m++] = i;
      }
    }
    keys = new long[m];
    counts = new int[m];
    long total = 0;
    int letters = 0;
    long[] contextOf = new long[m];
    for (int j = 0; j < m; j++) {
      int i = kept[j];
      keys[j] = rawKeys[i];
      counts[j] = rawCounts[i];
      int len = rawLengths[i];
      if (len == 1) {
        total += rawCounts[i];
        letters++;
      }
      // the n-gram without its last character: its key shifted right by one character (none: -1)
      contextOf[j] = len == 1 ? -1L : rawKeys[i] >>> 16;
    }
    // contexts: sorted distinct context keys with the sum and the number of their n-grams
    Integer[] byContext = new Integer[m];
    for (int j = 0; j < m; j++) {
      byContext[j] = j;
    }
    Arrays.sort(byContext, (a, b) -> Long.compare(contextOf[a], contextOf[b]));
    int distinct = 0;
    long[] ck = new long[m];
    int[] ct = new int[m];
    int[] cy = new int[m];
    for (int x = 0; x < m; x++) {
      int j = byContext[x];
      if (distinct == 0 || ck[distinct - 1] != contextOf[j]) {
        ck[distinct++] = contextOf[j];
      }
      ct[distinct - 1] += counts[j];
      cy[distinct - 1]++;
    }
    contextKeys = Arrays.copyOf(ck, distinct);
    contextTotals = Arrays.copyOf(ct, distinct);
    contextTypes = Arrays.copyOf(cy, distinct);
    unigramTotal = total;
    alphabet = letters + 1;
  }

  /** A model from n-gram counts (keys use {@code ^} and {@code $} as word boundaries). */
  static CharModel of(Map<String, Integer> ngrams) {
    return new CharModel(ngrams);
  }

  /**
   * The mean surprisal of a word's characters, end mark included, in bits per character. The word is
   * lower-cased; well-formed English words score about 2–3, garbles and foreign spellings higher.
   */
  public double bitsPerChar(String word) {
    return bits(word) / (word.length() + 1);
  }

  /** The total surprisal of a word, end mark included, in bits. */
  public double bits(String word) {
    String w = pad(word);
    double sum = 0;
    for (int i = ORDER - 1; i < w.length(); i++) {
      sum -= Math.log(probability(w, i)) / LOG2;
    }
    return sum;
  }

  /** The surprisal, in bits, of each character of the word and of the end mark (length + 1 values). */
  public double[] bitsPerPosition(String word) {
    String w = pad(word);
    double[] out = new double[word.length() + 1];
    for (int i = ORDER - 1; i < w.length(); i++) {
      out[i - ORDER + 1] = -Math.log(probability(w, i)) / LOG2;
    }
    return out;
  }

  private static String pad(String word) {
    return String.valueOf(START).repeat(ORDER - 1) + word.toLowerCase(Locale.ROOT) + END;
  }

  /** P(w[i] | the ORDER-1 characters before it), interpolated down to the smoothed unigram. */
  private double probability(String w, int i) {
    double p = (count(w, i, i + 1) + 1.0) / (unigramTotal + alphabet);
    for (int n = 2; n <= ORDER; n++) {
      int from = i - n + 1;
      int ctx = find(contextKeys, key(w, from, i));
      if (ctx < 0) {
        break;
      }
      double total = contextTotals[ctx];
      double types = contextTypes[ctx];
      p = (count(w, from, i + 1) + types * p) / (total + types);
    }
    return p;
  }

  private int count(String w, int from, int to) {
    int k = find(keys, key(w, from, to));
    return k < 0 ? 0 : counts[k];
  }

  private static int find(long[] sorted, long key) {
    return Arrays.binarySearch(sorted, key);
  }

  /** Packs up to four characters into a long; no character is 0, so lengths never collide. */
  static long key(CharSequence s, int from, int to) {
    long k = 0;
    for (int i = from; i < to; i++) {
      k = (k << 16) | (s.charAt(i) == 0 ? 1 : s.charAt(i));
    }
    return to == from ? -1L : k;
  }
}
