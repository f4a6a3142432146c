package org.garblecheck.detect.words;

/**
 * The two character models shipped in the jar: one of English word shapes (trained on an English word
 * list) and one of the shapes of words of other European languages (trained on the words of the
 * non-English lines of Europarl that are not English words). Their difference per character says whether
 * a word is spelt like English or like another language: "próximo", "baixo", "cual" look foreign,
 * "downwelling", "storyworld", "jitney" look English though no dictionary has them. Loaded once, shared by
 * all threads.
 */
public final class WordShapes {
  static final String ENGLISH = "/models/english-word-shapes.tsv.gz";
  static final String FOREIGN = "/models/foreign-word-shapes.tsv.gz";
  private static volatile WordShapes bundled;

  private final CharModel english;
  private final CharModel foreign;

  WordShapes(CharModel english, CharModel foreign) {
    this.english = english;
    this.foreign = foreign;
  }

  /** The models shipped in the jar, loaded on first use. */
  public static WordShapes bundled() {
    WordShapes w = bundled;
    if (w == null) {
      synchronized (WordShapes.class) {
        w = bundled;
        if (w == null) {
          w = new WordShapes(CharModel.resource(ENGLISH), CharModel.resource(FOREIGN));
          bundled = w;
        }
      }
    }
    return w;
  }

  public CharModel english() {
    return english;
  }

  /**
   * How much more foreign than English the word's letters look, in bits per character: the English
   * model's surprisal minus the foreign model's. Positive means foreign-looking.
   */
  public double foreignness(String word) {
    return english.bitsPerChar(word) - foreign.bitsPerChar(word);
  }
}
