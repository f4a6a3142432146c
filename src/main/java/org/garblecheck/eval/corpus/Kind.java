package org.garblecheck.eval.corpus;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What an article version is: the clean original or one kind of damaged copy. */
public enum Kind {
  CLEAN("clean"),
  /** A machine-translation round trip; fits the mt axis. */
  ROUNDTRIP("roundtrip"),
  /** Article-spinner output; fits the spin axis. */
  SPUN("spun"),
  /**
   * A clean article with some paragraphs replaced by their round-trip or spun versions: light damage,
   * as from a scraper that rewrote part of a story. Fits the article model, not the finding weights.
   */
  MIXED("mixed"),
  /**
   * A clean article with a few single-word slips of a round trip through a distant language (a flipped
   * pronoun, a respelt name, a dropped subject, a stranded preposition): fits the mt axis and the article
   * model.
   */
  SLIPS("slips"),
  /**
   * A clean article with a few grammatical slips (an article, a preposition, agreement, a verb or noun
   * form, word order; {@code corpus/scripts/grammar-slips.py}): fits the mt axis's finding weights, not
   * the article model, since one slip in a paragraph does not mark a whole article as a damaged copy.
   */
  GRAMMAR("grammar"),
  /** Damage made by hand; never fitted on. */
  HANDMADE("handmade"),
  /** Damage of unknown origin, from {@code eval --clean DIR --damaged DIR}. */
  DAMAGED("damaged");

  private final String id;

  Kind(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public boolean isClean() {
    return this == CLEAN;
  }

  public static Optional<Kind> parse(String s) {
    String k = s.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(v -> v.id.equals(k)).findFirst();
  }

  public static String names() {
    return Arrays.stream(values()).map(Kind::id).collect(Collectors.joining(", "));
  }
}
