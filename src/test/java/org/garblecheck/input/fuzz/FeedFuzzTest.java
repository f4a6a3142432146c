package org.garblecheck.input.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.garblecheck.input.ArticleReader;
import org.garblecheck.input.InputException;
import org.garblecheck.input.InputProblem;
import org.garblecheck.input.feed.FeedItems;
import org.garblecheck.input.feed.FeedSniffer;
import org.garblecheck.input.feed.JsonFeedReader;
import org.garblecheck.input.feed.XmlFeedReader;
import org.garblecheck.model.Article;

/** Any bytes given to the feed readers: an article per item with sane fields, or an {@link InputException}. */
class FeedFuzzTest {
  private static final ArticleReader XML = new XmlFeedReader();
  private static final ArticleReader JSON = new JsonFeedReader();

  @FuzzTest(maxDuration = "5s")
  void feed(byte[] data) {
    FeedSniffer.Kind kind = FeedSniffer.sniff(data);
    ArticleReader reader = kind == FeedSniffer.Kind.JSON_FEED || kind == FeedSniffer.Kind.OTHER_JSON ? JSON : XML;
    List<Article> articles = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>();
    try {
      reader.readBytes("fuzz", data, Optional.empty(), articles::add, problems::add);
    } catch (InputException e) {
      assertFalse(e.getMessage().isBlank());
      return;
    }
    assertTrue(FeedSniffer.isFeed(kind) || articles.isEmpty(), "only feeds give articles");
    var ids = new HashSet<String>();
    for (Article a : articles) {
      assertTrue(ids.add(a.id()), "ids are unique: " + a.id());
      assertFalse(a.id().isEmpty());
      assertEquals("fuzz#" + a.id(), a.source());
      assertTrue(a.text().length() <= FeedItems.MAX_ITEM_CHARS);
      a.url().ifPresent(u -> assertTrue(u.startsWith("http://") || u.startsWith("https://"), u));
    }
    for (InputProblem p : problems) {
      assertTrue(p.source().startsWith("fuzz#"), p.source());
      assertFalse(p.reason().isBlank());
    }
  }
}
