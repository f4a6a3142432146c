package org.garblecheck.pass;

import java.util.List;
import org.garblecheck.model.Paragraph;

/**
 * Whether a double quotation mark that LanguageTool's unpaired-symbol rule flags belongs to a quotation
 * that runs over more than one paragraph. That rule pairs marks paragraph by paragraph, while news quotes a
 * speaker over several: by the English convention each paragraph of the quotation opens with a mark and
 * only the last one closes ("…the first paragraph ¶ "The second…"), and some writers close only at the
 * end, in a later paragraph. Neither is damage.
 */
final class ContinuedQuotes {
  private ContinuedQuotes() {}

  static boolean isDoubleQuote(char c) {
    return c == '"' || c == '\u201C' || c == '\u201D';
  }

  /**
   * Whether the double quote at article offset {@code at}, in paragraph {@code k} of {@code paragraphs}, is
   * an opening mark that the next paragraph continues, or a closing mark that ends a quotation the previous
   * paragraph opened.
   */
  static boolean continued(String text, List<Paragraph> paragraphs, int k, int at) {
    if (!isDoubleQuote(text.charAt(at))) {
      return false;
    }
    Paragraph p = paragraphs.get(k);
    if (opens(text, at) && last(text, p) == at && k + 1 < paragraphs.size()) {
      Paragraph next = paragraphs.get(k + 1);
      int first = first(text, next);
      return first >= 0 && (first == start(text, next) && opens(text, first) || closes(text, first));
    }
    if (closes(text, at) && first(text, p) == at && k > 0) {
      int last = last(text, paragraphs.get(k - 1));
      return last >= 0 && opens(text, last);
    }
    return false;
  }

  /** The offset of the paragraph's first double quote, or -1. */
  private static int first(String text, Paragraph p) {
    for (int i = p.span().start(); i < p.span().end(); i++) {
      if (isDoubleQuote(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** The offset of the paragraph's last double quote, or -1. */
  private static int last(String text, Paragraph p) {
    for (int i = p.span().end() - 1; i >= p.span().start(); i--) {
      if (isDoubleQuote(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** The offset of the paragraph's first character that is not white space. */
  private static int start(String text, Paragraph p) {
    int i = p.span().start();
    while (i < p.span().end() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** A mark that starts a quotation: not a closing curly mark, with a word (not a space) after it. */
  private static boolean opens(String text, int at) {
    char after = at + 1 < text.length() ? text.charAt(at + 1) : ' ';
    char before = at > 0 ? text.charAt(at - 1) : ' ';
    return text.charAt(at) != '\u201D' && !Character.isWhitespace(after)
        && (Character.isWhitespace(before) || "([—–-:".indexOf(before) >= 0 || text.charAt(at) == '\u201C');
  }

  /** A mark that ends a quotation: not an opening curly mark, after a word or punctuation. */
  private static boolean closes(String text, int at) {
    char before = at > 0 ? text.charAt(at - 1) : ' ';
    return text.charAt(at) != '\u201C' && !Character.isWhitespace(before);
  }
}
