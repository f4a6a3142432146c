package org.garblecheck.spin;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.languagetool.AnalyzedToken;

/**
 * Decides which words are content words and, where LanguageTool leaves a word ambiguous ("talks":
 * noun or verb), picks a class from the neighbouring words: after a determiner, adjective or preposition an adjective when
 * a noun phrase goes on, else a noun; after "to", a modal or a subject pronoun a verb. On the tagged GUM
 * corpus the class chosen for a content word is right for 95% of the words it decides (see the
 * {@code spin} notes in {@code corpus/scripts/README.md}). Where the neighbours do not
 * settle it, the word is left alone — a spinner that swapped "talks" (noun) for "negotiates" would make
 * damage of a kind real spinners, which work from a tagged thesaurus, rarely make.
 */
final class ContextTagger {
  /** Words that are open-class in the tagger but behave like function words; never spun. */
  private static final Set<String> FUNCTION_LEMMAS = Set.of(
      "be", "have", "do", "not", "n't", "so", "too", "also", "then", "there", "here", "as", "ago", "else",
      "more", "most", "less", "least", "how", "when", "where", "why", "yet", "such", "own", "other",
      "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
      "last", "next", "same", "many", "much", "few", "several", "once", "twice", "nobody", "somebody",
      "anybody", "everybody", "nothing", "something", "anything", "everything", "someone", "anyone",
      "everyone", "none", "hundred", "thousand", "million", "billion", "trillion", "dozen");
  private static final Set<String> DETERMINER_TAGS = Set.of("DT", "PDT", "PRP$", "POS", "CD", "WP$");
  private static final Set<String> DETERMINERS = Set.of(
      "the", "a", "an", "this", "that", "these", "those", "my", "your", "his", "her", "its", "our", "their",
      "'s", "’s", "every", "each", "some", "any", "no", "whose");
  private static final Set<String> SUBJECTS = Set.of("i", "we", "you", "they", "he", "she", "it", "who");
  private static final Set<String> PASSIVE_OR_PERFECT = Set.of("have", "be", "get");

  private ContextTagger() {}

