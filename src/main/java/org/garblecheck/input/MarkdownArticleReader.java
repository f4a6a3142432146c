package org.garblecheck.input;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.garblecheck.model.Article;

/**
 * Markdown: markup characters are blanked out with spaces instead of removed, so the checked text has the
 * same length as the file and every offset points into the original. Code blocks are blanked whole.
 */
public final class MarkdownArticleReader implements ArticleReader {
  private static final Pattern FENCE = Pattern.compile("(?ms)^(```|~~~).*?^\\1[^\\n]*$");
  private static final Pattern HTML_TAG = Pattern.compile("<[^>\\n]{1,200}>");
  private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]\\n]*\\]\\([^)\\n]*\\)");
  private static final Pattern LINK = Pattern.compile("(\\[)([^\\]\\n]*)(\\]\\([^)\\n]*\\))");
  private static final Pattern HEADING = Pattern.compile("(?m)^( {0,3}#{1,6}[ \\t]+)(.*?)([ \\t]+#+)?[ \\t]*$");
  private static final Pattern LINE_MARKER =
      Pattern.compile("(?m)^([ \\t]*(?:>[ \\t]?)+|[ \\t]*[-*+][ \\t]+|[ \\t]*\\d{1,3}[.)][ \\t]+)");
  private static final Pattern RULE_LINE = Pattern.compile("(?m)^[ \\t]*([-*_])([ \\t]*\\1){2,}[ \\t]*$");
  private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|_|`)(?=\\S)([^\\n]*?\\S)\\1");

  @Override
  public void read(String source, String text, Consumer<Article> articles, Consumer<InputProblem> problems) {
    char[] out = text.toCharArray();
    blankAll(FENCE, text, out);
    blankAll(HTML_TAG, text, out);
    blankAll(IMAGE, text, out);
    blankAll(RULE_LINE, text, out);
    String title = "";
    Matcher h = HEADING.matcher(text);
    while (h.find()) {
      blank(out, h.start(1), h.end(1));
      if (h.group(3) != null) {
        blank(out, h.start(3), h.end(3));
      }
      if (title.isEmpty() && text.startsWith("#", h.start(1) + h.group(1).indexOf('#'))
          && h.group(1).strip().equals("#")) {
        title = h.group(2).strip();
      }
    }
    String current = new String(out);
    Matcher l = LINK.matcher(current);
    while (l.find()) {
      blank(out, l.start(1), l.end(1));
      blank(out, l.start(3), l.end(3));
    }
    current = new String(out);
    Matcher m = LINE_MARKER.matcher(current);
    while (m.find()) {
      blank(out, m.start(1), m.end(1));
    }
    current = new String(out);
    Matcher e = EMPHASIS.matcher(current);
    while (e.find()) {
      int len = e.group(1).length();
      if (!isWordChar(current, e.start() - 1) && !isWordChar(current, e.end())) {
        blank(out, e.start(), e.start() + len);
        blank(out, e.end() - len, e.end());
      }
    }
    articles.accept(new Article(source, Names.baseName(source), title, new String(out), Optional.empty()));
  }

  private static boolean isWordChar(String s, int i) {
    return i >= 0 && i < s.length() && Character.isLetterOrDigit(s.charAt(i));
  }

  private static void blankAll(Pattern p, String text, char[] out) {
    Matcher m = p.matcher(text);
    while (m.find()) {
      blank(out, m.start(), m.end());
    }
  }

  private static void blank(char[] out, int from, int to) {
    for (int i = from; i < to; i++) {
      if (out[i] != '\n' && out[i] != '\r') {
        out[i] = ' ';
      }
    }
  }
}
