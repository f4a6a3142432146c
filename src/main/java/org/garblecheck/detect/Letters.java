package org.garblecheck.detect;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small questions about the letters of a token. */
public final class Letters {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private Letters() {}

  /** The word without diacritics, lower-cased: "Mońki" → "monki", "Łódź" → "lodz". */
  public static String fold(String word) {
    String s = Normalizer.normalize(word, Normalizer.Form.NFD);
    s = MARKS.matcher(s).replaceAll("");
    s = s.replace('ł', 'l').replace('Ł', 'L').replace('ø', 'o').replace('Ø', 'O').replace('đ', 'd')
        .replace('Đ', 'D').replace("ß", "ss").replace('ı', 'i');
    return s.toLowerCase(Locale.ROOT);
  }

  /**
   * The word spelt without diacritics the way German and Scandinavian names are written in ASCII, lower
   * case: "Tåsinge" → "taasinge", "Müller" → "mueller".
   */
  public static String foldExpanded(String word) {
    String s = word.toLowerCase(Locale.ROOT).replace("å", "aa").replace("ä", "ae").replace("æ", "ae")
        .replace("ö", "oe").replace("ø", "oe").replace("ü", "ue");
    return fold(s);
  }

  /** True when every character is a letter (hyphens and apostrophes allowed inside). */
  public static boolean isWord(String s) {
    if (s.isEmpty() || !Character.isLetter(s.charAt(0)) || !Character.isLetter(s.charAt(s.length() - 1))) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '’') {
        return false;
      }
    }
    return true;
  }

  /** An upper-case first letter followed by at least one lower-case letter: "Biden", "McDonald", "O'Neill". */
  public static boolean isCapitalised(String s) {
    if (s.length() < 2 || !Character.isUpperCase(s.charAt(0))) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      if (Character.isLowerCase(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** True when no letter is upper case. */
  public static boolean isLowerCase(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isUpperCase(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The word with its first letter upper-cased: "putin" → "Putin". */
  public static String capitalise(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  /** True when the string has a letter outside ASCII (an accent, a letter of another alphabet). */
  public static boolean hasNonAsciiLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c > 127 && Character.isLetter(c)) {
        return true;
      }
    }
    return false;
  }
}
