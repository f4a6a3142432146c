package org.garblecheck.detect.translationese;

import org.garblecheck.analysis.AnalyzedArticle;
import org.garblecheck.model.Paragraph;
import org.garblecheck.model.Sentence;
import org.languagetool.AnalyzedTokenReadings;

/** Facts about the layout of an article that the translationese detectors share. */
final class TextShape {
  private static final int MAX_QUESTION_PARAGRAPH_SENTENCES = 3;

  private TextShape() {}

  /** The sentence that is the headline at the top of the text, or -1. */
  static int headlineSentence(AnalyzedArticle a) {
    if (a.sentences().size() < 2) {
      return -1;
    }
    Sentence first = a.sentences().get(0);
    return isWholeParagraph(a, first) && !endsLikeProse(a.textOf(first)) ? 0 : -1;
  }

  /** Whether a sentence is a paragraph of its own (a headline, byline, dateline, caption or list item). */
  static boolean isWholeParagraph(AnalyzedArticle a, Sentence s) {
    Paragraph p = a.paragraphs().get(s.paragraph());
    return p.span().equals(s.span());
  }

  /** Whether text ends as a sentence of prose does: a full stop or exclamation mark, maybe in quotes. */
  static boolean endsLikeProse(String text) {
    int i = text.length() - 1;
    while (i >= 0 && "\"”’')]".indexOf(text.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && (text.charAt(i) == '.' || text.charAt(i) == '!');
  }

  /** Paragraphs of at most three sentences ending in a question: the interviewer's questions. */
  static int questionParagraphs(AnalyzedArticle a) {
    int count = 0;
    int[] sentencesIn = new int[a.paragraphs().size()];
    int[] last = new int[a.paragraphs().size()];
    for (Sentence s : a.sentences()) {
      sentencesIn[s.paragraph()]++;
      last[s.paragraph()] = s.index();
    }
    for (int p = 0; p < sentencesIn.length; p++) {
      if (sentencesIn[p] == 0 || sentencesIn[p] > MAX_QUESTION_PARAGRAPH_SENTENCES) {
        continue;
      }
      String t = a.textOf(a.sentences().get(last[p])).strip();
      int i = t.length() - 1;
      while (i >= 0 && "\"”’')]".indexOf(t.charAt(i)) >= 0) {
        i--;
      }
      if (i >= 0 && t.charAt(i) == '?') {
        count++;
      }
    }
    return count;
  }

  /** The index of the first word of a sentence, after opening quotation marks and brackets; -1 if none. */
  static int firstWord(AnalyzedTokenReadings[] tokens) {
    for (int k = 1; k < tokens.length; k++) {
      String t = tokens[k].getToken();
      if (!t.isEmpty() && Character.isLetterOrDigit(t.charAt(0))) {
        return k;
      }
      if (t.length() != 1 || "\"“‘'([—–-".indexOf(t.charAt(0)) < 0) {
        return -1;
      }
    }
    return -1;
  }

  /** A sentence that starts with a verb in its base form: an imperative addressed to the reader. */
  static boolean isImperative(AnalyzedTokenReadings[] tokens) {
    int k = firstWord(tokens);
    return k > 0 && tokens[k].hasPosTag("VB") && !tokens[k].hasPosTagStartingWith("NNP")
        && !tokens[k].hasPosTagStartingWith("PRP") && !tokens[k].hasPosTag("DT");
  }
}
