package org.garblecheck.lm;

import java.util.List;

/**
 * How surprising a sentence is to the language models, in bits. Besides the plain surprisal (which is
 * high for any sentence full of rare words and names) it gives the surprisal <em>in excess of</em> the
 * context-free (unigram) surprisal of the same tokens, per token: a normalised log-odds ratio that is high
 * when common words come in an uncommon order or combination, which is what round-trip and spin damage
 * look like, and low for fluent text however rare its vocabulary.
 *
 * @param tokens      the word tokens (offsets relative to the sentence)
 * @param wordBits    surprisal of each word token under the word model, then of the sentence end
 * @param wordUnigram the same under the word model's unigram level
 * @param posBits     surprisal of each part-of-speech tag under the POS model, then of the sentence end
 * @param posUnigram  the same under the POS model's unigram level
 */
public record SentenceSurprisal(List<LmTokenizer.Token> tokens, double[] wordBits, double[] wordUnigram,
    double[] posBits, double[] posUnigram) {

  /** Mean word surprisal per token (the sentence end counted as a token). */
  public double wordBitsPerToken() {
    return mean(wordBits, 0, wordBits.length);
  }

  public double posBitsPerToken() {
    return mean(posBits, 0, posBits.length);
  }

  /** Mean of (word surprisal − unigram surprisal) per token: the word model's excess surprisal. */
  public double wordExcessPerToken() {
    return mean(wordBits, 0, wordBits.length) - mean(wordUnigram, 0, wordUnigram.length);
  }

  /** Mean of (POS surprisal − POS unigram surprisal) per tag. */
  public double posExcessPerToken() {
    return mean(posBits, 0, posBits.length) - mean(posUnigram, 0, posUnigram.length);
  }

  /** Excess word surprisal of token {@code i} (the sentence end is {@code tokens().size()}). */
  public double wordExcess(int i) {
    return wordBits[i] - wordUnigram[i];
  }

  /** Index of the first token of the {@code size}-token window with the highest summed excess surprisal. */
  public int worstWindowStart(int size) {
    int n = tokens.size();
    if (n <= size) {
      return 0;
    }
    int best = 0;
    double bestSum = Double.NEGATIVE_INFINITY;
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += wordExcess(i);
      if (i >= size) {
        sum -= wordExcess(i - size);
      }
      if (i >= size - 1 && sum > bestSum) {
        bestSum = sum;
        best = i - size + 1;
      }
    }
    return best;
  }

  /** Mean excess word surprisal of the window of {@code size} tokens from token {@code from}. */
  public double windowExcess(int from, int size) {
    int to = Math.min(tokens.size(), from + size);
    if (to <= from) {
      return 0;
    }
    double s = 0;
    for (int i = from; i < to; i++) {
      s += wordExcess(i);
    }
    return s / (to - from);
  }

  private static double mean(double[] a, int from, int to) {
    if (to <= from) {
      return 0;
    }
    double s = 0;
    for (int i = from; i < to; i++) {
      s += a[i];
    }
    return s / (to - from);
  }
}
