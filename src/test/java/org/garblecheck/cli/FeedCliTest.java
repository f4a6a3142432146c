package org.garblecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.garblecheck.testing.LocalServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code garblecheck score} on feeds and URLs: per-item failures, skipped languages, exit codes. */
class FeedCliTest {
  @TempDir
  Path dir;

  private static final String ENGLISH = "The harbour authority said on Monday that the new ferry terminal would"
      + " open in the spring, after two years of delays caused by a shortage of steel and a dispute over the"
      + " contract with the builder.";
  private static final String FRENCH = "L'autorité portuaire a annoncé lundi que le nouveau terminal des ferries"
      + " ouvrirait au printemps, après deux ans de retard dus à une pénurie d'acier et à un litige avec le"
      + " constructeur.";

  private static String rss(String... items) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
        + "<title>Port</title><link>https://port.example/</link><description>d</description>\n");
    for (String i : items) {
      b.append(i);
    }
    return b.append("</channel></rss>\n").toString();
  }

  private static String item(String guid, String text) {
    return "<item><title>" + guid + "</title><guid isPermaLink=\"false\">" + guid + "</guid><description>" + text
        + "</description></item>\n";
  }

  @Test
  void aFeedIsScoredPerItemWithFailuresAndSkipsReported() throws Exception {
    Path feed = dir.resolve("port.rss");
    Files.writeString(feed, rss(item("en", ENGLISH), item("fr", FRENCH), item("en", ENGLISH)));
    try (LocalServer server = new LocalServer()) {
      server.on("/gone", ex -> LocalServer.respond(ex, 404, "text/html", new byte[0]));
      server.serve("/empty", "application/rss+xml", rss());
      CliTest.Result r = CliTest.run("score", "-j", "1", "--format", "json", feed.toString(), server.url("/gone"),
          server.url("/empty"));
      assertEquals(2, r.code(), r.err());
      JsonNode report = new ObjectMapper().readTree(r.out());
      List<String> scored = new ArrayList<>();
      report.get("articles").forEach(a -> scored.add(a.get("source").asText()));
      assertEquals(List.of(feed + "#en", feed + "#en~3"), scored);
      List<String> lines = r.err().lines().toList();
      assertEquals(List.of(
              "garblecheck: skipped " + feed + "#fr: not English (looks like French, 'fr', p=1.00); not scored",
              "garblecheck: " + feed + "#en~3: duplicate item id \"en\" (item 3); scored as \"en~3\"",
              "garblecheck: " + server.url("/gone") + ": HTTP 404 Not Found",
              "garblecheck: " + server.url("/empty") + ": the feed has no items"),
          lines.subList(0, 4));
      assertTrue(lines.get(4).matches("garblecheck: 2 articles, .*, 1 skipped, 3 failed, [0-9.]+ s"), lines.get(4));
    }
  }

  @Test
  void allLanguagesScoresEverything() throws Exception {
    Path feed = dir.resolve("fr.rss");
    Files.writeString(feed, rss(item("fr", FRENCH)));
    CliTest.Result r = CliTest.run("score", "-j", "1", "--all-languages", "--format", "json", feed.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(feed + "#fr", new ObjectMapper().readTree(r.out()).get("articles").get(0).get("source").asText());
  }

  @Test
  void helpDescribesTheFeedOptions() {
    CliTest.Result r = CliTest.run("score", "--help");
    assertEquals(0, r.code());
    for (String option : List.of("--follow-links", "--all-languages", "--timeout <SECONDS>")) {
      assertTrue(r.out().contains(option), option);
    }
  }
}
