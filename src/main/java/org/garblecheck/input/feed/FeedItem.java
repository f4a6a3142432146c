package org.garblecheck.input.feed;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a feed, as the feed gives it, before it becomes an article.
 *
 * @param id the guid / id, empty when the feed gives none
 * @param title the title as plain text
 * @param link the item's page
 * @param html the full content or summary as HTML, empty when the item has none
 * @param plainText content the feed marks as plain text, used when there is no HTML
 * @param published the publication (or else update) date
 */
record FeedItem(String id, String title, Optional<String> link, String html, String plainText,
    Optional<Instant> published) {
  FeedItem {
    id = id == null ? "" : id.strip();
    title = title == null ? "" : title.strip();
    Objects.requireNonNull(link, "link");
    html = html == null ? "" : html;
    plainText = plainText == null ? "" : plainText;
    Objects.requireNonNull(published, "published");
  }
}
