package org.garblecheck.detect.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.garblecheck.analysis.AnalyzedArticle;
import org.garblecheck.detect.ArticleTokens;
import org.garblecheck.detect.Letters;
import org.garblecheck.detect.Lexicon;
import org.garblecheck.detect.WordToken;
import org.garblecheck.model.Category;
import org.garblecheck.model.Severity;
import org.garblecheck.pass.FindingSink;
import org.garblecheck.pass.Pass;

/**
 * Names damaged by a round trip, judged against the article's own use of its names:
 * <ul>
 *   <li>{@value #GARBLED}: an unknown capitalised word that nearly matches a name the article uses more
 *       often ("Byden" beside "Biden"); two unknown spellings used equally often are both marked, as one of
 *       them must be the slip;</li>
 *   <li>{@value #LOWERCASED}: a name of the article written in lower case ("putin says"), or a word the
 *       dictionary knows only as a name ("beyond pennsylvania");</li>
 *   <li>{@value #AS_WORD}: a capitalised common word in mid-sentence that nearly matches a name the
 *       article uses ("Triumph" beside "Trump").</li>
 * </ul>
 * A name of the article is a capitalised word the article writes at least twice in mid-sentence (where a
 * capital means a name, not a sentence start or a headline) and whose lower-case form is not a dictionary
 * word.
 */
public final class NamePass implements Pass {
  public static final String GARBLED = "NAME_GARBLED";
  public static final String LOWERCASED = "NAME_LOWERCASED";
  public static final String AS_WORD = "NAME_AS_WORD";
  static final int NAME_MIN_MENTIONS = 2;
  /** Shorter lower-case words are left alone: particles ("de", "van", "bin") and abbreviations. */
  static final int MIN_LOWERCASED = 4;
  /** A form written this often is the article's own spelling, not a slip. */
  static final int ESTABLISHED = 3;
  /** A lower-case form written more often than this is the article's own usage (a coined term, a brand). */
  static final int MAX_SLIPS = 2;
  /** Two spellings this close (in tokens) are presented as variants of each other. */
  static final int VARIANT_WINDOW = 5;
  /** Words that introduce a name as a spelling or another name of someone ("also spelt", "née", "aka"). */
  private static final Set<String> SPELLING_CUES = Set.of("spell", "spells", "spelled", "spelt", "spelling",
      "spellings", "misspelled", "misspelt", "transliterated", "transliteration", "romanized", "romanised",
      "romanization", "romanisation", "aka", "alias", "née", "nee", "né", "nicknamed", "nickname", "dubbed",
      "variant", "variously");

  private final Lexicon lexicon;
  private final NameSimilarity similarity = new NameSimilarity();

