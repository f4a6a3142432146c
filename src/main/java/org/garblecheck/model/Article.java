package org.garblecheck.model;

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
 */
public record Article(String source, String id, String title, String text, Optional<String> url) {
  public Article {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(url, "url");
  }

  public static Article of(String id, String title, String text) {
    return new Article(id, id, title, text, Optional.empty());
  }
}
