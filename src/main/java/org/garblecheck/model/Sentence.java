package org.garblecheck.model;

/**
 * A sentence of an article: its index in the article, the paragraph it belongs to, and its span in the
 * original text (leading and trailing white space excluded).
 */
public record Sentence(int index, int paragraph, TextSpan span) {
  public int start() {
    return span.start();
  }

  public int end() {
    return span.end();
  }
}
