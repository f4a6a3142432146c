package org.garblecheck.detect.spin;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import net.sf.extjwnl.data.POS;
import org.garblecheck.lm.NgramModel;
import org.garblecheck.lm.WordFrequencies;
import org.garblecheck.lm.WordingFeatures;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.synthesis.Synthesizer;

/**
 * The features of a sentence that tell spun text from written text, for a {@code WordingModel} trained on
 * fluent English against its synonym-swapped copies ({@code SPIN_WORDING}). A spinner swaps content
 * words for thesaurus synonyms, and the synonyms it lands on are mostly rarer than the word a writer
 * chose: so, per content word (lower-case noun, verb, adjective or adverb, not a form of be, have or do),
 * how common it is in English at large, how much commoner its commonest single-word WordNet synonym is,
 * and whether fluent English puts it beside its neighbours at all. Hashed indicators: the word itself
 * (some words are what thesauri offer and writers rarely use), its word class with its frequency band, and
 * with its synonym-advantage band, and with how it sits among its neighbours in English at large. Dense
 * figures: shares of rare words, of words with a much commoner synonym, of words unattested beside their
 * neighbours, the largest synonym advantage, the mean frequency; and, from the common word pairs of
 * English at large ({@link WordFrequencies#count(String, String)}): the words that form no common pair
 * with a neighbour while a synonym in their place would ("peace parley" where "peace talks" is common),
 * the share of words that do form one, and the commonest pair such a swap back would give.
 */
public final class SpinFeatures {
  // not thread-safe (a cache per instance): one per worker, as passes are
  public static final int HASHED = 1 << 16;
  public static final List<String> DENSE = List.of("bias", "rare", "commonerSynonym", "unattested",
      "maxAdvantage", "rareWithCommonerSynonym", "meanFrequency", "contentWords", "pairLost", "pairKept",
      "maxPairLost");
  /** log10 of the rarest pair count in the pair list (SymSpell's: 6.4 million), the floor of its scale. */
  static final double PAIR_FLOOR = 6.8;
  /** log10 of a count in English at large below which a word is rare (about the 25,000th commonest). */
  static final double RARE = 6.3;

  private final NgramModel words;
  private final WordFrequencies frequencies;
  private final WordNetSynonyms wordNet;
  private final SynonymForms forms;
  /** Synonym advantage per part of speech and lemma: it depends on nothing else (one worker's cache). */
  private final java.util.HashMap<String, Double> advantages = new java.util.HashMap<>();

  public SpinFeatures(NgramModel words, WordFrequencies frequencies, WordNetSynonyms wordNet,
      Synthesizer synthesizer) {
    this.words = words;
    this.frequencies = frequencies;
    this.wordNet = wordNet;
    this.forms = new SynonymForms(synthesizer);
  }

  public WordingFeatures.Vector of(AnalyzedSentence sentence) {
    return of(sentence, ArticleTerms.NONE);
  }

