package org.garblecheck.model;

/**
 * A sentence of an article: its index in the article, the paragraph it belongs to, and its span in the
 * original text (leading and trailing white space excluded).
 */
public record Sentence(int index, int paragraph, TextSpan span) {
  /**
   * The index of the sentence containing {@code offset} in sentences sorted by start, or of the last one that
   * starts before it; -1 if none does.
   */
  public static int indexAt(java.util.List<Sentence> sentences, int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    int best = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (sentences.get(mid).start() <= offset) {
        best = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return best;
  }

  public int start() {
    return span.start();
  }

  public int end() {
    return span.end();
  }
}
