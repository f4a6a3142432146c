package org.garblecheck.detect.names;

import org.apache.commons.codec.language.DoubleMetaphone;
import org.garblecheck.detect.EditDistance;
import org.garblecheck.detect.Letters;

/**
 * Whether two capitalised words could be one name spelt two ways: same initial, then either the same
 * letters once accents are dropped, a small edit distance (1 for names of up to six letters, 2 for longer
 * ones), or the same Double Metaphone key and an edit distance of at most 2. Pairs that differ the way
 * inflection makes names differ are never similar: one the other with an ending ("Nigeria"/"Nigerian",
 * "Aliyev"/"Aliyeva", "Biden"/"Bidens"), or the same stem with a different final vowel
 * ("Wróblewski"/"Wróblewska"). Names of four letters or fewer are left alone ("Kim"/"Kin", "Anna"/"Anne", "Yung"/"Yeung").
 */
final class NameSimilarity {
  static final int MIN_LENGTH = 5;
  private static final String VOWELS = "aeiouy";
  private final DoubleMetaphone metaphone = new DoubleMetaphone();

  NameSimilarity() {
    metaphone.setMaxCodeLen(8);
  }

  boolean similar(String a, String b) {
    return distance(a, b) >= 0;
  }

  /**
   * The edit distance between two similar names (after folding accents), or -1 when they are not similar.
   * Spellings that differ only in accents or capitals ("Ichiyo"/"Ichiyō", "Tåsinge"/"Taasinge",
   * "Playstation"/"PlayStation") are not counted: clean news writes names both ways. Hyphenated names that
   * share a part are compared on the part that differs ("Kwok-hing"/"Kwok-kin": two people).
   */
  int distance(String a, String b) {
    return distance(a, b, MIN_LENGTH);
  }

  /** As {@link #distance(String, String)}, for names of at least {@code minLength} letters. */
  int distance(String a, String b, int minLength) {
    if (a.length() < minLength || b.length() < minLength) {
      return -1;
    }
    String fa = Letters.fold(a);
    String fb = Letters.fold(b);
    if (fa.equals(fb) || Letters.foldExpanded(a).equals(Letters.foldExpanded(b))) {
      return -1;
    }
    String[] pa = fa.split("-");
    String[] pb = fb.split("-");
    if (pa.length == pb.length && pa.length > 1) {
      int differing = -1;
      for (int i = 0; i < pa.length; i++) {
        if (!pa[i].equals(pb[i])) {
          if (differing >= 0) {
            return -1;
          }
          differing = i;
        }
      }
      fa = pa[differing];
      fb = pb[differing];
      if (fa.length() < minLength || fb.length() < minLength) {
        return -1;
      }
    }
    if (fa.charAt(0) != fb.charAt(0) || inflectedPrefix(fa, fb) || inflectedPrefix(fb, fa) || inflected(fa, fb)) {
      return -1;
    }
    int d = EditDistance.damerau(fa, fb);
    int limit = Math.max(fa.length(), fb.length()) <= 6 ? 1 : 2;
    if (Letters.hasNonAsciiLetter(a) != Letters.hasNonAsciiLetter(b)) {
      // one spelt with accents, one without: a word of another language ("Olímpico"/"Olympics")
      // unless the letters are nearly the same
      limit = 1;
    }
    if (d <= limit || (d <= 2 && limit == 2 && soundAlike(fa, fb))) {
      return d;
    }
    return -1;
  }

  boolean soundAlike(String a, String b) {
    return metaphone.isDoubleMetaphoneEqual(a, b, false) || metaphone.isDoubleMetaphoneEqual(a, b, true);
  }

  /**
   * One name the other with an ending: an inflection or derivation ("Nigerian", "Aliyeva", "Bidens",
   * "Israeli", "Japanese"), unless the ending is a single consonant that no such ending is ("Obiorah" beside
   * "Obiora": a letter glued on).
   */
  private static boolean inflectedPrefix(String longer, String stem) {
    if (!longer.startsWith(stem)) {
      return false;
    }
    String tail = longer.substring(stem.length());
    return tail.length() != 1 || "sn".indexOf(tail.charAt(0)) >= 0 || VOWELS.indexOf(tail.charAt(0)) >= 0;
  }

  /** Same stem, different final vowel: the way gender and case endings change a name. */
  private static boolean inflected(String fa, String fb) {
    if (fa.length() != fb.length()) {
      return false;
    }
    int n = fa.length();
    return fa.regionMatches(0, fb, 0, n - 1) && VOWELS.indexOf(fa.charAt(n - 1)) >= 0
        && VOWELS.indexOf(fb.charAt(n - 1)) >= 0;
  }
}
