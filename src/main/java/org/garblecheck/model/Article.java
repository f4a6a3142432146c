package org.garblecheck.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An article to check: its text (all offsets point into it), where it came from, and metadata.
 *
 * @param source path of the input, or {@code path#id} for an item of a JSON Lines file or feed
 * @param id a stable identifier (file name without extension, or the item id)
 * @param title the headline, empty when none was found
 * @param text the text that is checked; for Markdown this is the original with markup blanked out
 * @param url where the article lives, if known
 * @param published when it was published, if known (feed items)
 * @param sourceLines for text extracted from a file (HTML), lines and columns in that file; otherwise empty
 *     and lines are counted in {@code text} ({@link #lines()})
 */
public record Article(String source, String id, String title, String text, Optional<String> url,
    Optional<Instant> published, Optional<LineMap> sourceLines) {
  public Article {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(sourceLines, "sourceLines");
  }

  /** An article whose lines are those of its text. */
  public Article(String source, String id, String title, String text, Optional<String> url,
      Optional<Instant> published) {
    this(source, id, title, text, url, published, Optional.empty());
  }

  /** An article without a publication date. */
  public Article(String source, String id, String title, String text, Optional<String> url) {
    this(source, id, title, text, url, Optional.empty());
  }

  /** The same article with other text (e.g. the page a feed item links to instead of its excerpt). */
  public Article withText(String newText) {
    return new Article(source, id, title, newText, url, published);
  }

  /** The same article with another address (a fetched page's URL), its source lines kept. */
  public Article withUrl(String newUrl) {
    return new Article(source, id, title, text, Optional.of(newUrl), published, sourceLines);
  }

  /** Line and column numbers for offsets into {@link #text()}: the source file's when it was extracted. */
  public LineMap lines() {
    return sourceLines.orElseGet(() -> new LineMap(text));
  }

  public static Article of(String id, String title, String text) {
    return new Article(id, id, title, text, Optional.empty());
  }
}
