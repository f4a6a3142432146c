package org.garblecheck.lm;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;

/**
 * The features {@link WordingModel} reads from one sentence: sparse, hashed indicator features for the
 * sentence's word-class sequence, and a few dense figures from the n-gram models.
 *
 * <p>The word-class sequence is LanguageTool's analysis with the closed-class words kept as words (as in
 * {@link PosTags}: determiners, prepositions, pronouns, conjunctions, modals, particles), forms of
 * <i>be</i>, <i>have</i> and <i>do</i> kept as words, punctuation kept as itself, and every open-class word
 * reduced to its tag. Its 1- to 3-grams (with sentence start and end) describe how the sentence is built,
 * not what it is about, which is what a round trip through another language changes ("the experience of
 * viewing of art", "what do look of people in"). Dense figures: the word and tag models' excess surprisal
 * per token ({@link SentenceSurprisal}), how strongly the sentence's adjacent common words avoid each
 * other in fluent English (pointwise mutual information below zero), and the share of unknown words.
 * Features depend only on the sentence, so the same function serves training and scoring.
 */
public final class WordingFeatures {
  /** Number of hashed feature slots (a power of two). */
  public static final int HASHED = 1 << 18;
  /** Names of the dense features, which follow the hashed slots. */
  public static final List<String> DENSE = List.of("bias", "wordExcess", "posExcess", "antiPairs", "minPmi",
      "unknown", "short", "long");
  public static final int SIZE = HASHED + DENSE.size();

  private static final Set<String> KEPT_VERBS = Set.of("be", "have", "do");
  private static final String BOS = "<s>";
  private static final String EOS = "</s>";

  /** The features of one sentence: sorted, distinct hashed indices, then the dense values. */
  public record Vector(int[] hashed, double[] dense) {
    /**
     * Σ weight over the hashed slots + Σ weight · value over the dense values, whose weights follow the
     * hashed slots from {@code denseFrom} on.
     */
    public double dot(java.util.function.IntToDoubleFunction weight, int denseFrom) {
      double z = 0;
      for (int i : hashed) {
        z += weight.applyAsDouble(i);
      }
      for (int k = 0; k < dense.length; k++) {
        z += weight.applyAsDouble(denseFrom + k) * dense[k];
      }
      return z;
    }
  }

  private final FluencyModel model;

  public WordingFeatures(FluencyModel model) {
    this.model = model;
  }

  public Vector of(String sentence, AnalyzedSentence analyzed) {
    return of(sentence, analyzed, model.score(sentence, analyzed));
  }

  public Vector of(String sentence, AnalyzedSentence analyzed, SentenceSurprisal s) {
    List<String> seq = new ArrayList<>();
    seq.add(BOS);
    seq.addAll(classes(analyzed));
    seq.add(EOS);
    java.util.TreeSet<Integer> idx = new java.util.TreeSet<>();
    for (int i = 0; i < seq.size(); i++) {
      if (i > 0 && i < seq.size() - 1) {
        idx.add(slot("1", seq.get(i)));
      }
      if (i + 1 < seq.size()) {
        idx.add(slot("2", seq.get(i) + ' ' + seq.get(i + 1)));
      }
      if (i + 2 < seq.size()) {
        idx.add(slot("3", seq.get(i) + ' ' + seq.get(i + 1) + ' ' + seq.get(i + 2)));
      }
    }
    int[] hashed = idx.stream().mapToInt(Integer::intValue).toArray();
    double[] dense = new double[DENSE.size()];
    int n = s.tokens().size();
    dense[0] = 1;
    if (n > 0) {
      dense[1] = clamp(s.wordExcessPerToken(), -4, 4) / 2;
      dense[2] = clamp(s.posExcessPerToken(), -4, 4) / 2;
      int[] ids = model.wordIds(s.tokens());
      Pairs p = pairs(model.words(), ids);
      dense[3] = p.anti / Math.sqrt(n);
      dense[4] = clamp(-p.minPmi, 0, 12) / 6;
      int unknown = 0;
      for (int id : ids) {
        unknown += id == NgramModel.UNK ? 1 : 0;
      }
      dense[5] = unknown / (double) n;
    }
    dense[6] = n < 8 ? 1 : 0;
    dense[7] = n > 30 ? 1 : 0;
    return new Vector(hashed, dense);
  }

  private record Pairs(int anti, double minPmi) {}

  /**
   * Adjacent pairs of known words that fluent English would put side by side at least once by chance
   * (expected count ≥ 0.5 from their own counts) but that it avoids: pointwise mutual information below
   * −3 bits counts as an anti-pair.
   */
  private static Pairs pairs(NgramModel m, int[] ids) {
    long total = Math.max(1, m.trainingTokens());
    int anti = 0;
    double min = 0;
    for (int k = 0; k + 1 < ids.length; k++) {
      if (ids[k] <= NgramModel.UNK_CAPITALISED || ids[k + 1] <= NgramModel.UNK_CAPITALISED) {
        continue;
      }
      long a = m.rawCount(ids[k]);
      long b = m.rawCount(ids[k + 1]);
      double expected = (double) a * b / total;
      if (expected < 0.5) {
        continue;
      }
      double pmi = Math.log((m.rawCount(ids[k], ids[k + 1]) + 0.5) / expected) / Math.log(2);
      min = Math.min(min, pmi);
      anti += pmi < -3 ? 1 : 0;
    }
    return new Pairs(anti, min);
  }

  /** The word-class sequence described in the class comment. */
  static List<String> classes(AnalyzedSentence analyzed) {
    AnalyzedTokenReadings[] tokens = analyzed.getTokensWithoutWhitespace();
    List<String> out = new ArrayList<>(tokens.length);
    for (int i = 1; i < tokens.length; i++) {
      AnalyzedTokenReadings t = tokens[i];
      out.add(classOf(t));
    }
    return out;
  }

  private static String classOf(AnalyzedTokenReadings t) {
    String word = t.getToken();
    if (!word.isEmpty() && !Character.isLetterOrDigit(word.codePointAt(0))) {
      return word.length() == 1 ? word : "P";
    }
    for (AnalyzedToken r : t.getReadings()) {
      String lemma = r.getLemma();
      String tag = r.getPOSTag();
      if (lemma != null && tag != null && tag.startsWith("VB") && KEPT_VERBS.contains(lemma)) {
        return word.toLowerCase(Locale.ROOT);
      }
    }
    String tag = PosTags.tagOf(t);
    return PosTags.UNKNOWN.equals(tag) && Character.isDigit(word.codePointAt(0)) ? "CD" : tag;
  }

  private static double clamp(double v, double lo, double hi) {
    return Math.max(lo, Math.min(hi, v));
  }

  /** FNV-1a over the UTF-8 bytes of kind and key, folded into {@link #HASHED} slots. */
  static int slot(String kind, String key) {
    return slot(kind, key, HASHED);
  }

  /** FNV-1a over the UTF-8 bytes of kind and key, folded into {@code slots} slots (a power of two). */
  public static int slot(String kind, String key, int slots) {
    long h = 0xcbf29ce484222325L;
    for (byte b : (kind + '\u0001' + key).getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    return (int) ((h ^ (h >>> 29)) & (slots - 1));
  }
}
