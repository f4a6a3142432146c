package org.garblecheck.detect;

import org.garblecheck.model.TextSpan;
import org.languagetool.AnalyzedTokenReadings;

/**
 * A token of an analysed article, with its article offsets and where it stands in its sentence.
 *
 * @param sentence index of the sentence
 * @param index index among the sentence's tokens without whitespace (0 is LanguageTool's sentence start)
 * @param text the token as written
 * @param span article offsets
 * @param initial the token opens a sentence, a quotation, a parenthesis or a clause after a colon or a
 *     dash, where any word may be capitalised
 * @param headline the sentence is a title-case or all-capitals headline, where capitals say nothing
 * @param readings LanguageTool's analysis of the token
 */
public record WordToken(int sentence, int index, String text, TextSpan span, boolean initial, boolean headline,
    AnalyzedTokenReadings readings) {

  public int start() {
    return span.start();
  }

  public int end() {
    return span.end();
  }

  /** True when capitals here may mean a name: not at a sentence or quotation start, not in a headline. */
  public boolean midSentence() {
    return !initial && !headline;
  }
}
