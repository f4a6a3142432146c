package org.garblecheck.input;

import java.util.Locale;
import java.util.Optional;

/** The input formats {@code score} reads, chosen by file extension. */
public enum InputFormat {
  TEXT(new TextArticleReader(), "txt", "text"),
  MARKDOWN(new MarkdownArticleReader(), "md", "markdown"),
  HTML(new HtmlArticleReader(), "html", "htm"),
  JSONL(new JsonlArticleReader(), "jsonl", "ndjson");

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

  public static String knownExtensions() {
    return ".txt, .md, .markdown, .html, .htm, .jsonl, .ndjson";
  }
}