  /**
   * Whether the word counts as a content word: a lower-case (or sentence-initial) word of letters whose
   * readings are all noun, verb, adjective or adverb ones, none of them a proper noun, and not one of the
   * few open-class words that work as function words (auxiliaries, "not", "also", ordinals …).
   */
  static boolean isContent(Token t) {
    String w = t.text();
    if (w.isEmpty() || !w.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '’')
        || !Character.isLetter(w.charAt(0))) {
      return false;
    }
    if (Character.isUpperCase(w.charAt(0)) && (!t.initial() || w.length() > 1 && isAllUpper(w))) {
      return false;
    }
    if (t.tagged().isEmpty() || t.classes().isEmpty() || t.hasClosedReading() || t.hasProperReading()) {
      return false;
    }
    if (FUNCTION_LEMMAS.contains(t.lower())) {
      return false;
    }
    for (AnalyzedToken r : t.tagged()) {
      if (r.getLemma() != null && FUNCTION_LEMMAS.contains(r.getLemma().toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /** The reading of content word {@code i}, or empty when its class cannot be told from the context. */
  static Optional<Reading> read(List<Token> sentence, int i) {
    Token t = sentence.get(i);
    if (!isContent(t)) {
      return Optional.empty();
    }
    Set<WordClass> classes = t.classes();
    WordClass c;
    boolean infinitive = false;
    if (classes.size() == 1) {
      c = classes.iterator().next();
    } else {
      Token prev = i > 0 ? sentence.get(i - 1) : null;
      Token next = i + 1 < sentence.size() ? sentence.get(i + 1) : null;
      if (prev == null) {
        return Optional.empty();
      }
      String p = prev.lower();
      boolean determiner = DETERMINERS.contains(p) || prev.onlyTags(DETERMINER_TAGS);
      boolean adjective = !determiner && isContent(prev) && prev.classes().equals(Set.of(WordClass.ADJECTIVE));
      boolean preposition = !p.equals("to") && prev.hasTag("IN") && prev.hasClosedReading()
          && prev.classes().isEmpty();
      if (determiner || adjective || preposition) {
        if (classes.contains(WordClass.ADJECTIVE) && nominalFollows(next)) {
          c = WordClass.ADJECTIVE;
        } else if (classes.contains(WordClass.NOUN)) {
          c = WordClass.NOUN;
        } else if (classes.contains(WordClass.ADJECTIVE)) {
          c = WordClass.ADJECTIVE;
        } else {
          return Optional.empty();
        }
      } else if ((p.equals("to") || prev.onlyTags(Set.of("MD"))) && t.hasTag("VB")) {
        c = WordClass.VERB;
        infinitive = true;
      } else if (SUBJECTS.contains(p) && classes.contains(WordClass.VERB)) {
        c = WordClass.VERB;
      } else {
        return Optional.empty();
      }
    }
    return reading(sentence, i, c, infinitive);
  }

  /** The tag and lemma of word {@code i} taken as class {@code c}. */
  static Optional<Reading> reading(List<Token> sentence, int i, WordClass c, boolean infinitive) {
    Token t = sentence.get(i);
    List<AnalyzedToken> rs = t.readingsOf(c);
    if (rs.isEmpty()) {
      return Optional.empty();
    }
    AnalyzedToken chosen = rs.get(0);
    String tag;
    switch (c) {
      case NOUN -> {
        for (AnalyzedToken r : rs) {
          if (t.lower().equals(r.getLemma())) {
            chosen = r;
          }
        }
        tag = chosen.getPOSTag().equals("NNS") ? "NNS" : "NN";
      }
      case VERB -> {
        if (infinitive || t.hasTag("VB") || t.hasTag("VBP")) {
          tag = "VB";
        } else if (t.hasTag("VBG")) {
          tag = "VBG";
        } else if (t.hasTag("VBZ")) {
          tag = "VBZ";
        } else if (t.hasTag("VBD") && t.hasTag("VBN")) {
          tag = participle(sentence, i) ? "VBN" : "VBD";
        } else if (t.hasTag("VBD")) {
          tag = "VBD";
        } else if (t.hasTag("VBN")) {
          tag = "VBN";
        } else {
          return Optional.empty();
        }
        for (AnalyzedToken r : rs) {
          if (r.getPOSTag().equals(tag) || tag.equals("VB") && r.getPOSTag().equals("VBP")) {
            chosen = r;
            break;
          }
        }
      }
      default -> {
        for (AnalyzedToken r : rs) {
          if (t.lower().equals(r.getLemma())) {
            chosen = r;
          }
        }
        String raw = chosen.getPOSTag();
        tag = Set.of("JJR", "JJS", "RBR", "RBS").contains(raw) ? raw : raw.substring(0, 2);
      }
    }
    String lemma = chosen.getLemma() != null ? chosen.getLemma() : t.lower();
    return Optional.of(new Reading(c, tag, lemma.toLowerCase(Locale.ROOT)));
  }

  /** Whether the next word can head or modify a noun phrase (a noun, an adjective, a name, an unknown word). */
  private static boolean nominalFollows(Token next) {
    if (next == null || next.text().isEmpty() || !Character.isLetter(next.text().charAt(0))) {
      return false;
    }
    if (next.tagged().isEmpty() || next.hasProperReading()) {
      return true;
    }
    Set<WordClass> c = next.classes();
    return !next.hasClosedReading() && (c.contains(WordClass.NOUN) || c.contains(WordClass.ADJECTIVE));
  }

  /**
   * Whether an {@code -ed} form that may be past tense or participle is the participle: after a form of
   * "have", "be" or "get" (adverbs and "not" between are skipped), after a determiner ("the proposed
   * rule"), or before "by".
   */
  private static boolean participle(List<Token> sentence, int i) {
    if (i + 1 < sentence.size() && sentence.get(i + 1).lower().equals("by")) {
      return true;
    }
    for (int j = i - 1; j >= 0 && j >= i - 4; j--) {
      Token p = sentence.get(j);
      for (String aux : PASSIVE_OR_PERFECT) {
        if (p.hasLemma(aux)) {
          return true;
        }
      }
      boolean adverb = p.classes().equals(Set.of(WordClass.ADVERB)) || p.lower().equals("not")
          || p.lower().equals("n't");
      if (j == i - 1 && (DETERMINERS.contains(p.lower()) || p.onlyTags(DETERMINER_TAGS))) {
        return true;
      }
      if (!adverb) {
        return false;
      }
    }
    return false;
  }

  private static boolean isAllUpper(String w) {
    return w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }
}
