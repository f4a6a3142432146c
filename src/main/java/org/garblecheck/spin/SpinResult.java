package org.garblecheck.spin;

import java.util.List;

/**
 * A spun text and what was done to it.
 *
 * @param text the spun text: the original with each replacement applied and nothing else changed
 * @param contentWords content words in the original (nouns, verbs, adjectives, adverbs that are not names,
 *     numbers or function-like words)
 * @param replacedWords content words that were replaced
 * @param replacements the changes in text order
 */
public record SpinResult(String text, int contentWords, int replacedWords, List<Replacement> replacements) {
  public SpinResult {
    replacements = List.copyOf(replacements);
  }

  /** The share of content words replaced; 0 for a text without content words. */
  public double rate() {
    return contentWords == 0 ? 0 : (double) replacedWords / contentWords;
  }
}
