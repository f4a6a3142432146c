package org.garblecheck.input;

import java.util.function.Consumer;
import org.garblecheck.input.feed.FeedSniffer;
import org.garblecheck.input.http.Fetched;
import org.garblecheck.input.http.HttpFetcher;
import org.garblecheck.model.Article;

/**
 * Reads an {@code http(s)://} input: fetches it and reads it as a feed (RSS, Atom, JSON Feed) or a single
 * HTML page, by its {@code Content-Type} and its content (servers often label feeds {@code text/xml} or
 * even {@code text/html}). Other content types (images, PDF, …) are refused.
 */
final class UrlInput {
  static final String ACCEPT_DOCUMENT = "application/rss+xml, application/atom+xml, application/feed+json,"
      + " application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, application/xhtml+xml;q=0.8,"
      + " application/json;q=0.7, */*;q=0.1";

  private enum Declared { HTML, XML, JSON, SNIFF, UNSUPPORTED }

  /** Receives what was read; {@code fromFeed} tells feed items from a page. */
  interface Sink {
    void article(Article a, boolean fromFeed);

    void problem(InputProblem p);
  }

  private UrlInput() {}

  static void read(String url, HttpFetcher http, Sink sink) throws InputException {
    Fetched f = http.get(url, ACCEPT_DOCUMENT);
    String media = f.mediaType();
    Declared declared = declared(media);
    if (declared == Declared.UNSUPPORTED) {
      throw new InputException("unsupported content type " + media
          + " (expected an HTML page, an RSS or Atom feed, or a JSON Feed)");
    }
    FeedSniffer.Kind kind = FeedSniffer.sniff(f.body());
    InputFormat format;
    if (FeedSniffer.isFeed(kind)) {
      format = kind == FeedSniffer.Kind.JSON_FEED ? InputFormat.JSON_FEED : InputFormat.FEED;
    } else if (declared == Declared.HTML || kind == FeedSniffer.Kind.HTML) {
      format = InputFormat.HTML;
    } else if (declared == Declared.JSON || kind == FeedSniffer.Kind.OTHER_JSON) {
      format = InputFormat.JSON_FEED;
    } else if (declared == Declared.XML || kind == FeedSniffer.Kind.OTHER_XML) {
      format = InputFormat.FEED;
    } else {
      throw new InputException("cannot tell what the document is" + (media.isEmpty() ? "" : " (" + media + ")")
          + "; expected an HTML page, an RSS or Atom feed, or a JSON Feed");
    }
    boolean feed = format != InputFormat.HTML;
    Consumer<Article> articles = a -> sink.article(feed || a.url().isPresent() ? a
        : a.withUrl(f.uri().toString()),
        feed);
    format.reader().readBytes(url, f.body(), f.contentType(), articles, sink::problem);
  }

  private static Declared declared(String media) {
    if (media.isEmpty() || media.equals("text/plain") || media.equals("application/octet-stream")) {
      return Declared.SNIFF;
    }
    if (media.equals("text/html") || media.equals("application/xhtml+xml")) {
      return Declared.HTML;
    }
    if (media.equals("application/xml") || media.equals("text/xml") || media.endsWith("+xml")) {
      return Declared.XML;
    }
    if (media.equals("application/json") || media.endsWith("+json")) {
      return Declared.JSON;
    }
    return Declared.UNSUPPORTED;
  }
}
