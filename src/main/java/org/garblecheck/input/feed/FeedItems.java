package org.garblecheck.input.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.garblecheck.input.HtmlArticleReader;
import org.garblecheck.input.InputException;
import org.garblecheck.input.InputProblem;
import org.garblecheck.input.http.HttpFetcher;
import org.garblecheck.model.Article;

/**
 * Turns the items of one feed into articles: the text is the item's HTML content (or summary) as plain
 * text, one paragraph per block; the id is the guid / id, else the link, else {@code itemN}; the link is kept
 * when it is an absolute http(s) URL (or root-relative, for a feed fetched over HTTP); the source is
 * {@code feed#id}. A repeated id is reported and the item is scored under {@code id~N}; an item with more
 * than {@link #MAX_ITEM_CHARS} characters is reported and skipped; a feed without items is an error.
 */
public final class FeedItems {
  /** Longer item texts are refused: no news article is this long, and checking one would take minutes. */
  public static final int MAX_ITEM_CHARS = 1_000_000;

  private FeedItems() {}

  static void emit(String feedSource, List<FeedItem> items, Consumer<Article> articles,
      Consumer<InputProblem> problems) throws InputException {
    if (items.isEmpty()) {
      throw new InputException("the feed has no items");
    }
    Set<String> seen = new HashSet<>();
    int n = 0;
    for (FeedItem item : items) {
      n++;
      String id = !item.id().isEmpty() ? item.id() : item.link().map(String::strip).orElse("");
      if (id.isEmpty()) {
        id = "item" + n;
      }
      if (!seen.add(id)) {
        String unique = id + "~" + n;
        problems.accept(new InputProblem(feedSource + "#" + unique, "duplicate item id \"" + id
            + "\" (item " + n + "); scored as \"" + unique + "\""));
        id = unique;
      }
      String source = feedSource + "#" + id;
      String text;
      if (!item.html().isBlank()) {
        if (item.html().length() > 4 * MAX_ITEM_CHARS) {
          problems.accept(tooLong(source, item.html().length(), "HTML"));
          continue;
        }
        text = HtmlArticleReader.fragmentText(item.html());
      } else {
        text = item.plainText().strip().isEmpty() ? "" : item.plainText().strip() + "\n";
      }
      if (text.length() > MAX_ITEM_CHARS) {
        problems.accept(tooLong(source, text.length(), "text"));
        continue;
      }
      // An item without text still becomes an article: with --follow-links its page is fetched, otherwise
      // Inputs reports it as having no text.
      articles.accept(new Article(source, id, item.title(), text, link(feedSource, item.link()),
          item.published()));
    }
  }

  /**
   * The item's link if it is an absolute http(s) URL (scheme in lower case), or a root-relative path
   * ({@code /news/1}) of a feed fetched over HTTP; anything else (an RSS guid taken for a permalink, say) is
   * no link.
   */
  static Optional<String> link(String feedSource, Optional<String> raw) {
    if (raw.isEmpty()) {
      return Optional.empty();
    }
    String l = raw.get().strip();
    try {
      URI uri = new URI(l);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        // schemes are case-insensitive ("HTTPS://…"): the link is written with the canonical lower case one
        return Optional.of(scheme + l.substring(scheme.length()));
      }
      if (scheme.isEmpty() && l.startsWith("/") && !l.startsWith("//") && HttpFetcher.isUrl(feedSource)) {
        return Optional.of(new URI(feedSource).resolve(uri).toString());
      }
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static InputProblem tooLong(String source, int length, String what) {
    return new InputProblem(source, String.format(Locale.ROOT,
        "item %s is %,d characters, over the %,d-character limit for one article; not scored", what, length,
        what.equals("HTML") ? 4 * MAX_ITEM_CHARS : MAX_ITEM_CHARS));
  }
}
