package org.garblecheck.pass;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a word written twice in a row, which LanguageTool's repeat rule flags, is written so on purpose:
 * an intensifier or quantifier doubled for emphasis ("very very short", "many many years", "really really
 * funny"), as people say it and interviews print it; or the same word in two cases, a name beside the
 * common word ("the first FIRST competition"). A doubled article, preposition or pronoun ("the the", "of
 * of") is still reported: in edited text it is a slip or a damaged translation.
 */
final class Reduplication {
  static final String REPEAT_RULE = "ENGLISH_WORD_REPEAT_RULE";
  private static final Set<String> EMPHATIC = Set.of("very", "really", "many", "much", "so", "too", "far",
      "long", "more", "no", "yes", "bye", "ha", "oh", "never", "over", "round", "bigger", "better", "faster");

  private Reduplication() {}

  /** Whether {@code twice} — the two words the repeat rule matched, with what stands between — is intended. */
  static boolean intended(String twice) {
    String[] w = twice.trim().split("\\s+");
    if (w.length != 2) {
      return false;
    }
    boolean upper0 = w[0].length() > 1 && w[0].equals(w[0].toUpperCase(Locale.ROOT));
    boolean upper1 = w[1].length() > 1 && w[1].equals(w[1].toUpperCase(Locale.ROOT));
    if (upper0 != upper1) {
      return true; // "first FIRST": a name in capitals beside the word
    }
    return w[0].equalsIgnoreCase(w[1]) && EMPHATIC.contains(w[0].toLowerCase(Locale.ROOT));
  }
}
