package org.garblecheck.spin;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;

/**
 * One word or punctuation token of a sentence, with LanguageTool's readings (lemma and Penn tag each,
 * not disambiguated) and its span in the article.
 *
 * @param initial whether this is the first word of its sentence and not followed by another capitalised word
 *     (its capital letter is then no sign of a name, as it is in "Pacific Gas and Electric")
 */
record Token(String text, int start, int end, List<AnalyzedToken> readings, boolean initial) {
  private static final Set<String> IGNORED_TAGS = Set.of("SENT_END", "PARA_END");

  Token {
    readings = List.copyOf(readings);
  }

  /** The word and punctuation tokens of an analysed sentence that starts at {@code base} in the article. */
  static List<Token> of(AnalyzedSentence sentence, int base) {
    List<Token> out = new ArrayList<>();
    boolean initial = true;
    for (AnalyzedTokenReadings r : sentence.getTokensWithoutWhitespace()) {
      String t = r.getToken();
      if (t.isBlank()) {
        continue;
      }
      int start = base + r.getStartPos();
      boolean word = Character.isLetterOrDigit(t.codePointAt(0));
      out.add(new Token(t, start, start + t.length(), r.getReadings(), initial && word));
      initial &= !word;
    }
    for (int i = 0; i + 1 < out.size(); i++) {
      Token t = out.get(i);
      String next = out.get(i + 1).text();
      if (t.initial() && Character.isUpperCase(next.codePointAt(0)) && !next.equals("I")) {
        out.set(i, new Token(t.text(), t.start(), t.end(), t.readings(), false));
      }
    }
    return out;
  }

  String lower() {
    return text.toLowerCase(Locale.ROOT);
  }

  /** The readings that carry a tag, without LanguageTool's sentence and paragraph end markers. */
  List<AnalyzedToken> tagged() {
    List<AnalyzedToken> out = new ArrayList<>(readings.size());
    for (AnalyzedToken r : readings) {
      if (r.getPOSTag() != null && !IGNORED_TAGS.contains(r.getPOSTag())) {
        out.add(r);
      }
    }
    return out;
  }

  /** The open word classes among the readings. */
  Set<WordClass> classes() {
    Set<WordClass> out = EnumSet.noneOf(WordClass.class);
    for (AnalyzedToken r : tagged()) {
      WordClass.ofTag(r.getPOSTag()).ifPresent(out::add);
    }
    return out;
  }

  /** Whether some reading is a closed-class one (determiner, preposition, pronoun, number, particle …). */
  boolean hasClosedReading() {
    for (AnalyzedToken r : tagged()) {
      if (WordClass.ofTag(r.getPOSTag()).isEmpty() && !r.getPOSTag().startsWith("NNP")) {
        return true;
      }
    }
    return false;
  }

  boolean hasProperReading() {
    for (AnalyzedToken r : tagged()) {
      if (r.getPOSTag().startsWith("NNP")) {
        return true;
      }
    }
    return false;
  }

  boolean hasTag(String tag) {
    for (AnalyzedToken r : tagged()) {
      if (r.getPOSTag().equals(tag)) {
        return true;
      }
    }
    return false;
  }

  /** Whether every tagged reading has one of these tags (false when there is no tagged reading). */
  boolean onlyTags(Set<String> tags) {
    List<AnalyzedToken> t = tagged();
    if (t.isEmpty()) {
      return false;
    }
    for (AnalyzedToken r : t) {
      if (!tags.contains(r.getPOSTag())) {
        return false;
      }
    }
    return true;
  }

  boolean hasLemma(String lemma) {
    for (AnalyzedToken r : tagged()) {
      if (lemma.equals(r.getLemma())) {
        return true;
      }
    }
    return false;
  }

  /** The readings of one class, in LanguageTool's order. */
  List<AnalyzedToken> readingsOf(WordClass c) {
    List<AnalyzedToken> out = new ArrayList<>();
    for (AnalyzedToken r : tagged()) {
      if (WordClass.ofTag(r.getPOSTag()).orElse(null) == c) {
        out.add(r);
      }
    }
    return out;
  }
}
