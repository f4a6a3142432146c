package org.garblecheck.input.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.garblecheck.input.InputException;
import org.garblecheck.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XmlFeedReaderTest {
  private final XmlFeedReader reader = new XmlFeedReader();

  @Test
  void rssItemBecomesAnArticleFromContentEncoded() throws Exception {
    String feed = Feeds.rss("""
        <item><title>Ferry &amp; bus fares rise</title><link>https://news.example/fares</link>
        <guid isPermaLink="false">fares-2025</guid><pubDate>Tue, 03 Jun 2025 09:30:00 GMT</pubDate>
        <description>Short teaser.</description>
        <content:encoded><![CDATA[<p>Fares on the harbour ferry will rise in July.</p>
        <p>The operator blamed <b>fuel</b> costs.</p><script>track()</script>]]></content:encoded></item>
        """);
    Feeds r = Feeds.read(reader, feed);
    assertEquals(List.of(), r.problems());
    Article a = r.articles().get(0);
    assertEquals("feed.xml#fares-2025", a.source());
    assertEquals("fares-2025", a.id());
    assertEquals("Ferry & bus fares rise", a.title());
    assertEquals(Optional.of("https://news.example/fares"), a.url());
    assertEquals(Optional.of(Instant.parse("2025-06-03T09:30:00Z")), a.published());
    assertEquals("Fares on the harbour ferry will rise in July.\n\nThe operator blamed fuel costs.\n", a.text());
  }

  @Test
  void rssWithoutContentUsesTheDescriptionAndLinkAsId() throws Exception {
    String feed = Feeds.rss("<item><title>Pier closed</title><link>https://news.example/pier</link>"
        + "<description>&lt;p&gt;The north pier is closed for repairs.&lt;/p&gt;</description></item>");
    Article a = Feeds.read(reader, feed).articles().get(0);
    assertEquals("https://news.example/pier", a.id());
    assertEquals("feed.xml#https://news.example/pier", a.source());
    assertEquals("The north pier is closed for repairs.\n", a.text());
  }

  @Test
  void aLinkWithAnUpperCaseSchemeIsWrittenWithTheLowerCaseOne() throws Exception {
    String feed = Feeds.rss("<item><guid>p1</guid><title>Pier closed</title><link>HTTPs://news.example/Pier</link>"
        + "<description>The north pier is closed.</description></item>");
    Article a = Feeds.read(reader, feed).articles().get(0);
    assertEquals(java.util.Optional.of("https://news.example/Pier"), a.url());
  }

  @Test
  void atomEntriesUseContentElseSummary() throws Exception {
    String feed = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Valley Times</title><id>urn:valley</id><updated>2025-05-01T10:00:00Z</updated>
          <entry><title type="html">Dam &lt;em&gt;report&lt;/em&gt; due</title><id>urn:valley:1</id>
            <link rel="alternate" href="https://valley.example/dam"/>
            <published>2025-05-01T08:00:00Z</published><updated>2025-05-01T09:00:00Z</updated>
            <content type="html">&lt;p&gt;Engineers will publish the dam report on Friday.&lt;/p&gt;</content>
          </entry>
          <entry><title>Market day</title><id>urn:valley:2</id><updated>2025-05-02T07:00:00Z</updated>
            <summary type="text">Stalls open at 7 &lt; 8 o'clock.</summary>
          </entry>
        </feed>
        """;
    Feeds r = Feeds.read(reader, feed);
    assertEquals(2, r.articles().size());
    Article dam = r.articles().get(0);
    assertEquals("urn:valley:1", dam.id());
    assertEquals("Dam report due", dam.title());
    assertEquals(Optional.of("https://valley.example/dam"), dam.url());
    assertEquals(Optional.of(Instant.parse("2025-05-01T08:00:00Z")), dam.published());
    assertEquals("Engineers will publish the dam report on Friday.\n", dam.text());
    Article market = r.articles().get(1);
    assertEquals("Stalls open at 7 < 8 o'clock.\n", market.text(), "plain text is not parsed as HTML");
    assertEquals(Optional.of(Instant.parse("2025-05-02T07:00:00Z")), market.published());
  }

  @Test
  void rss10RdfFeedsAreRead() throws Exception {
    String feed = """
        <?xml version="1.0"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
          <channel rdf:about="https://old.example/"><title>Old</title><link>https://old.example/</link>
            <description>d</description></channel>
          <item rdf:about="https://old.example/1"><title>Mill reopens</title><link>https://old.example/1</link>
            <description>The mill reopened after ten years.</description></item>
        </rdf:RDF>
        """;
    Article a = Feeds.read(reader, feed).articles().get(0);
    assertEquals("Mill reopens", a.title());
    assertEquals("The mill reopened after ten years.\n", a.text());
  }

  @Test
  void malformedXmlIsOneClearError() {
    String feed = Feeds.rss("<item><title>Broken</title><description>no end tag</item>");
    InputException e = assertThrows(InputException.class, () -> Feeds.read(reader, feed));
    assertTrue(e.getMessage().startsWith("malformed feed: "), e.getMessage());
    assertTrue(e.getMessage().contains("line"), e.getMessage());
  }

  @Test
  void xmlThatIsNoFeedNamesItsRootElement() {
    InputException e = assertThrows(InputException.class,
        () -> Feeds.read(reader, "<?xml version=\"1.0\"?><catalog><book/></catalog>"));
    assertEquals("not an RSS or Atom feed (<catalog>)", e.getMessage());
  }

  @Test
  void externalEntitiesAreNeverRead(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-7f3a");
    String uri = secret.toUri().toString();
    for (String feed : List.of(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + uri + "\">]>\n"
            + "<rss version=\"2.0\"><channel><title>t</title><link>l</link><description>d</description>"
            + "<item><title>&xxe;</title><description>Leak: &xxe;</description></item></channel></rss>",
        "<?xml version=\"1.0\"?>\n<!DOCTYPE feed [<!ENTITY % p SYSTEM \"" + uri + "\"> %p;]>\n"
            + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><id>i</id>"
            + "<updated>2025-01-01T00:00:00Z</updated><entry><id>e</id><title>x</title>"
            + "<updated>2025-01-01T00:00:00Z</updated><summary>s</summary></entry></feed>")) {
      InputException e = assertThrows(InputException.class, () -> Feeds.read(reader, feed));
      assertTrue(e.getMessage().contains("DOCTYPE declaration, which is refused"), e.getMessage());
      assertFalse(e.getMessage().contains("TOP-SECRET"), e.getMessage());
    }
  }

  @Test
  void entityExpansionBombIsRejectedBeforeExpanding() {
    StringBuilder doctype = new StringBuilder("<!DOCTYPE rss [<!ENTITY lol0 \"lol\">");
    for (int i = 1; i <= 12; i++) {
      String prev = "&lol" + (i - 1) + ";";
      doctype.append("<!ENTITY lol").append(i).append(" \"").append(prev.repeat(10)).append("\">");
    }
    doctype.append("]>");
    String feed = "<?xml version=\"1.0\"?>\n" + doctype + "\n<rss version=\"2.0\"><channel><title>t</title>"
        + "<link>l</link><description>d</description><item><title>bomb</title><description>&lol12;"
        + "</description></item></channel></rss>";
    InputException e = assertThrows(InputException.class, () -> Feeds.read(reader, feed));
    assertTrue(e.getMessage().contains("DOCTYPE declaration, which is refused"), e.getMessage());
  }

  @Test
  void windows1252DeclaredInTheProlog() throws Exception {
    String feed = Feeds.rss(Feeds.item("q1", "Mayor\u2019s \u201cbold\u201d plan", "Caf\u00e9 owners \u2013 and"
        + " others \u2013 welcomed the mayor\u2019s plan."))
        .replace("encoding=\"UTF-8\"", "encoding=\"windows-1252\"");
    byte[] bytes = feed.getBytes(Charset.forName("windows-1252"));
    Article a = Feeds.read(reader, bytes).articles().get(0);
    assertEquals("Mayor\u2019s \u201cbold\u201d plan", a.title());
    assertEquals("Caf\u00e9 owners \u2013 and others \u2013 welcomed the mayor\u2019s plan.\n", a.text());
  }

  @Test
  void iso88591LabelIsReadAsWindows1252LikeBrowsersDo() throws Exception {
    String feed = Feeds.rss(Feeds.item("q2", "Quotes", "The \u201cLatin-1\u201d feed."))
        .replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"");
    Article a = Feeds.read(reader, feed.getBytes(Charset.forName("windows-1252"))).articles().get(0);
    assertEquals("The \u201cLatin-1\u201d feed.\n", a.text());
  }

  @Test
  void noDeclarationMeansUtf8AndFallsBackToWindows1252() throws Exception {
    String feed = Feeds.rss(Feeds.item("n1", "Na\u00efve", "A na\u00efve caf\u00e9 review \u2014 in full."))
        .replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", "");
    assertEquals("A na\u00efve caf\u00e9 review \u2014 in full.\n",
        Feeds.read(reader, feed.getBytes(StandardCharsets.UTF_8)).articles().get(0).text());
    assertEquals("A na\u00efve caf\u00e9 review \u2014 in full.\n",
        Feeds.read(reader, feed.getBytes(Charset.forName("windows-1252"))).articles().get(0).text());
  }

  @Test
  void aWrongDeclarationIsAnErrorNotMojibake() {
    String feed = Feeds.rss(Feeds.item("w1", "Wrong", "The mayor\u2019s plan."));
    byte[] bytes = feed.getBytes(Charset.forName("windows-1252"));
    InputException e = assertThrows(InputException.class, () -> Feeds.read(reader, bytes));
    int at = feed.indexOf('\u2019');
    assertEquals("not valid UTF-8 as declared by the XML declaration (bad byte 0x92 at offset " + at
        + "); the text is probably Windows-1252: fix the declaration", e.getMessage());
  }

  @Test
  void aFeedWithoutItemsIsReported() {
    InputException e = assertThrows(InputException.class, () -> Feeds.read(reader, Feeds.rss("")));
    assertEquals("the feed has no items", e.getMessage());
  }

  @Test
  void duplicateIdsAreReportedAndMadeUnique() throws Exception {
    Feeds r = Feeds.read(reader, Feeds.rss(Feeds.item("same", "One", "First story.")
        + Feeds.item("other", "Two", "Second story.") + Feeds.item("same", "Three", "Third story.")));
    assertEquals(List.of("same", "other", "same~3"), r.articles().stream().map(Article::id).toList());
    assertEquals(1, r.problems().size());
    assertEquals("feed.xml#same~3: duplicate item id \"same\" (item 3); scored as \"same~3\"",
        r.problems().get(0).toString());
  }

  @Test
  void anOverlongItemIsReportedAndTheOthersAreRead() throws Exception {
    String huge = "Word ".repeat(FeedItems.MAX_ITEM_CHARS / 5 + 10);
    Feeds r = Feeds.read(reader, Feeds.rss(Feeds.item("big", "Big", huge) + Feeds.item("ok", "Ok", "Fine.")));
    assertEquals(List.of("ok"), r.articles().stream().map(Article::id).toList());
    int textLength = huge.strip().length() + 1;
    assertEquals(String.format(java.util.Locale.ROOT, "feed.xml#big: item text is %,d characters, over the"
        + " 1,000,000-character limit for one article; not scored", textLength), r.problems().get(0).toString());
  }

  @Test
  void itemsWithoutAnyTextAreStillHandedOnForFollowingLinks() throws Exception {
    Feeds r = Feeds.read(reader, Feeds.rss("<item><title>Only a title</title>"
        + "<link>https://news.example/t</link></item>"));
    assertEquals("", r.articles().get(0).text());
    assertEquals(Optional.of("https://news.example/t"), r.articles().get(0).url());
  }
}