  /**
   * The features, with the article's own terms ({@link ArticleTerms}) counted as content words but never as
   * rare words, words with a commoner synonym or words out of place.
   */
  public WordingFeatures.Vector of(AnalyzedSentence sentence, ArticleTerms terms) {
    AnalyzedTokenReadings[] t = sentence.getTokensWithoutWhitespace();
    TreeSet<Integer> idx = new TreeSet<>();
    int content = 0;
    int rare = 0;
    int commoner = 0;
    int unattested = 0;
    int rareCommoner = 0;
    double sumLog = 0;
    double maxAdvantage = 0;
    int pairLost = 0;
    int pairKept = 0;
    double maxPairLost = 0;
    for (int k = 1; k < t.length; k++) {
      String w = t[k].getToken();
      if (w.isEmpty() || !Character.isLowerCase(w.charAt(0)) || t[k].getReadings().isEmpty()) {
        continue;
      }
      AnalyzedToken r = t[k].getReadings().get(0);
      String tag = r.getPOSTag();
      String lemma = r.getLemma();
      POS pos = tag == null || lemma == null ? null : posOf(tag);
      if (pos == null || SpinPass.isAuxiliary(lemma)) {
        continue;
      }
      content++;
      String lower = w.toLowerCase(Locale.ROOT);
      double log = Math.log10(frequencies.count(lower) + 1.0);
      sumLog += log;
      if (terms.contains(lemma)) {
        continue; // the article's own term: a content word, but no sign of a swap however rare it is
      }
      boolean isRare = log < RARE;
      rare += isRare ? 1 : 0;
      double advantage = advantage(lemma, pos);
      commoner += advantage >= 1 ? 1 : 0;
      rareCommoner += isRare && advantage >= 1 ? 1 : 0;
      maxAdvantage = Math.max(maxAdvantage, advantage);
      if (k > 1 && k + 1 < t.length && besideNothing(lower, t[k - 1].getToken(), t[k + 1].getToken())) {
        unattested++;
      }
      String cls = pos.getKey();
      String left = k > 1 ? pairWord(t[k - 1].getToken()) : null;
      String right = k + 1 < t.length ? pairWord(t[k + 1].getToken()) : null;
      String pair = "n";
      if (left != null || right != null) {
        if (pairCount(left, lower, right) > 0) {
          pairKept++;
          pair = "k";
        } else {
          long alt = 0;
          String baseTag = SpinPass.base(tag);
          for (String syn : SpinPass.limit(wordNet.of(lemma, pos))) {
            if (syn.indexOf(' ') < 0) {
              for (String f : forms.of(syn, baseTag)) {
                alt = Math.max(alt, pairCount(left, f, right));
              }
            }
          }
          if (alt > 0) {
            pairLost++;
            pair = "l";
            maxPairLost = Math.max(maxPairLost, Math.log10(alt) - PAIR_FLOOR);
          }
        }
      }
      idx.add(WordingFeatures.slot("sp", cls + pair, HASHED));
      idx.add(WordingFeatures.slot("sw", lower, HASHED));
      idx.add(WordingFeatures.slot("sf", cls + (int) Math.floor(log), HASHED));
      idx.add(WordingFeatures.slot("sa", cls + Math.min(4, (int) Math.floor(Math.max(0, advantage) * 2)), HASHED));
    }
    double n = Math.max(1, content);
    double[] dense = {1, rare / n, commoner / n, unattested / n, Math.min(4, maxAdvantage) / 2,
        rareCommoner / Math.sqrt(n), content == 0 ? 0 : (sumLog / content - 7) / 2, Math.min(40, content) / 20.0,
        pairLost / Math.sqrt(n), pairKept / n, Math.min(4, Math.max(0, maxPairLost)) / 2 + (pairLost > 0 ? 0.5 : 0)};
    return new WordingFeatures.Vector(idx.stream().mapToInt(Integer::intValue).toArray(), dense);
  }

  /** These features, for {@code garblecheck build-wording --kind spin}. */
  public static org.garblecheck.lm.WordingBuild.Featurizer featurizer(NgramModel words,
      WordFrequencies frequencies, WordNetSynonyms wordNet, Synthesizer synthesizer) {
    // the build computes features on several threads; each gets its own cache
    ThreadLocal<SpinFeatures> f =
        ThreadLocal.withInitial(() -> new SpinFeatures(words, frequencies, wordNet, synthesizer));
    return new org.garblecheck.lm.WordingBuild.Featurizer() {
      @Override
      public int hashed() {
        return HASHED;
      }

      @Override
      public int dense() {
        return DENSE.size();
      }

      @Override
      public WordingFeatures.Vector of(AnalyzedSentence s) {
        return f.get().of(s);
      }
    };
  }

  /** How many powers of ten commoner than the lemma its commonest single-word WordNet synonym is (≥ 0). */
  private double advantage(String lemma, POS pos) {
    return advantages.computeIfAbsent(pos.getKey() + lemma, k -> {
      double own = Math.log10(frequencies.count(lemma) + 1.0);
      double best = 0;
      for (String syn : wordNet.of(lemma, pos)) {
        if (syn.indexOf(' ') < 0) {
          best = Math.max(best, Math.log10(frequencies.count(syn) + 1.0) - own);
        }
      }
      return best;
    });
  }

  /** The count of the commonest of the word's pairs with its neighbours in English at large (0: none). */
  private long pairCount(String left, String word, String right) {
    long l = left == null ? 0 : frequencies.count(left, word);
    long r = right == null ? 0 : frequencies.count(word, right);
    return Math.max(l, r);
  }

  /** A neighbour as the pair list spells it, or {@code null} if it is no word (punctuation, a number). */
  private static String pairWord(String token) {
    if (token.isEmpty() || !Character.isLetter(token.charAt(0))) {
      return null;
    }
    return token.toLowerCase(Locale.ROOT);
  }

  /** Whether the word model knows all three words but has never seen the middle one beside either other. */
  private boolean besideNothing(String word, String left, String right) {
    int id = words.id(word);
    int l = words.id(left.toLowerCase(Locale.ROOT));
    int r = words.id(right.toLowerCase(Locale.ROOT));
    return id != 0 && l != 0 && r != 0 && words.rawCount(l, id) + words.rawCount(id, r) == 0;
  }

  private static POS posOf(String tag) {
    boolean content = tag.startsWith("NN") || tag.startsWith("VB") || tag.startsWith("JJ") || tag.startsWith("RB");
    return content ? SpinPass.posOf(tag) : null;
  }
}
