package org.garblecheck.lm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedTokenReadings;

/**
 * The features of the grammatical-slip model ({@code GRAMMAR_WORDING}): one vector per word of the sentence,
 * describing the few words around it, so that a slip is judged where it is rather than diluted over a long
 * sentence. The words are those of {@link WordingFeatures}'s word-class sequence (closed-class words and
 * forms of be, have and do kept as words, open-class words as their tags, punctuation as itself); the
 * vector of the word at position i holds the hashed class n-grams that contain it (its class, the two
 * bigrams and the three trigrams through it, sentence start and end included), the word itself and the
 * word pairs it makes with its neighbours (lower-cased), and how surprising the n-gram models of fluent
 * English find the word and the next one in their context ({@link #DENSE}).
 *
 * <p>A sentence's log-odds is the highest of its words' ({@link #judge}); the finding points at that word
 * and its neighbours. Trained by {@link SlipBuild} on fluent sentences against copies with one or two
 * slips, the words at a slip being the positives.
 */
public final class SlipWindows {
  /** Number of hashed feature slots (a power of two). */
  public static final int HASHED = 1 << 20;
  /**
   * Names of the dense features, which follow the hashed slots: the bias, then the excess surprisal
   * ({@link SentenceSurprisal}) of the word and of the next word under the word model, and the same of
   * their tags under the tag model, each clamped to ±8 bits and divided by 4.
   */
  public static final List<String> DENSE = List.of("bias", "wordHere", "wordNext", "tagHere", "tagNext");
  private static final String BOS = "<s>";
  private static final String EOS = "</s>";

  private SlipWindows() {}

  /** The word tokens of a sentence (whitespace and the sentence-start token left out). */
  static List<AnalyzedTokenReadings> words(AnalyzedSentence s) {
    AnalyzedTokenReadings[] t = s.getTokensWithoutWhitespace();
    List<AnalyzedTokenReadings> out = new ArrayList<>(t.length);
    for (int i = 1; i < t.length; i++) {
      out.add(t[i]);
    }
    return out;
  }

  /** One vector per word of {@link #words}, in order; {@code surprisal} is the fluency models' scoring. */
  public static List<WordingFeatures.Vector> vectors(AnalyzedSentence s, SentenceSurprisal surprisal) {
    return vectors(s, words(s), surprisal);
  }

  /** As {@link #vectors(AnalyzedSentence, SentenceSurprisal)}, with the sentence's {@link #words} at hand. */
  private static List<WordingFeatures.Vector> vectors(AnalyzedSentence s, List<AnalyzedTokenReadings> words,
      SentenceSurprisal surprisal) {
    List<String> seq = new ArrayList<>();
    List<String> lex = new ArrayList<>();
    seq.add(BOS);
    lex.add(BOS);
    seq.addAll(WordingFeatures.classes(s));
    for (AnalyzedTokenReadings t : words) {
      lex.add(t.getToken().toLowerCase(Locale.ROOT));
    }
    seq.add(EOS);
    lex.add(EOS);
    // the word model's token at each word's offset (its tokenizer splits text its own way)
    Map<Integer, Integer> lmAt = new HashMap<>();
    for (int j = 0; j < surprisal.tokens().size(); j++) {
      lmAt.put(surprisal.tokens().get(j).start(), j);
    }
    List<WordingFeatures.Vector> out = new ArrayList<>(seq.size() - 2);
    for (int i = 1; i < seq.size() - 1; i++) {
      java.util.TreeSet<Integer> idx = new java.util.TreeSet<>();
      idx.add(slot("u", seq.get(i)));
      idx.add(slot("bl", seq.get(i - 1) + ' ' + seq.get(i)));
      idx.add(slot("br", seq.get(i) + ' ' + seq.get(i + 1)));
      if (i >= 2) {
        idx.add(slot("tl", seq.get(i - 2) + ' ' + seq.get(i - 1) + ' ' + seq.get(i)));
      }
      idx.add(slot("tc", seq.get(i - 1) + ' ' + seq.get(i) + ' ' + seq.get(i + 1)));
      if (i + 2 < seq.size()) {
        idx.add(slot("tr", seq.get(i) + ' ' + seq.get(i + 1) + ' ' + seq.get(i + 2)));
      }
      idx.add(slot("w", lex.get(i)));
      idx.add(slot("wl", lex.get(i - 1) + ' ' + lex.get(i)));
      idx.add(slot("wr", lex.get(i) + ' ' + lex.get(i + 1)));
      double[] dense = new double[DENSE.size()];
      dense[0] = 1;
      Integer here = lmAt.get(words.get(i - 1).getStartPos());
      if (here != null) {
        dense[1] = scaled(surprisal.wordExcess(here));
        dense[2] = scaled(surprisal.wordExcess(here + 1));
      }
      int tag = i - 1;
      if (tag + 1 < surprisal.posBits().length) {
        dense[3] = scaled(surprisal.posBits()[tag] - surprisal.posUnigram()[tag]);
        dense[4] = scaled(surprisal.posBits()[tag + 1] - surprisal.posUnigram()[tag + 1]);
      }
      out.add(new WordingFeatures.Vector(idx.stream().mapToInt(Integer::intValue).toArray(), dense));
    }
    return out;
  }

  private static int slot(String kind, String key) {
    return WordingFeatures.slot(kind, key, HASHED);
  }

  private static double scaled(double bits) {
    return Math.max(-8, Math.min(8, bits)) / 4;
  }

  /** The sentence's log-odds of a slip and the span (offsets in the sentence) of the words it points at. */
  public record Judgement(double logit, int start, int end) {}

  /** The highest log-odds among the words of the sentence, or null for a sentence without words. */
  public static Judgement judge(WordingModel model, AnalyzedSentence s, SentenceSurprisal surprisal) {
    List<AnalyzedTokenReadings> words = words(s);
    List<WordingFeatures.Vector> v = vectors(s, words, surprisal);
    int best = -1;
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < v.size(); i++) {
      double z = model.logit(v.get(i));
      if (z > max) {
        max = z;
        best = i;
      }
    }
    if (best < 0) {
      return null;
    }
    int from = best;
    int to = best;
    if (from > 0 && isWord(words.get(from - 1))) {
      from--;
    }
    if (to + 1 < words.size() && isWord(words.get(to + 1))) {
      to++;
    }
    return new Judgement(max, words.get(from).getStartPos(), words.get(to).getEndPos());
  }

  private static boolean isWord(AnalyzedTokenReadings t) {
    String w = t.getToken();
    return !w.isEmpty() && Character.isLetterOrDigit(w.codePointAt(0));
  }
}
