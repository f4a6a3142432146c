package org.garblecheck.detect.words;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.garblecheck.detect.Letters;
import org.garblecheck.detect.Lexicon;
import org.languagetool.AnalyzedToken;

/**
 * Tells what is wrong with a single word, or a pair of adjacent words, from its letters alone: the
 * dictionary ({@link Lexicon}) says which pieces are words and how frequent, the {@link CharModel} says how
 * English the letters look. Context (is the sentence English, is the word quoted) is the pass's business.
 */
final class WordDiagnosis {
  static final String BROKEN = "WORD_BROKEN";
  static final String RUN_TOGETHER = "WORD_RUN_TOGETHER";
  static final String SPLIT = "WORD_SPLIT";
  static final String FOREIGN = "WORD_FOREIGN_RESIDUE";

  /** A frequency class (speller) a dictionary word must reach to explain a broken or glued word. */
  static final int FREQUENT = 8;
  /** Shortest dictionary word a broken word may be built on. */
  static final int MIN_BASE = 5;
  /** Bits the junk letters of a padded word must add, over ending the word where the dictionary word ends. */
  static final double JUNK_BITS = 5.0;
  /**
   * Foreignness (bits per character, {@link WordShapes#foreignness}) from which a word looks foreign. Chosen
   * on the 108 real clean documents and their es and gl round trips (candidates that pass the pass's
   * context checks): at 0.2, 5 clean words against 235 in the round trips; at 0.5, 4 against 193; at 0.0,
   * 8 against 280.
   */
  static final double FOREIGN_MARGIN = 0.2;
  /**
   * From this length an unknown word that leans foreign at all (foreignness at least 0) is taken as
   * foreign: the average over many letters is steadier, and such words are glued foreign phrases
   * ("museosdeclase", "temasnorepresentativos").
   */
  static final int LONG_WORD = 12;
  /**
   * Bits per character from which a short word (up to three letters) is no English shape at all ("xa"),
   * even when the foreign model has not seen its like either.
   */
  static final double SHORT_ODD_BITS = 6.0;
  /** Frequency class of the English function words that show up glued to a neighbour ("thegovernment"). */
  static final int GLUE_FREQUENT = 15;
  /**
   * A clipped word must be at least this long to be called cut short rather than misspelt. On the 108 real
   * clean documents, unknown words one final letter short of a frequent word are "attache" (an accent
   * dropped, see {@link #broken}), "pointe", "improv" and shorter.
   */
  static final int MIN_CLIPPED = 7;

  private static final Pattern CAMEL = Pattern.compile("\\p{Ll}{2,}(?:\\p{Lu}\\p{Ll}+)+");
  private static final Pattern CAMEL_PIECE = Pattern.compile("\\p{Lu}?\\p{Ll}+");
  private static final Pattern DIGITS_INSIDE = Pattern.compile("(\\p{L}{3,})(\\d+)(\\p{L}{2,})");
  private static final String VOWELS = "aeiouáéíóúàèìòùâêîôûäëïöüãõåæœø";

  record Result(String ruleId, String message, Optional<String> suggestion) {}

  private final Lexicon lexicon;
  private final WordShapes shapes;

  WordDiagnosis(Lexicon lexicon, WordShapes shapes) {
    this.lexicon = lexicon;
    this.shapes = shapes;
  }

  /**
   * Words glued together: camelCase pieces inside a lower-case word ("queSiguenOjo"), letters glued to a
   * number ("chicode14años"), an English function word glued to another word ("thegovernment"), or an
   * adjective glued to a noun ("newapartments"). Compounds of two nouns ("storyworld") are left alone:
   * English makes those freely.
   */
  Optional<Result> glued(String w) {
    if (w.length() >= 6 && CAMEL.matcher(w).matches() && !lexicon.isKnown(w)) {
      List<String> pieces = CAMEL_PIECE.matcher(w).results().map(m -> m.group()).toList();
      // brand-style camel case ("wikiHow", "eBay") has two pieces and a short or English first one
      String first = pieces.get(0);
      if (pieces.size() >= 3 || (first.length() >= 5 && !lexicon.isKnown(first))) {
        return Optional.of(runTogether(w, String.join(" ", pieces)));
      }
      return Optional.empty();
    }
    Matcher d = DIGITS_INSIDE.matcher(w);
    if (d.matches() && Letters.isLowerCase(w)) {
      return Optional.of(runTogether(w, d.group(1) + " " + d.group(2) + " " + d.group(3)));
    }
    if (!Letters.isWord(w) || !Letters.isLowerCase(w) || w.indexOf('-') >= 0 || w.length() < 6
        || lexicon.isKnown(w) || lexicon.hasReading(w)) {
      return Optional.empty();
    }
    for (int i = 2; i <= w.length() - 2; i++) {
      String a = w.substring(0, i);
      String b = w.substring(i);
      boolean fa = functionWord(a);
      boolean fb = functionWord(b);
      if ((fa && content(b)) || (fb && content(a)) || (fa && fb) || (adjective(a) && noun(b))) {
        return Optional.of(runTogether(w, a + " " + b));
      }
    }
    return Optional.empty();
  }

  private static Result runTogether(String w, String split) {
    return new Result(RUN_TOGETHER, "“" + w + "” looks like words run together: “" + split + "”?",
        Optional.of(split));
  }

