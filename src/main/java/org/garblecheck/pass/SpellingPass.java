package org.garblecheck.pass;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.garblecheck.analysis.AnalyzedArticle;
import org.garblecheck.detect.Letters;
import org.garblecheck.detect.Lexicon;
import org.garblecheck.detect.names.NamePass;
import org.garblecheck.model.Category;
import org.garblecheck.model.Severity;
import org.garblecheck.model.TextSpan;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.rules.RuleMatch;

/**
 * Unknown lower-case words, from LanguageTool's Morfologik speller. A word that any variety of English
 * accepts (US, British, Canadian, Australian, New Zealand, South African) is not damage, so an article
 * written in British spelling is not punished. Capitalised words are left to the name detectors, as are
 * lower-case words the dictionary knows only as names ("pennsylvania", {@link NamePass}), and a
 * lower-case word the article uses twice or more is taken as the article's own term (a garble is a slip,
 * a coinage is used again: "storyworld", "acquittee"). Not judged either: words with phonetic (IPA)
 * letters or combining marks, which are transcriptions, and a word cut off by a dash ("vali-"), which is
 * how transcripts write a false start. Words without a Latin letter (Arabic, Japanese …) are not English
 * spellings at all, and three unknown words within six are a stretch of another language (see
 * {@link #foreignStretch}).
 */
public final class SpellingPass implements Pass {
  public static final String RULE_ID = "GC_UNKNOWN_WORD";
  private static final Pattern NOT_A_WORD = Pattern.compile(".*[\\d@#_/\\\\.:].*|.*\\p{Lu}.*");
  private static final int OWN_TERM_COUNT = 2;
  /** IPA letters, spacing modifiers and combining marks: a phonetic transcription, not a spelling. */
  private static final Pattern PHONETIC = Pattern.compile(".*[\u0250-\u036F\u1D00-\u1DBF].*");
  /** A Latin letter: words in other scripts (Arabic, Japanese …) are names or quotations, not spellings. */
  private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}");
  static final int FOREIGN_MIN_WORDS = 3;
  static final int FOREIGN_WINDOW = 6;

  private final Lexicon lexicon;

  /** @param lexicon the worker's lexicon: its speller, the other varieties' spellers and their caches */
  public SpellingPass(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public String name() {
    return "spelling";
  }

  @Override
  public void run(AnalyzedArticle a, FindingSink sink) throws IOException {
    Map<String, Integer> counts = wordCounts(a);
    for (int i = 0; i < a.sentences().size(); i++) {
      AnalyzedSentence s = a.analyzed().get(i);
      AnalyzedTokenReadings[] tokens = s.getTokensWithoutWhitespace();
      List<AnalyzedTokenReadings> unknown = new ArrayList<>();
      List<Integer> unknownAt = new ArrayList<>(); // word positions of the unknown words
      int words = 0;
      for (int k = 0; k < tokens.length; k++) {
        AnalyzedTokenReadings t = tokens[k];
        String word = t.getToken();
        boolean isWord = !word.isEmpty() && Character.isLetter(word.charAt(0));
        words += isWord ? 1 : 0;
        // cheap checks first: the speller's match() would compute suggestions for every unknown name
        if (t.isSentenceStart() || !isCandidate(word) || cutOff(tokens, k)
            || counts.getOrDefault(word.toLowerCase(Locale.ROOT), 0) >= OWN_TERM_COUNT
            || t.isImmunized() || t.isIgnoredBySpeller() || lexicon.isKnown(word)
            || NamePass.isLowercasedName(lexicon, word)) {
          continue;
        }
        unknown.add(t);
        unknownAt.add(words);
      }
      boolean[] foreign = foreignStretch(unknownAt);
      for (int u = 0; u < unknown.size(); u++) {
        if (foreign[u]) {
          continue;
        }
        AnalyzedTokenReadings t = unknown.get(u);
        String word = t.getToken();
        TextSpan span = a.inArticle(i, t.getStartPos(), t.getEndPos());
        sink.report(RULE_ID, Category.SPELLING, Severity.WARNING, span,
            "Unknown word “" + word + "”: a misspelling, or a word broken by translation or spinning.",
            suggestions(a, i, t));
      }
    }
  }

  /** The speller's suggestions for one token, asked only for words already known to be unknown. */
  private List<String> suggestions(AnalyzedArticle a, int i, AnalyzedTokenReadings t) {
    for (RuleMatch m : lexicon.spellerMatches(a, i)) {
      if (m.getFromPos() == t.getStartPos() && m.getToPos() == t.getEndPos()) {
        return m.getSuggestedReplacements().stream().limit(3).toList();
      }
    }
    return List.of();
  }

  static boolean isCandidate(String word) {
    return word.length() > 1 && !NOT_A_WORD.matcher(word).matches()
        && Character.isLetter(word.charAt(0)) && !PHONETIC.matcher(word).matches()
        && LATIN.matcher(word).find();
  }

  /**
   * Which unknown words (given by their word positions in the sentence, ascending) belong to a stretch of
   * another language — a quoted French line, a Latin motto — rather than being slips: those among at least
   * {@value #FOREIGN_MIN_WORDS} unknown words within {@value #FOREIGN_WINDOW} consecutive words. A
   * translation leaves an untranslated word here and there; single foreign words are still reported (and
   * judged by the word-shape detectors).
   */
  static boolean[] foreignStretch(List<Integer> positions) {
    boolean[] out = new boolean[positions.size()];
    for (int u = 0; u + FOREIGN_MIN_WORDS - 1 < positions.size(); u++) {
      int last = u + FOREIGN_MIN_WORDS - 1;
      if (positions.get(last) - positions.get(u) < FOREIGN_WINDOW) {
        for (int v = u; v <= last; v++) {
          out[v] = true;
        }
      }
    }
    return out;
  }

  /** Whether token k is followed at once, with no space, by a dash: a word broken off in speech. */
  private static boolean cutOff(AnalyzedTokenReadings[] tokens, int k) {
    if (k + 1 >= tokens.length || tokens[k + 1].getStartPos() != tokens[k].getEndPos()) {
      return false;
    }
    String next = tokens[k + 1].getToken();
    return next.equals("-") || next.equals("–") || next.equals("—");
  }

  private static Map<String, Integer> wordCounts(AnalyzedArticle a) {
    Map<String, Integer> counts = new HashMap<>();
    List<AnalyzedSentence> all = new ArrayList<>(a.analyzed());
    for (AnalyzedSentence s : all) {
      boolean first = true;
      for (AnalyzedTokenReadings t : s.getTokensWithoutWhitespace()) {
        String w = t.getToken();
        if (t.isSentenceStart() || w.isEmpty() || !Character.isLetter(w.charAt(0))) {
          continue;
        }
        // lower-case uses and a sentence's first word ("Murex dye was …"); a capital inside a sentence is a
        // name, and "Pennsylvania" there does not make "pennsylvania" the article's own term
        if (first || Letters.isLowerCase(w)) {
          counts.merge(w.toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        first = false;
      }
    }
    return counts;
  }
}
