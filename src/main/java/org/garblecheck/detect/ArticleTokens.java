package org.garblecheck.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.garblecheck.analysis.AnalyzedArticle;
import org.garblecheck.model.TextSpan;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedTokenReadings;

/** The article's tokens (whitespace left out), sentence by sentence, with article offsets. */
public final class ArticleTokens {
  private static final String OPENERS = "\"“‘«„([{:—–-•*";

  private ArticleTokens() {}

  public static List<List<WordToken>> of(AnalyzedArticle a) {
    List<List<WordToken>> out = new ArrayList<>(a.sentences().size());
    for (int i = 0; i < a.sentences().size(); i++) {
      AnalyzedSentence s = a.analyzed().get(i);
      AnalyzedTokenReadings[] tokens = s.getTokensWithoutWhitespace();
      boolean headline = isHeadline(tokens);
      int offset = a.sentences().get(i).start();
      List<WordToken> list = new ArrayList<>(tokens.length);
      boolean sawWord = false;
      String previous = "";
      for (int k = 0; k < tokens.length; k++) {
        AnalyzedTokenReadings t = tokens[k];
        String text = t.getToken();
        if (text.isEmpty()) {
          continue;
        }
        boolean word = hasLetterOrDigit(text);
        boolean initial = word && (!sawWord || opens(previous, k > 0 ? tokens[k - 1] : null, s.getText()));
        int from = offset + t.getStartPos();
        list.add(new WordToken(i, k, text, new TextSpan(from, from + text.length()),
            initial, headline, t));
        sawWord |= word;
        previous = text;
      }
      out.add(List.copyOf(list));
    }
    return out;
  }

  /**
   * A headline or label line: no sentence-final punctuation and most of its words capitalised, or every
   * letter upper case.
   */
  static boolean isHeadline(AnalyzedTokenReadings[] tokens) {
    int words = 0;
    int capitalised = 0;
    boolean anyLower = false;
    String last = "";
    for (AnalyzedTokenReadings t : tokens) {
      String w = t.getToken();
      if (w.isBlank()) {
        continue;
      }
      last = w;
      anyLower |= !w.equals(w.toUpperCase(Locale.ROOT));
      if (Character.isLetter(w.charAt(0))) {
        words++;
        if (Character.isUpperCase(w.charAt(0))) {
          capitalised++;
        }
      }
    }
    if (words == 0) {
      return false;
    }
    if (!anyLower) {
      return true;
    }
    boolean ends = last.equals(".") || last.equals("!") || last.equals("?") || last.equals("…")
        || last.equals("\"") || last.equals("”");
    return !ends && words >= 2 && capitalised * 2 > words;
  }

  /**
   * True when the previous token opens a quotation, a bracket or a clause where any word may be
   * capitalised. A straight double quote opens only when nothing is written right before it
   * ({@code said "Biden} opens, {@code leaves," Marczak} closes).
   */
  private static boolean opens(String previous, AnalyzedTokenReadings prev, String sentence) {
    if (previous.length() != 1 || OPENERS.indexOf(previous.charAt(0)) < 0) {
      return false;
    }
    if (previous.equals("\"") && prev != null) {
      int at = prev.getStartPos();
      return at == 0 || Character.isWhitespace(sentence.charAt(at - 1));
    }
    return true;
  }

  private static boolean hasLetterOrDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