  /** A dictionary word with junk letters glued on ("annexationa") or its last letter cut off ("committe"). */
  Optional<Result> broken(String w) {
    CharModel english = shapes.english();
    double whole = english.bits(w);
    for (int j = 1; j <= 2; j++) {
      if (w.length() - j < MIN_BASE) {
        break;
      }
      String head = w.substring(0, w.length() - j);
      if (frequentWord(head) && whole - english.bits(head) >= JUNK_BITS * j) {
        return Optional.of(new Result(BROKEN, "“" + w + "” looks like “" + head + "” with stray letters glued on.",
            Optional.of(head)));
      }
      String tail = w.substring(j);
      if (frequentWord(tail) && whole - english.bits(tail) >= JUNK_BITS * j) {
        return Optional.of(new Result(BROKEN, "“" + w + "” looks like “" + tail + "” with stray letters glued on.",
            Optional.of(tail)));
      }
    }
    if (w.length() >= MIN_CLIPPED) {
      List<String> suggestions = lexicon.suggestions(w);
      if (suggestions.stream().anyMatch(s -> !s.equals(w) && Letters.fold(s).equals(w))) {
        return Optional.empty(); // "attache" for "attaché": a word written without its accent
      }
      for (String s : suggestions) {
        if (s.length() == w.length() + 1 && s.startsWith(w) && frequentWord(s)) {
          return Optional.of(new Result(BROKEN, "“" + w + "” looks like “" + s + "” cut short.", Optional.of(s)));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A word left untranslated: its letters look more like the words of other European languages than like
   * English ones, or (three letters or fewer) like no English word at all.
   */
  Optional<Result> foreign(String w) {
    if (!latinLetters(w) || !hasVowel(w)) {
      return Optional.empty();
    }
    boolean shortAndOdd = w.length() <= 3 && shapes.english().bitsPerChar(w) >= SHORT_ODD_BITS;
    double foreignness = shapes.foreignness(w);
    if (foreignness >= FOREIGN_MARGIN || (w.length() >= LONG_WORD && foreignness >= 0) || shortAndOdd) {
      return Optional.of(new Result(FOREIGN, "“" + w + "” is not English: a word the translation left"
          + " untranslated?", Optional.empty()));
    }
    return Optional.empty();
  }

  /** Two pieces that are not words alone but make a frequent word together ("govern ment"). */
  Optional<Result> split(String a, String b) {
    if (!Letters.isWord(a) || !Letters.isWord(b) || !Letters.isLowerCase(a + b) || a.length() < 2
        || b.length() < 2 || a.length() + b.length() < 6) {
      return Optional.empty();
    }
    boolean aUnknown = !lexicon.isKnown(a) && !lexicon.hasReading(a);
    boolean bUnknown = !lexicon.isKnown(b) && !lexicon.hasReading(b);
    String joined = a + b;
    if ((aUnknown || bUnknown) && frequentWord(joined)) {
      return Optional.of(new Result(SPLIT, "“" + a + " " + b + "” looks like one word split in two: “" + joined
          + "”?", Optional.of(joined)));
    }
    return Optional.empty();
  }

  private boolean frequentWord(String w) {
    return w.length() >= 2 && lexicon.isKnown(w) && lexicon.isCommonWord(w) && lexicon.frequency(w) >= FREQUENT;
  }

  private boolean content(String w) {
    return w.length() >= 3 && frequentWord(w) && !functionWord(w);
  }

  /** A frequent word that is only ever an adjective (or adverb): "new", "big", not "dead" (also a noun). */
  private boolean adjective(String w) {
    if (w.length() < 3 || !frequentWord(w) || lexicon.frequency(w) < GLUE_FREQUENT - 2) {
      return false;
    }
    boolean adjective = false;
    for (AnalyzedToken t : lexicon.readings(w)) {
      String pos = t.getPOSTag();
      if (pos == null || !(pos.startsWith("JJ") || pos.startsWith("RB"))) {
        return false;
      }
      adjective |= pos.startsWith("JJ");
    }
    return adjective;
  }

  private boolean noun(String w) {
    if (w.length() < 3 || !frequentWord(w)) {
      return false;
    }
    for (AnalyzedToken t : lexicon.readings(w)) {
      if (t.getPOSTag() != null && t.getPOSTag().startsWith("NN") && !t.getPOSTag().startsWith("NNP")) {
        return true;
      }
    }
    return false;
  }

  /** A closed-class English word: determiner, preposition, conjunction, pronoun, modal. */
  private boolean functionWord(String w) {
    if (w.length() < 2 || !lexicon.isKnown(w) || lexicon.frequency(w) < GLUE_FREQUENT) {
      return false;
    }
    for (AnalyzedToken t : lexicon.readings(w)) {
      String pos = t.getPOSTag();
      if (pos != null && (pos.equals("DT") || pos.equals("IN") || pos.equals("CC") || pos.equals("TO")
          || pos.startsWith("PRP") || pos.equals("MD") || pos.startsWith("W") || pos.equals("EX"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean latinLetters(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!Character.isLetter(c) || Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN
          || (c >= 0x0250 && c <= 0x02FF)) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasVowel(String w) {
    String l = w.toLowerCase(Locale.ROOT);
    for (int i = 0; i < l.length(); i++) {
      if (VOWELS.indexOf(l.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  static List<String> rules() {
    return List.of(BROKEN, RUN_TOGETHER, SPLIT, FOREIGN);
  }
}
