package org.garblecheck.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What kind of damage a finding shows. Categories group rules for weights, reports and configuration.
 * {@link #countsAsSentenceDamage()} is false for article-level signs such as scraper residue, which are
 * reported per article and never make a sentence "damaged".
 */
public enum Category {
  GRAMMAR("grammar", true),
  SPELLING("spelling", true),
  WORD("word", true),
  NAME("name", true),
  PERSON("person", true),
  FRAGMENT("fragment", true),
  TRANSLATIONESE("translationese", true),
  SPIN("spin", true),
  FLUENCY("fluency", true),
  PUNCTUATION("punctuation", true),
  QUOTE("quote", true),
  LABEL("label", true),
  RESIDUE("residue", false),
  ARTICLE("article", false);

  private final String id;
  private final boolean sentenceDamage;

  Category(String id, boolean sentenceDamage) {
    this.id = id;
    this.sentenceDamage = sentenceDamage;
  }

  public String id() {
    return id;
  }

  public boolean countsAsSentenceDamage() {
    return sentenceDamage;
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
