package org.garblecheck.pass;

/**
 * Whether a single quotation mark that LanguageTool's unpaired-symbol rule flags is really unpaired. That
 * rule pairs marks sentence by sentence, while news nests single quotes inside double ones across
 * sentences ("'When will it open? Will it ever open?'" she asked), and the same characters are apostrophes
 * in names and plurals ("Vava'u", "Sana'a", "the shopworkers' union"). Double quotation marks are left to
 * LanguageTool.
 */
final class SingleQuotes {
  private SingleQuotes() {}

  static boolean isSingleQuote(char c) {
    return c == '\'' || c == '\u2018' || c == '\u2019';
  }

  /**
   * Whether the single quote at {@code at} in {@code paragraph} is an apostrophe or has its partner in the
   * same paragraph, so that reporting it as unpaired would be a false alarm.
   */
  static boolean pairedOrApostrophe(String paragraph, int at) {
    char c = paragraph.charAt(at);
    if (!isSingleQuote(c)) {
      return false;
    }
    char before = at > 0 ? paragraph.charAt(at - 1) : ' ';
    char after = at + 1 < paragraph.length() ? paragraph.charAt(at + 1) : ' ';
    if (Character.isLetter(before) && Character.isLetter(after)) {
      return true; // inside a word: Vava'u, gov't
    }
    if ((before == 's' || before == 'S') && Character.isWhitespace(after) && c != '\u2018') {
      return true; // a plural possessive: the shopworkers' union
    }
    if (opens(paragraph, at)) {
      for (int j = at + 1; j < paragraph.length(); j++) {
        if (isSingleQuote(paragraph.charAt(j)) && closes(paragraph, j)) {
          return true;
        }
      }
    } else if (closes(paragraph, at)) {
      for (int j = at - 1; j >= 0; j--) {
        if (isSingleQuote(paragraph.charAt(j)) && opens(paragraph, j)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A mark that starts a quotation: after a space, an opening mark or the start, before a word. */
  private static boolean opens(String p, int at) {
    char before = at > 0 ? p.charAt(at - 1) : ' ';
    char after = at + 1 < p.length() ? p.charAt(at + 1) : ' ';
    boolean startSide = Character.isWhitespace(before) || "\"\u201C([".indexOf(before) >= 0;
    return startSide && !Character.isWhitespace(after) && p.charAt(at) != '\u2019';
  }

  /** A mark that ends a quotation: after a word or punctuation, before a space, a mark or the end. */
  private static boolean closes(String p, int at) {
    char before = at > 0 ? p.charAt(at - 1) : ' ';
    char after = at + 1 < p.length() ? p.charAt(at + 1) : ' ';
    boolean endSide = Character.isWhitespace(after) || ".,;:!?\"\u201D)]".indexOf(after) >= 0;
    return !Character.isWhitespace(before) && endSide && p.charAt(at) != '\u2018';
  }
}
