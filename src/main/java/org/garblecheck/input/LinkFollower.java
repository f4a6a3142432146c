package org.garblecheck.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.garblecheck.input.feed.FeedItems;
import org.garblecheck.input.http.Fetched;
import org.garblecheck.input.http.HttpFetcher;
import org.garblecheck.model.Article;

/**
 * {@code --follow-links}: replaces a feed item's text by the article text of the page it links to (jsoup:
 * {@code <article>}, {@code <main>} or the body). A page that cannot be fetched or is not HTML makes the
 * item a problem (it is not scored from the excerpt instead: the user asked for the page). An item without
 * a link keeps the feed's text.
 */
final class LinkFollower {
  static final String ACCEPT_PAGE = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1";

  private LinkFollower() {}

  static InputItem follow(HttpFetcher http, Article item) {
    if (item.url().isEmpty()) {
      return item.text().isBlank()
          ? InputItem.of(new InputProblem(item.source(), "item has no text and no link to follow"))
          : InputItem.of(item);
    }
    String url = item.url().get();
    try {
      Fetched f = http.get(url, ACCEPT_PAGE);
      String media = f.mediaType();
      if (!media.isEmpty() && !media.equals("text/html") && !media.equals("application/xhtml+xml")) {
        throw new InputException("the page is " + media.toLowerCase(Locale.ROOT) + ", not HTML");
      }
      List<Article> page = new ArrayList<>(1);
      InputFormat.HTML.reader().readBytes(item.source(), f.body(), f.contentType(), page::add, p -> { });
      Article a = page.get(0);
      if (a.text().length() > FeedItems.MAX_ITEM_CHARS) {
        throw new InputException(String.format(Locale.ROOT, "the page text is %,d characters, over the %,d-character"
            + " limit for one article", a.text().length(), FeedItems.MAX_ITEM_CHARS));
      }
      return InputItem.of(new Article(item.source(), item.id(), item.title().isEmpty() ? a.title() : item.title(),
          a.text(), Optional.of(url), item.published()));
    } catch (InputException e) {
      return InputItem.of(new InputProblem(item.source(), "cannot follow the link " + url + ": "
          + e.getMessage() + "; not scored"));
    }
  }
}
