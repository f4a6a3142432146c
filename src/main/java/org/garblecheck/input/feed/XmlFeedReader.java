package org.garblecheck.input.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.garblecheck.input.ArticleReader;
import org.garblecheck.input.DocumentDecoder;
import org.garblecheck.input.InputException;
import org.garblecheck.input.InputProblem;
import org.garblecheck.model.Article;
import org.jsoup.Jsoup;

/**
 * RSS (0.9x, 1.0, 2.0) and Atom feeds, parsed with Rome. Each entry becomes an article (see
 * {@link FeedItems}): its text is {@code content:encoded} / Atom {@code content}, else the description /
 * summary. The XML parser refuses DOCTYPE declarations, so external entities (XXE) are never resolved and
 * entity-expansion bombs are rejected before they expand.
 */
public final class XmlFeedReader implements ArticleReader {
  @Override
  public void readBytes(String source, byte[] bytes, Optional<String> contentType, Consumer<Article> articles,
      Consumer<InputProblem> problems) throws InputException {
    String xml = DocumentDecoder.decode(bytes, contentType.flatMap(DocumentDecoder::charsetParameter),
        DocumentDecoder.Kind.XML);
    read(source, xml, articles, problems);
  }

  @Override
  public void read(String source, String xml, Consumer<Article> articles, Consumer<InputProblem> problems)
      throws InputException {
    FeedSniffer.Kind kind = FeedSniffer.sniff(xml);
    if (kind != FeedSniffer.Kind.RSS && kind != FeedSniffer.Kind.ATOM && kind != FeedSniffer.Kind.RDF) {
      String root = FeedSniffer.rootElement(xml).map(r -> "<" + r + ">").orElse("no XML root element");
      throw new InputException("not an RSS or Atom feed (" + root + ")");
    }
    SyndFeed feed = parse(xml);
    List<FeedItem> items = new ArrayList<>();
    for (SyndEntry e : feed.getEntries()) {
      items.add(item(e));
    }
    FeedItems.emit(source, items, articles, problems);
  }

  private static SyndFeed parse(String xml) throws InputException {
    SyndFeedInput in = new SyndFeedInput();
    in.setAllowDoctypes(false);
    try {
      return in.build(new StringReader(xml));
    } catch (FeedException e) {
      if (mentionsDoctype(e)) {
        throw new InputException("the feed has a DOCTYPE declaration, which is refused: it could read local"
            + " files (external entities) or expand entities without bound");
      }
      throw new InputException("malformed feed: " + oneLine(e.getMessage()));
    } catch (RuntimeException e) {
      throw new InputException("malformed feed: " + oneLine(String.valueOf(e.getMessage())));
    }
  }

  private static FeedItem item(SyndEntry e) {
    String html = "";
    String plain = "";
    for (SyndContent c : e.getContents()) {
      if (c.getValue() != null && !c.getValue().isBlank()) {
        if (isPlain(c)) {
          plain = plain.isEmpty() ? c.getValue() : plain;
        } else {
          html = c.getValue();
          break;
        }
      }
    }
    SyndContent summary = e.getDescription();
    if (html.isEmpty() && plain.isEmpty() && summary != null && summary.getValue() != null) {
      if (isPlain(summary)) {
        plain = summary.getValue();
      } else {
        html = summary.getValue();
      }
    }
    Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
    String link = e.getLink();
    return new FeedItem(e.getUri(), title(e.getTitle()),
        link == null || link.isBlank() ? Optional.empty() : Optional.of(link.strip()), html, plain,
        Optional.ofNullable(date).map(Date::toInstant));
  }

  private static boolean isPlain(SyndContent c) {
    String type = c.getType() == null ? "" : c.getType().toLowerCase(Locale.ROOT);
    return type.equals("text") || type.equals("text/plain");
  }

  private static String title(String t) {
    if (t == null) {
      return "";
    }
    return t.indexOf('<') >= 0 || t.indexOf('&') >= 0 ? Jsoup.parseBodyFragment(t).text() : t.strip();
  }

  private static boolean mentionsDoctype(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && t.getMessage().contains("DOCTYPE")) {
        return true;
      }
    }
    return false;
  }

  private static String oneLine(String s) {
    String t = s == null ? "" : s.replaceAll("\\s+", " ").strip();
    return t.length() > 300 ? t.substring(0, 300) + "…" : t;
  }
}