  public NamePass(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public String name() {
    return "names";
  }

  @Override
  public void run(AnalyzedArticle article, FindingSink sink) {
    List<List<WordToken>> sentences = ArticleTokens.of(article);
    NameMentions mentions = NameMentions.of(sentences);
    List<NameMentions.Form> names = new ArrayList<>();
    for (NameMentions.Form f : mentions.forms()) {
      if (f.midSentence >= NAME_MIN_MENTIONS) {
        names.add(f);
      }
    }
    // most frequent first, so that the suggestion is the majority form; ties by text for determinism
    names.sort(Comparator.comparingInt(NameMentions.Form::count).reversed().thenComparing(f -> f.text));
    garbled(sentences, mentions, sink);
    lowercased(article.text(), sentences, mentions, sink);
    asWord(sentences, mentions, names, sink);
  }

  private void garbled(List<List<WordToken>> sentences, NameMentions mentions, FindingSink sink) {
    List<NameMentions.Form> all = new ArrayList<>();
    mentions.forms().forEach(all::add);
    all.sort(Comparator.comparingInt(NameMentions.Form::count).reversed().thenComparing(f -> f.text));
    for (NameMentions.Form rare : all) {
      if (rare.count() >= ESTABLISHED || rare.text.length() < NameSimilarity.MIN_LENGTH || isKnownWord(rare.text)) {
        continue;
      }
      NameMentions.Form best = null;
      int bestDistance = Integer.MAX_VALUE;
      boolean bestTie = false;
      for (NameMentions.Form major : all) {
        if (major == rare || major.midSentence == 0 || !isArticleName(major.text)) {
          continue;
        }
        int d = similarity.distance(rare.text, major.text);
        if (d < 0) {
          continue;
        }
        boolean more = major.count() > rare.count() && major.midSentence >= NAME_MIN_MENTIONS;
        boolean tieButKnown = major.count() == rare.count() && lexicon.isKnown(major.text);
        // two unknown spellings used equally often: found once, from the later one
        boolean tie = major.count() == rare.count() && d == 1 && major.first() < rare.first();
        if ((more || tieButKnown || tie) && d < bestDistance) {
          best = major;
          bestDistance = d;
          bestTie = tie && !more && !tieButKnown;
        }
      }
      if (best == null || juxtaposed(sentences, rare, best) || presentedAsSpelling(sentences, rare)) {
        continue;
      }
      if (bestTie) {
        // nothing tells which of the two is the slip: both are marked, each suggesting the other
        String message = "“" + best.text + "” and “" + rare.text + "” are each written " + times(rare.count())
            + " in this article: one of them is probably garbled.";
        for (WordToken t : best.tokens) {
          sink.report(GARBLED, Category.NAME, Severity.WARNING, t.span(), message, List.of(rare.text));
        }
        for (WordToken t : rare.tokens) {
          sink.report(GARBLED, Category.NAME, Severity.WARNING, t.span(), message, List.of(best.text));
        }
        continue;
      }
      String message = "“" + rare.text + "” looks like a garbled form of “" + best.text + "”, which this article"
          + " uses " + times(best.count()) + ".";
      for (WordToken t : rare.tokens) {
        sink.report(GARBLED, Category.NAME, Severity.WARNING, t.span(), message, List.of(best.text));
      }
    }
  }

  private void lowercased(String text, List<List<WordToken>> sentences, NameMentions mentions, FindingSink sink) {
    for (List<WordToken> s : sentences) {
      for (WordToken t : s) {
        String w = t.text();
        if (w.length() < MIN_LOWERCASED || !Letters.isWord(w) || !Letters.isLowerCase(w)
            || partOfAddress(text, t)) {
          continue;
        }
        String capitalised = Letters.capitalise(w);
        NameMentions.Form name = mentions.form(capitalised);
        int lower = mentions.lowerCount(w);
        if (lower > MAX_SLIPS || lexicon.isCommonWord(w) || lexicon.isKnown(w) || mentioned(text, s, t)) {
          continue;
        }
        if (name != null && name.midSentence >= NAME_MIN_MENTIONS && name.count() > lower) {
          sink.report(LOWERCASED, Category.NAME, Severity.WARNING, t.span(),
              "The name “" + name.text + "” is written in lower case here; the article capitalises it "
                  + times(name.count()) + ".",
              List.of(name.text));
        } else if (isLowercasedName(lexicon, w) && !besideUnknownWord(s, t)) {
          sink.report(LOWERCASED, Category.NAME, Severity.WARNING, t.span(),
              "“" + w + "” is the name “" + capitalised + "” written in lower case.", List.of(capitalised));
        }
      }
    }
  }

  private void asWord(List<List<WordToken>> sentences, NameMentions mentions, List<NameMentions.Form> names,
      FindingSink sink) {
    for (List<WordToken> s : sentences) {
      for (int k = 0; k < s.size(); k++) {
        WordToken t = s.get(k);
        String w = t.text();
        if (!t.midSentence() || w.length() < MIN_LOWERCASED || !Letters.isWord(w)
            || !Letters.isCapitalised(w) || !lexicon.isCommonWord(w) || lexicon.isKnownName(w)) {
          continue;
        }
        NameMentions.Form own = mentions.form(w);
        for (NameMentions.Form name : names) {
          if (name.count() <= own.count() || name.text.equalsIgnoreCase(w)
              || (lexicon.isCommonWord(name.text) && !lexicon.isKnownName(name.text))
              || !standsAlone(s, k, name.text, mentions)) {
            continue;
          }
          // beside the name's own first name ("Joanna Heart" where the article has "Joanna Hart") a short
          // name is evidence enough
          boolean besideFirstName = k > 0 && mentions.adjacent(s.get(k - 1).text(), name.text);
          if (similarity.distance(w, name.text, besideFirstName ? MIN_LOWERCASED : NameSimilarity.MIN_LENGTH) < 0) {
            continue;
          }
          sink.report(AS_WORD, Category.NAME, Severity.WARNING, t.span(),
              "“" + w + "” is a common word where the article elsewhere names “" + name.text
                  + "”: a name turned into a word by translation?",
              List.of(name.text));
          break;
        }
      }
    }
  }

  /**
   * True unless the word is part of a run of capitalised words ("Glorious Mosque") that the article does
   * not also write with the name in its place ("Donald Triumph" is suspicious beside "Donald Trump").
   */
  private static boolean standsAlone(List<WordToken> s, int k, String name, NameMentions mentions) {
    if (k > 0 && Letters.isCapitalised(s.get(k - 1).text()) && !mentions.adjacent(s.get(k - 1).text(), name)) {
      return false;
    }
    return k + 1 >= s.size() || !Letters.isCapitalised(s.get(k + 1).text())
        || mentions.adjacent(name, s.get(k + 1).text());
  }

  /**
   * True when the two spellings stand within a few words of each other somewhere: the article presents
   * them as variants ("Banjal/Bandial", "called Jolfa (originally New Julfa)"), a slip would not.
   */
  private static boolean juxtaposed(List<List<WordToken>> sentences, NameMentions.Form a, NameMentions.Form b) {
    return near(sentences, a, VARIANT_WINDOW, w -> w.equals(b.text));
  }

  /**
   * True when the rare form is introduced as a spelling somewhere ("Some scholars spell the name Vergil",
   * "Zelensky, also transliterated Zelenskyy"): a cue word of spelling or naming stands within
   * {@value #VARIANT_WINDOW} words before it in its sentence. A garble is never introduced.
   */
  private static boolean presentedAsSpelling(List<List<WordToken>> sentences, NameMentions.Form rare) {
    return near(sentences, rare, 0, w -> SPELLING_CUES.contains(w.toLowerCase(Locale.ROOT)));
  }

  /**
   * Whether a word of the same sentence within {@value #VARIANT_WINDOW} words before, or {@code after} words
   * after, some mention of the form passes the test.
   */
  private static boolean near(List<List<WordToken>> sentences, NameMentions.Form form, int after,
      Predicate<String> test) {
    for (WordToken t : form.tokens) {
      List<WordToken> s = sentences.get(t.sentence());
      int k = s.indexOf(t);
      for (int j = Math.max(0, k - VARIANT_WINDOW); j <= Math.min(s.size() - 1, k + after); j++) {
        if (j != k && test.test(s.get(j).text())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A word that can only be a name: not a common word in lower case ("Street", "Mark"), not an adjective
   * (demonyms: "Chinese", "Kenyan" have their own look-alikes in other languages).
   */
  private boolean isArticleName(String w) {
    return isArticleName(lexicon, w);
  }

  private static boolean isArticleName(Lexicon lexicon, String w) {
    if (lexicon.isCommonWord(w)) {
      return false;
    }
    for (var r : lexicon.readings(w)) {
      if (r.getPOSTag() != null && r.getPOSTag().startsWith("JJ")) {
        return false;
      }
    }
    return true;
  }

  /**
   * A lower-case word that the dictionary knows only as a name ("pennsylvania", "kyiv"): not a word in lower
   * case in any variety, not a common word, and a proper noun with a capital that is not also an adjective
   * (a demonym such as "philippine" is left to the speller). {@link
   * org.garblecheck.pass.SpellingPass} leaves such words to this pass.
   */
  public static boolean isLowercasedName(Lexicon lexicon, String w) {
    if (w.length() < MIN_LOWERCASED || !Letters.isWord(w) || !Letters.isLowerCase(w) || lexicon.isKnown(w)
        || lexicon.isCommonWord(w)) {
      return false;
    }
    String capitalised = Letters.capitalise(w);
    return lexicon.isKnown(capitalised) && lexicon.isKnownName(capitalised) && isArticleName(lexicon, capitalised);
  }

  /**
   * True when a neighbouring word is lower case and unknown too: the two are a phrase of another language
   * ("bona fide"), not a name written in lower case.
   */
  private boolean besideUnknownWord(List<WordToken> s, WordToken t) {
    int k = s.indexOf(t);
    for (int j : new int[] {k - 1, k + 1}) {
      if (j >= 0 && j < s.size()) {
        String n = s.get(j).text();
        if (Letters.isWord(n) && Letters.isLowerCase(n) && !lexicon.isKnown(n)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A known word or name: the rare form of a garble must be neither. */
  private boolean isKnownWord(String w) {
    return lexicon.isKnown(w) || lexicon.isKnownName(w) || lexicon.isCommonWord(w);
  }

  /**
   * True when the word is quoted or mentioned as a word rather than used as a name: after an opening quote
   * mark, or after "word", "term" ("the word łódź means boat").
   */
  private static boolean mentioned(String text, List<WordToken> s, WordToken t) {
    char before = t.start() > 0 ? text.charAt(t.start() - 1) : ' ';
    if ("\"“‘'«„".indexOf(before) >= 0) {
      return true;
    }
    int k = s.indexOf(t);
    if (k > 0) {
      String prev = s.get(k - 1).text().toLowerCase(Locale.ROOT);
      return prev.equals("word") || prev.equals("term") || prev.equals("words") || prev.equals("terms");
    }
    return false;
  }

  /** True when the token is part of a web address, e-mail address, handle or hashtag. */
  static boolean partOfAddress(String text, WordToken t) {
    char before = t.start() > 0 ? text.charAt(t.start() - 1) : ' ';
    char after = t.end() < text.length() ? text.charAt(t.end()) : ' ';
    char afterNext = t.end() + 1 < text.length() ? text.charAt(t.end() + 1) : ' ';
    return "@#/._\\=".indexOf(before) >= 0 || "@/_\\=".indexOf(after) >= 0
        || (after == '.' && Character.isLetterOrDigit(afterNext));
  }

  private static String times(int n) {
    return n == 1 ? "once" : n == 2 ? "twice" : String.format(Locale.ROOT, "%d times", n);
  }
}
