package org.garblecheck.input;

import java.util.Locale;
import java.util.Optional;
import org.garblecheck.input.feed.JsonFeedReader;
import org.garblecheck.input.feed.XmlFeedReader;

/**
 * The input formats {@code score} reads, chosen by file extension. {@code .xml} and {@code .json} files are
 * read as feeds only when their content is one (an RSS/Atom root element, a JSON Feed version); in a
 * directory, other such files are passed over.
 */
public enum InputFormat {
  TEXT(new TextArticleReader(), "txt", "text"),
  MARKDOWN(new MarkdownArticleReader(), "md", "markdown"),
  HTML(new HtmlArticleReader(), "html", "htm"),
  JSONL(new JsonlArticleReader(), "jsonl", "ndjson"),
  FEED(new XmlFeedReader(), "rss", "atom", "xml"),
  JSON_FEED(new JsonFeedReader(), "json");

  private final ArticleReader reader;
  private final String[] extensions;

  InputFormat(ArticleReader reader, String... extensions) {
    this.reader = reader;
    this.extensions = extensions;
  }

  public ArticleReader reader() {
    return reader;
  }

  /** The format for a file name, by extension, or empty when it is not one we read. */
  public static Optional<InputFormat> forFileName(String name) {
    int dot = name.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    String ext = name.substring(dot + 1).toLowerCase(Locale.ROOT);
    for (InputFormat f : values()) {
      for (String e : f.extensions) {
        if (e.equals(ext)) {
          return Optional.of(f);
        }
      }
    }
    return Optional.empty();
  }

  /** Whether files of this name are only read when their content turns out to be a feed. */
  public static boolean readOnlyIfFeed(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".xml") || n.endsWith(".json");
  }

  public static String knownExtensions() {
    return ".txt, .md, .markdown, .html, .htm, .jsonl, .ndjson, .rss, .atom, .xml (feeds), .json (JSON Feed)";
  }
}
