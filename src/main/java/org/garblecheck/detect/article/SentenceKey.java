package org.garblecheck.detect.article;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form in which two sentences count as "the same": lower case, letters and digits only (quotation
 * marks, punctuation and dashes dropped), single spaces. Curly and straight quotes, a final full stop or
 * a doubled space do not make two sentences different.
 */
final class SentenceKey {
  private SentenceKey() {}

  static String of(String sentence) {
    String s = Normalizer.normalize(sentence, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetterOrDigit(c)) {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        space = false;
        out.appendCodePoint(c);
      } else if (c != '\'' && c != '’') {
        space = true;
      }
    }
    return out.toString();
  }

  static int words(String key) {
    return key.isEmpty() ? 0 : key.split(" ").length;
  }
}
