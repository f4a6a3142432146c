package org.garblecheck.detect.words;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import java.util.Optional;
import org.garblecheck.analysis.AnalyzedArticle;
import org.garblecheck.detect.ArticleTokens;
import org.garblecheck.detect.Letters;
import org.garblecheck.detect.Lexicon;
import org.garblecheck.detect.WordToken;
import org.garblecheck.model.Category;
import org.garblecheck.model.Severity;
import org.garblecheck.model.TextSpan;
import org.garblecheck.pass.FindingSink;
import org.garblecheck.pass.Pass;

/**
 * Words broken by a round trip: glued together, split apart, clipped or padded with junk, or left
 * untranslated. Only words no English speller knows are looked at, and the article's own vocabulary
 * (a word it uses three times or more), names, numbers, addresses, handles and hashtags are left alone.
 * The diagnosis itself is {@link WordDiagnosis}'s; this pass adds what the sentence around the word says.
 */
public final class WordPass implements Pass {
  static final int OWN_TERM_COUNT = 3;

  private final Lexicon lexicon;
  private final WordDiagnosis diagnosis;

  public WordPass(Lexicon lexicon, WordShapes shapes) {
    this.lexicon = lexicon;
    this.diagnosis = new WordDiagnosis(lexicon, shapes);
  }

  @Override
  public String name() {
    return "words";
  }

  @Override
  public void run(AnalyzedArticle article, FindingSink sink) {
    String text = article.text();
    List<List<WordToken>> sentences = ArticleTokens.of(article);
    Map<String, Integer> counts = new HashMap<>();
    for (List<WordToken> s : sentences) {
      for (WordToken t : s) {
        counts.merge(t.text().toLowerCase(Locale.ROOT), 1, Integer::sum);
      }
    }
    for (int i = 0; i < sentences.size(); i++) {
      List<WordToken> s = sentences.get(i);
      Set<Integer> misspelt = null;
      int sentenceStart = article.sentences().get(i).start();
      for (int k = 0; k < s.size(); k++) {
        WordToken t = s.get(k);
        if (address(text, t) || counts.getOrDefault(t.text().toLowerCase(Locale.ROOT), 0) >= OWN_TERM_COUNT) {
          continue;
        }
        Optional<WordDiagnosis.Result> r = diagnosis.glued(t.text());
        if (r.isEmpty() && unknownLowerCase(t.text()) && !glued(text, t)) {
          if (misspelt == null) {
            misspelt = lexicon.misspelledStarts(article, i);
          }
          if (misspelt.contains(t.start() - sentenceStart)) {
            if (!foreignNeighbour(s, k) && !quotedOrMentioned(text, s, k) && !particle(s, k)) {
              r = diagnosis.foreign(t.text());
            }
            if (r.isEmpty()) {
              r = diagnosis.broken(t.text());
            }
          }
        }
        if (r.isPresent()) {
          report(sink, t.span(), r.get());
          continue;
        }
        if (k + 1 < s.size()) {
          WordToken next = s.get(k + 1);
          if (next.start() == t.end() + 1 && text.charAt(t.end()) == ' ' && !address(text, next)) {
            diagnosis.split(t.text(), next.text())
                .ifPresent(x -> report(sink, new TextSpan(t.start(), next.end()), x));
          }
        }
      }
    }
  }

  private static void report(FindingSink sink, TextSpan span, WordDiagnosis.Result r) {
    sink.report(r.ruleId(), Category.WORD, Severity.WARNING, span, r.message(),
        r.suggestion().map(List::of).orElse(List.of()));
  }

  private boolean unknownLowerCase(String w) {
    return Letters.isWord(w) && Letters.isLowerCase(w) && w.indexOf('-') < 0 && !lexicon.isKnown(w)
        && !lexicon.hasReading(w);
  }

  /**
   * A word within two words of this one is unknown too: a foreign phrase quoted on purpose ("e noho i
   * lalo"), not a stray leftover.
   */
  private boolean foreignNeighbour(List<WordToken> s, int k) {
    for (int j = Math.max(0, k - 2); j <= Math.min(s.size() - 1, k + 2); j++) {
      if (j != k) {
        String w = s.get(j).text();
        if (Letters.isWord(w) && !lexicon.isKnown(w) && !lexicon.hasReading(w)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * In quotation marks or brackets, glossed ("taonga (treasures)", "synoikismos – bringing together"), or
   * mentioned as a word ("the word xa means").
   */
  private static boolean quotedOrMentioned(String text, List<WordToken> s, int k) {
    WordToken t = s.get(k);
    char before = t.start() > 0 ? text.charAt(t.start() - 1) : ' ';
    char after = t.end() < text.length() ? text.charAt(t.end()) : ' ';
    int n = t.end();
    while (n < text.length() && text.charAt(n) == ' ') {
      n++;
    }
    char next = n < text.length() ? text.charAt(n) : ' ';
    if ("\"“‘'«„([/".indexOf(before) >= 0 || "\"”’'»)]/".indexOf(after) >= 0 || "(–—".indexOf(next) >= 0) {
      return true;
    }
    if (k > 0) {
      String prev = s.get(k - 1).text().toLowerCase(Locale.ROOT);
      return prev.equals("word") || prev.equals("term") || prev.equals("called") || prev.equals("named");
    }
    return false;
  }

  /** A lower-case particle inside a name: "Marquis de Lafayette", "Universidade Federal de Santa Catarina". */
  private static boolean particle(List<WordToken> s, int k) {
    return k > 0 && k + 1 < s.size() && Letters.isCapitalised(s.get(k - 1).text())
        && Letters.isCapitalised(s.get(k + 1).text());
  }

  /** Written against the next token with no space ("plo-", "wo" of "won't"): a clipped or split form. */
  private static boolean glued(String text, WordToken t) {
    char after = t.end() < text.length() ? text.charAt(t.end()) : ' ';
    char afterNext = t.end() + 1 < text.length() ? text.charAt(t.end() + 1) : ' ';
    return Character.isLetter(after) || after == '-'
        || ((after == '\'' || after == '’') && Character.isLetter(afterNext));
  }

  /** Part of a web or e-mail address, a handle or a hashtag. */
  static boolean address(String text, WordToken t) {
    String w = t.text();
    if (w.contains("/") || w.contains("@") || w.contains(".") || w.contains("_")) {
      return true;
    }
    char before = t.start() > 0 ? text.charAt(t.start() - 1) : ' ';
    char after = t.end() < text.length() ? text.charAt(t.end()) : ' ';
    char afterNext = t.end() + 1 < text.length() ? text.charAt(t.end() + 1) : ' ';
    return "@#/._\\=".indexOf(before) >= 0 || "@/_\\=".indexOf(after) >= 0
        || (after == '.' && Character.isLetterOrDigit(afterNext));
  }
}
