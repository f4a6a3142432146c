package org.garblecheck.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What kind of damage a finding shows. Categories group rules for weights, reports and configuration.
 * {@link #countsAsSentenceDamage()} is false for article-level signs such as scraper residue, which weigh
 * on neither axis of a sentence (a residue line is marked as residue instead, see {@link SentenceScore}).
 * {@link #isSpecific()} is true for the detectors of one named kind of damage (a broken word, a garbled name, a person flip, a dropped subject, a calque, a
 * stray mark, a literal label): they seldom fire on fluent text, unlike the statistical signs (grammar,
 * spelling, spin, fluency, quotes) that also catch the slips of careful writers.
 */
public enum Category {
  GRAMMAR("grammar", true, false),
  SPELLING("spelling", true, false),
  WORD("word", true, true),
  NAME("name", true, true),
  PERSON("person", true, true),
  FRAGMENT("fragment", true, true),
  TRANSLATIONESE("translationese", true, true),
  SPIN("spin", true, false),
  FLUENCY("fluency", true, false),
  PUNCTUATION("punctuation", true, true),
  QUOTE("quote", true, false),
  LABEL("label", true, true),
  RESIDUE("residue", false, false),
  ARTICLE("article", false, false);

  private final String id;
  private final boolean sentenceDamage;
  private final boolean specific;

  Category(String id, boolean sentenceDamage, boolean specific) {
    this.id = id;
    this.sentenceDamage = sentenceDamage;
    this.specific = specific;
  }

  public String id() {
    return id;
  }

  public boolean countsAsSentenceDamage() {
    return sentenceDamage;
  }

  /** A detector of one named kind of damage, rarely seen in fluent text (see the class comment). */
  public boolean isSpecific() {
    return specific;
  }

  public static Category parse(String s) {
    String k = s.trim().toLowerCase(Locale.ROOT);
    for (Category c : values()) {
      if (c.id.equals(k)) {
        return c;
      }
    }
    throw new IllegalArgumentException("unknown category '" + s + "' (expected one of "
        + Arrays.stream(values()).map(Category::id).collect(Collectors.joining(", ")) + ")");
  }
}
