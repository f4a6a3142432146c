package org.garblecheck.input;

import java.util.Optional;
import java.util.function.Consumer;
import org.garblecheck.model.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML: the article text is extracted with jsoup from {@code <article>}, {@code <main>} or the body, without
 * script, style, navigation, header, footer, aside and forms. Each block element becomes a paragraph
 * separated by a blank line; offsets point into this extracted text. The title is the first {@code <h1>},
 * else {@code <title>}.
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
    Document doc = Jsoup.parse(html);
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
    String text = root == null ? "" : extract(root);
    if (text.isBlank()) {
      throw new InputException("no article text found in the HTML");
    }
    articles.accept(new Article(source, Names.baseName(source), title, text, Optional.empty()));
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
    StringBuilder out = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          String s = t.getWholeText().replaceAll("\\s+", " ");
          if (node.parent() instanceof Element p && p.tagName().equals("pre")) {
            s = t.getWholeText();
          }
          if (out.length() == 0 || out.charAt(out.length() - 1) == '\n') {
            s = s.stripLeading();
          }
          out.append(s);
        } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
          breakParagraph(out);
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
          breakParagraph(out);
        }
      }
    }, root);
    return out.toString().strip() + "\n";
  }

  private static void breakParagraph(StringBuilder out) {
    while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
      out.setLength(out.length() - 1);
    }
    if (out.length() == 0 || out.toString().endsWith("\n\n")) {
      return;
    }
    out.append(out.charAt(out.length() - 1) == '\n' ? "\n" : "\n\n");
  }

  private static String firstText(Element e) {
    return e == null ? "" : e.text().strip();
  }
}
