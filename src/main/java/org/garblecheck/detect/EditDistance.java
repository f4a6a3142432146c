package org.garblecheck.detect;

/** Edit distances between short strings (names, words). */
public final class EditDistance {
  private EditDistance() {}

  /**
   * Damerau-Levenshtein distance in its optimal-string-alignment form: insertions, deletions,
   * substitutions and transpositions of adjacent characters each cost 1.
   */
  public static int damerau(CharSequence a, CharSequence b) {
    int n = a.length();
    int m = b.length();
    int[][] d = new int[n + 1][m + 1];
    for (int i = 0; i <= n; i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= m; j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
      }
    }
    return d[n][m];
  }

  /** Levenshtein distance: insertions, deletions and substitutions each cost 1. */
  public static int levenshtein(CharSequence x, CharSequence y) {
    int[] row = new int[y.length() + 1];
    for (int j = 0; j <= y.length(); j++) {
      row[j] = j;
    }
    for (int i = 1; i <= x.length(); i++) {
      int diagonal = row[0];
      row[0] = i;
      for (int j = 1; j <= y.length(); j++) {
        int above = row[j];
        row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1),
            diagonal + (x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1));
        diagonal = above;
      }
    }
    return row[y.length()];
  }

  /**
   * Whether two words (or phrases) are only two spellings of one ("neighbour", "neighbor"; "air defences",
   * "air defenses"): longer than three letters, the same first three letters and at most two letters
   * changed. A thesaurus lists such pairs as synonyms; a swap between them is no spinning.
   */
  public static boolean spellingVariant(String a, String b) {
    return a.length() > 3 && b.length() > 3 && a.regionMatches(0, b, 0, 3) && levenshtein(a, b) <= 2;
  }
}
