package org.garblecheck.input.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.garblecheck.input.feed.FeedSniffer.Kind;
import org.junit.jupiter.api.Test;

class FeedSnifferTest {
  private static Kind sniff(String s) {
    Kind fromBytes = FeedSniffer.sniff(s.getBytes(StandardCharsets.UTF_8));
    assertEquals(fromBytes, FeedSniffer.sniff(s), "bytes and text agree");
    return fromBytes;
  }

  @Test
  void rootElementsAfterPrologCommentsAndDoctype() {
    assertEquals(Kind.RSS, sniff("\uFEFF<?xml version=\"1.0\"?>\n<!-- generated -->\n<?xml-stylesheet href=\"s\"?>"
        + "<rss version=\"2.0\">"));
    assertEquals(Kind.ATOM, sniff("<feed xmlns=\"http://www.w3.org/2005/Atom\">"));
    assertEquals(Kind.RDF, sniff("<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"x\">"));
    assertEquals(Kind.RSS, sniff("<!DOCTYPE rss [<!ENTITY a \"b\">]><rss>"));
    assertEquals(Kind.HTML, sniff("<!DOCTYPE html>\n<html lang=\"en\">"));
    assertEquals(Kind.OTHER_XML, sniff("<catalog/>"));
    assertEquals(Kind.UNKNOWN, sniff("Just some text."));
    assertEquals(Kind.UNKNOWN, sniff(" ".repeat(5000) + "x"));
  }

  @Test
  void jsonFeedsByVersionWhereverTheKeyIs() {
    assertEquals(Kind.JSON_FEED, sniff("{\"title\": {\"a\": [1]}, \"version\": \"https://jsonfeed.org/version/1.1\"}"));
    assertEquals(Kind.OTHER_JSON, sniff("{\"version\": \"2.0\"}"));
    assertEquals(Kind.OTHER_JSON, sniff("[{\"version\": \"https://jsonfeed.org/version/1.1\"}]"));
    assertEquals(Kind.OTHER_JSON, sniff("{\"version\": "));
  }
}
