package org.garblecheck.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.garblecheck.input.http.HttpFetcher;
import org.garblecheck.input.http.HttpSettings;
import org.garblecheck.model.Article;
import org.garblecheck.testing.LocalServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Feeds and URLs through {@link Inputs}: what each input becomes, and that a failure stops nothing else. */
class FeedInputsTest {
  @TempDir Path dir;
  private LocalServer server;

  @BeforeEach
  void start() throws IOException {
    server = new LocalServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static String rss(String items) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Quay News</title>"
        + "<link>https://quay.example/</link><description>d</description>\n" + items + "</channel></rss>\n";
  }

  private static String item(String guid, String link, String description) {
    return "<item><title>Story " + guid + "</title>" + (link == null ? "" : "<link>" + link + "</link>")
        + "<guid>" + guid + "</guid>" + (description == null ? "" : "<description>" + description + "</description>")
        + "</item>\n";
  }

  /** Each item as "source: text" or "source! reason". */
  private static List<String> read(InputOptions options, String... names) {
    List<String> out = new ArrayList<>();
    for (InputItem i : new Inputs(List.of(names), new ByteArrayInputStream(new byte[0]), options)) {
      if (i.article().isPresent()) {
        Article a = i.article().get();
        out.add(a.source() + ": " + a.text().strip());
      } else {
        out.add(i.problem().get().source() + "! " + i.problem().get().reason());
      }
    }
    return out;
  }

  private static List<String> read(String... names) {
    return read(InputOptions.defaults(), names);
  }

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
    return p;
  }

  @Test
  void feedFilesGiveOneArticlePerItem() throws Exception {
    Path feed = write("quay.rss", rss(item("a", null, "The quay reopened.") + item("b", null, "Boats returned.")));
    assertEquals(List.of(feed + "#a: The quay reopened.", feed + "#b: Boats returned."), read(feed.toString()));
  }

  @Test
  void inADirectoryOnlyXmlAndJsonThatAreFeedsAreRead() throws Exception {
    write("news/feed.xml", rss(item("x", null, "From the XML feed.")));
    write("news/catalog.xml", "<?xml version=\"1.0\"?><catalog/>");
    write("news/report.json", "{\"articles\": []}");
    write("news/feed.json", "{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": "
        + "[{\"id\": \"j\", \"content_text\": \"From the JSON Feed.\"}]}");
    write("news/story.txt", "A plain story.\n");
    Path news = dir.resolve("news");
    assertEquals(List.of(news.resolve("feed.json") + "#j: From the JSON Feed.",
        news.resolve("feed.xml") + "#x: From the XML feed.", news.resolve("story.txt") + ": A plain story."),
        read(news.toString()));
    assertEquals(List.of(news.resolve("catalog.xml") + "! not an RSS or Atom feed (<catalog>)"),
        read(news.resolve("catalog.xml").toString()));
  }

  @Test
  void aHundredMegabyteFileIsRefusedAndTheNextIsRead() throws Exception {
    Path big = dir.resolve("big.rss");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(100L * 1024 * 1024);
    }
    Path ok = write("ok.rss", rss(item("k", null, "Still read.")));
    assertEquals(List.of(big + "! file is 100 MB, over the 64 MB limit", ok + "#k: Still read."),
        read(big.toString(), ok.toString()));
  }

  @Test
  void itemsWithoutTextAreReported() throws Exception {
    Path feed = write("bare.rss", rss(item("t", "https://quay.example/t", null)));
    assertEquals(List.of(feed + "#t! no text to check (the item has no content or summary; --follow-links fetches"
        + " its page)"), read(feed.toString()));
  }

  @Test
  void feedsOverHttpUseTheHeaderCharset() {
    String feed = rss(item("c", null, "The caf\u00e9\u2019s \u201cnew\u201d menu.")).replace(" encoding=\"UTF-8\"", "");
    server.serve("/feed", "application/rss+xml; charset=ISO-8859-1", feed.getBytes(Charset.forName("windows-1252")));
    assertEquals(List.of(server.url("/feed") + "#c: The caf\u00e9\u2019s \u201cnew\u201d menu."), read(server.url("/feed")));
  }

  @Test
  void feedsServedAsHtmlAreStillFeedsAndPagesArePages() {
    server.serve("/mislabelled", "text/html", rss(item("m", null, "Served as HTML.")));
    server.serve("/page", "text/html; charset=utf-8",
        "<html><head><title>T</title></head><body><nav>Menu</nav><article><p>The page text.</p></article></body></html>");
    List<InputItem> items = new ArrayList<>();
    new Inputs(List.of(server.url("/page")), InputStreamNone.INSTANCE).forEach(items::add);
    assertEquals(Optional.of(server.url("/page")), items.get(0).article().get().url());
    assertEquals(List.of(server.url("/mislabelled") + "#m: Served as HTML.", server.url("/page") + ": The page text."),
        read(server.url("/mislabelled"), server.url("/page")));
  }

  @Test
  void httpFailuresAreReportedPerInputAndTheBatchGoesOn() {
    server.on("/missing", ex -> LocalServer.respond(ex, 404, "text/html", new byte[0]));
    server.on("/broken", ex -> LocalServer.respond(ex, 500, "text/html", new byte[0]));
    server.serve("/logo", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    server.serve("/empty", "application/atom+xml",
        "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><id>i</id><updated>2025-01-01T00:00:00Z</updated></feed>");
    server.serve("/ok", "application/feed+json", "{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": "
        + "[{\"id\": \"1\", \"content_html\": \"<p>Fine.</p>\"}]}");
    assertEquals(List.of(
            server.url("/missing") + "! HTTP 404 Not Found",
            server.url("/broken") + "! HTTP 500 Internal Server Error",
            server.url("/logo") + "! unsupported content type image/png (expected an HTML page, an RSS or Atom feed,"
                + " or a JSON Feed)",
            server.url("/empty") + "! the feed has no items",
            server.url("/ok") + "#1: Fine."),
        read(server.url("/missing"), server.url("/broken"), server.url("/logo"), server.url("/empty"),
            server.url("/ok")));
  }

  @Test
  void followLinksScoresThePagesAndReportsTheOnesThatFail() {
    server.serve("/p1", "text/html; charset=windows-1252",
        "<html><body><header>Site</header><article><h1>Mill</h1><p>The mill\u2019s full story.</p></article></body></html>"
            .getBytes(Charset.forName("windows-1252")));
    server.on("/p2", ex -> LocalServer.respond(ex, 404, "text/html", new byte[0]));
    server.serve("/p3", "application/pdf", "%PDF-1.7");
    String feedUrl = server.url("/feed");
    server.serve("/feed", "application/rss+xml", rss(item("1", server.url("/p1"), "Excerpt one.")
        + item("2", server.url("/p2"), "Excerpt two.") + item("3", server.url("/p3"), "Excerpt three.")
        + item("4", null, "No link, so the excerpt.")));
    InputOptions follow = new InputOptions(new HttpFetcher(HttpSettings.defaults()), true, 2);
    assertEquals(List.of(
            feedUrl + "#1: Mill\n\nThe mill\u2019s full story.",
            feedUrl + "#2! cannot follow the link " + server.url("/p2") + ": HTTP 404 Not Found; not scored",
            feedUrl + "#3! cannot follow the link " + server.url("/p3") + ": the page is application/pdf, not HTML;"
                + " not scored",
            feedUrl + "#4: No link, so the excerpt."),
        read(follow, feedUrl));
  }

  /** An empty standard input. */
  private static final class InputStreamNone {
    static final java.io.InputStream INSTANCE = java.io.InputStream.nullInputStream();
  }
}
