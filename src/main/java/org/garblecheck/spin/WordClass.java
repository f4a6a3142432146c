package org.garblecheck.spin;

import java.util.Optional;
import net.sf.extjwnl.data.POS;

/** The four open word classes a spinner replaces, with their WordNet part of speech. */
public enum WordClass {
  NOUN(POS.NOUN),
  VERB(POS.VERB),
  ADJECTIVE(POS.ADJECTIVE),
  ADVERB(POS.ADVERB);

  private final POS pos;

  WordClass(POS pos) {
    this.pos = pos;
  }

  POS pos() {
    return pos;
  }

  /**
   * The class of a Penn Treebank tag as LanguageTool writes it ({@code NNS}, {@code NN:UN}, {@code VBD},
   * {@code JJR}, {@code RB}); empty for proper nouns ({@code NNP*}) and every closed-class tag.
   */
  public static Optional<WordClass> ofTag(String tag) {
    if (tag == null || tag.startsWith("NNP")) {
      return Optional.empty();
    }
    if (tag.startsWith("NN")) {
      return Optional.of(NOUN);
    }
    if (tag.startsWith("VB")) {
      return Optional.of(VERB);
    }
    if (tag.startsWith("JJ")) {
      return Optional.of(ADJECTIVE);
    }
    if (tag.equals("RB") || tag.equals("RBR") || tag.equals("RBS")) {
      return Optional.of(ADVERB);
    }
    return Optional.empty();
  }
}
