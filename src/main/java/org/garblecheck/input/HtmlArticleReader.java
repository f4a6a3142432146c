package org.garblecheck.input;

import java.util.Optional;
import java.util.function.Consumer;
import org.garblecheck.model.Article;
import org.garblecheck.model.LineMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML: the article text is extracted with jsoup from {@code <article>}, {@code <main>} or the body, without
 * script, style, navigation, header, footer, aside and forms. Each block element becomes a paragraph
 * separated by a blank line; offsets point into this extracted text, while lines and columns in reports are
 * those of the HTML file ({@link Article#sourceLines()}). The title is the first {@code <h1>}, else
 * {@code <title>}.
 */
public final class HtmlArticleReader implements ArticleReader {
  private static final String DROP = "script, style, noscript, nav, header, footer, aside, form, iframe, svg,"
      + " template, button, select, [hidden], [aria-hidden=true]";
  private static final java.util.Set<String> BLOCKS = java.util.Set.of(
      "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "figcaption", "td", "th",
      "dd", "dt", "section", "article", "main", "tr", "br", "hr", "table", "ul", "ol", "figure");

  /** Decodes by the charset of the Content-Type header, the meta tag, or UTF-8/Windows-1252 (see {@link DocumentDecoder}). */
  @Override
  public void readBytes(String source, byte[] bytes, Optional<String> contentType, Consumer<Article> articles,
      Consumer<InputProblem> problems) throws InputException {
    String html = DocumentDecoder.decode(bytes, contentType.flatMap(DocumentDecoder::charsetParameter),
        DocumentDecoder.Kind.HTML);
    read(source, html, articles, problems);
  }

  @Override
  public void read(String source, String html, Consumer<Article> articles, Consumer<InputProblem> problems)
      throws InputException {
    Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
    String title = firstText(doc.selectFirst("h1"));
    if (title.isEmpty()) {
      title = doc.title().strip();
    }
    doc.select(DROP).remove();
    Element root = doc.selectFirst("article");
    if (root == null) {
      root = doc.selectFirst("main");
    }
    if (root == null) {
      root = doc.body();
    }
    Extraction x = root == null ? new Extraction(null) : Extraction.of(root, html);
    String text = x.text();
    if (text.isBlank()) {
      throw new InputException("no article text found in the HTML");
    }
    articles.accept(new Article(source, Names.baseName(source), title, text, Optional.empty(), Optional.empty(),
        Optional.of(LineMap.through(html, x.positions()))));
  }

  /**
   * The text of an HTML fragment (a feed item's content), one paragraph per block, without script, style
   * and the other parts {@link #read} drops.
   */
  public static String fragmentText(String html) {
    Document doc = Jsoup.parseBodyFragment(html);
    doc.select(DROP).remove();
    return doc.body() == null ? "" : extract(doc.body());
  }

  /** Extracts the text of an element with one paragraph per block; also used for feed content. */
  public static String extract(Element root) {
    return Extraction.of(root, null).text();
  }

  /**
   * The extracted text and, when the page's source is given (and was parsed with position tracking), the
   * source offset of each of its characters: character references ({@code &amp;}) map to their {@code &},
   * a run of collapsed white space to its first character, paragraph breaks to just after the block's text.
   */
  private static final class Extraction {
    private final String html;
    private final StringBuilder out = new StringBuilder();
    private int[] pos = new int[256];
    private String text;
    private int[] positions;

    private Extraction(String html) {
      this.html = html;
    }

    static Extraction of(Element root, String html) {
      Extraction x = new Extraction(html);
      NodeTraversor.traverse(new NodeVisitor() {
        @Override
        public void head(Node node, int depth) {
          if (node instanceof TextNode t) {
            x.appendText(t, node.parent() instanceof Element p && p.tagName().equals("pre"));
          } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
            x.breakParagraph();
          }
        }

        @Override
        public void tail(Node node, int depth) {
          if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
            x.breakParagraph();
          }
        }
      }, root);
      return x;
    }

    private void appendText(TextNode t, boolean pre) {
      String whole = t.getWholeText();
      int[] from = sourceOffsets(t, whole);
      StringBuilder s = new StringBuilder(whole.length());
      int[] sp = new int[whole.length()];
      for (int i = 0; i < whole.length(); i++) {
        char c = whole.charAt(i);
        if (!pre && isRegexSpace(c)) {
          if (s.length() > 0 && s.charAt(s.length() - 1) == ' ' && i > 0 && isRegexSpace(whole.charAt(i - 1))) {
            continue; // a run of white space is one space, at its first character
          }
          c = ' ';
        }
        sp[s.length()] = from[i];
        s.append(c);
      }
      int skip = 0;
      if (out.length() == 0 || out.charAt(out.length() - 1) == '\n') {
        skip = s.length() - s.toString().stripLeading().length();
      }
      for (int i = skip; i < s.length(); i++) {
        append(s.charAt(i), sp[i]);
      }
    }

    private void breakParagraph() {
      while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
        out.setLength(out.length() - 1);
      }
      int n = out.length();
      if (n == 0 || n >= 2 && out.charAt(n - 1) == '\n' && out.charAt(n - 2) == '\n') {
        return;
      }
      int after = pos[out.length() - 1] + 1;
      append('\n', after);
      if (out.charAt(out.length() - 2) != '\n') {
        append('\n', after);
      }
    }

    private void append(char c, int p) {
      if (out.length() == pos.length) {
        pos = java.util.Arrays.copyOf(pos, pos.length * 2);
      }
      pos[out.length()] = p;
      out.append(c);
    }

    /** Source offset of each character of a text node's decoded text (all 0 without a tracked source). */
    private int[] sourceOffsets(TextNode t, String decoded) {
      int[] m = new int[decoded.length()];
      int start = t.sourceRange().start().pos();
      if (html == null || !t.sourceRange().isTracked() || start < 0 || start > html.length()) {
        // a node the parser made up (or no source): it sits where the text before it ended
        java.util.Arrays.fill(m, out.length() == 0 ? 0 : pos[out.length() - 1]);
        return m;
      }
      int end = Math.min(html.length(), Math.max(start, t.sourceRange().end().pos()));
      int i = start;
      int j = 0;
      while (j < decoded.length()) {
        m[j] = Math.min(i, Math.max(start, end - 1));
        int semi = i < end && html.charAt(i) == '&' ? html.indexOf(';', i) : -1;
        if (semi > i + 1 && semi < end && semi - i <= 33 && isReference(i + 1, semi)) {
          int n = Character.charCount(decoded.codePointAt(j));
          for (int k = 1; k < n && j + k < m.length; k++) {
            m[j + k] = m[j];
          }
          j += n;
          i = semi + 1;
          continue;
        }
        if (i + 1 < end && html.charAt(i) == '\r' && html.charAt(i + 1) == '\n' && decoded.charAt(j) == '\n') {
          i++; // CR LF read as one line break
        }
        i++;
        j++;
      }
      return m;
    }

    private boolean isReference(int from, int to) {
      for (int k = from; k < to; k++) {
        char c = html.charAt(k);
        if (!(Character.isLetterOrDigit(c) || c == '#')) {
          return false;
        }
      }
      return true;
    }

    private static boolean isRegexSpace(char c) {
      return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    String text() {
      if (text == null) {
        String all = out.toString();
        int lead = all.length() - all.stripLeading().length();
        String body = all.strip();
        text = body + "\n";
        positions = new int[text.length()];
        System.arraycopy(pos, lead, positions, 0, body.length());
        positions[body.length()] = body.isEmpty() ? 0 : positions[body.length() - 1] + 1;
      }
      return text;
    }

    int[] positions() {
      text();
      return positions;
    }
  }

  private static String firstText(Element e) {
    return e == null ? "" : e.text().strip();
  }
}
