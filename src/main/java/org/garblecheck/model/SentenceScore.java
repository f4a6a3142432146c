package org.garblecheck.model;

/**
 * How damaged one sentence looks: overall and per axis, each in [0, 1]. A sentence that is scraper
 * {@code residue} ("Source link", a comment form, a share bar) is not text of the article at all: its
 * damage is 1 whatever the two axes say, which stay those of translation and spinning.
 */
public record SentenceScore(Sentence sentence, double damage, double mt, double spin, boolean residue) {

  /** A sentence of the article's own text (not residue). */
  public SentenceScore(Sentence sentence, double damage, double mt, double spin) {
    this(sentence, damage, mt, spin, false);
  }

  /** The overall damage of a sentence from its two axes, combined as independent signs. */
  public static SentenceScore of(Sentence sentence, double mt, double spin, boolean residue) {
    return new SentenceScore(sentence, residue ? 1 : 1 - (1 - mt) * (1 - spin), mt, spin, residue);
  }
}
