package org.garblecheck.input.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.garblecheck.input.InputException;
import org.garblecheck.model.Article;
import org.junit.jupiter.api.Test;

class JsonFeedReaderTest {
  private final JsonFeedReader reader = new JsonFeedReader();

  @Test
  void itemsBecomeArticles() throws Exception {
    String feed = """
        {"version": "https://jsonfeed.org/version/1.1", "title": "Coast Weekly",
         "items": [
           {"id": "2025-041", "url": "https://coast.example/lighthouse", "title": "Lighthouse repainted",
            "content_html": "<p>Volunteers repainted the lighthouse.</p><p>It took three weekends.</p>",
            "summary": "ignored when there is HTML", "date_published": "2025-04-11T08:15:00+02:00"},
           {"id": 42, "title": "Tide tables", "content_text": "New tide tables are out.",
            "date_modified": "2025-04-12T00:00:00Z"},
           {"id": "s", "summary": "Only a summary here."}
         ]}
        """;
    Feeds r = Feeds.read(reader, feed);
    assertEquals(List.of(), r.problems());
    Article a = r.articles().get(0);
    assertEquals("feed.xml#2025-041", a.source());
    assertEquals("Lighthouse repainted", a.title());
    assertEquals(Optional.of("https://coast.example/lighthouse"), a.url());
    assertEquals(Optional.of(Instant.parse("2025-04-11T06:15:00Z")), a.published());
    assertEquals("Volunteers repainted the lighthouse.\n\nIt took three weekends.\n", a.text());
    Article b = r.articles().get(1);
    assertEquals("42", b.id());
    assertEquals("New tide tables are out.\n", b.text());
    assertEquals(Optional.of(Instant.parse("2025-04-12T00:00:00Z")), b.published());
    assertEquals("Only a summary here.\n", r.articles().get(2).text());
  }

  @Test
  void version10IsAccepted() throws Exception {
    String feed = "{\"version\":\"https://jsonfeed.org/version/1\",\"items\":[{\"id\":\"a\",\"content_text\":\"x\"}]}";
    assertEquals(1, Feeds.read(reader, feed).articles().size());
  }

  @Test
  void otherJsonIsNotAFeed() {
    InputException e = assertThrows(InputException.class, () -> Feeds.read(reader, "{\"items\": []}"));
    assertEquals("not a JSON Feed (no \"version\": \"https://jsonfeed.org/version/1.1\")", e.getMessage());
    e = assertThrows(InputException.class, () -> Feeds.read(reader, "[1, 2]"));
    assertEquals("not a JSON Feed (expected an object with \"version\" and \"items\")", e.getMessage());
  }

  @Test
  void invalidJsonIsOneClearError() {
    InputException e = assertThrows(InputException.class,
        () -> Feeds.read(reader, "{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [}"));
    assertEquals(true, e.getMessage().startsWith("not valid JSON: "), e.getMessage());
  }

  @Test
  void zeroItemsAndDuplicatesAreReported() throws Exception {
    InputException e = assertThrows(InputException.class,
        () -> Feeds.read(reader, "{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": []}"));
    assertEquals("the feed has no items", e.getMessage());
    Feeds r = Feeds.read(reader, "{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": ["
        + "{\"id\": \"x\", \"content_text\": \"One.\"}, 7, {\"id\": \"x\", \"content_text\": \"Two.\"}]}");
    assertEquals(List.of("x", "x~2"), r.articles().stream().map(Article::id).toList());
    assertEquals(List.of("feed.xml#item2: item 2 is not a JSON object",
            "feed.xml#x~2: duplicate item id \"x\" (item 2); scored as \"x~2\""),
        r.problems().stream().map(Object::toString).toList());
  }

  @Test
  void jsonMustBeUtf8() {
    String json = "{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [{\"id\": \"caf\u00e9\"}]}";
    byte[] latin1 = json.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    InputException e = assertThrows(InputException.class, () -> Feeds.read(reader, latin1));
    assertEquals("not valid UTF-8 (bad byte at offset " + json.indexOf('\u00e9') + "); JSON must be UTF-8",
        e.getMessage());
  }
}
