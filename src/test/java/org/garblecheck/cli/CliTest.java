package org.garblecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line through {@code Main.run}: exit codes, outputs and the messages users see. */
class CliTest {
  static final String CLEAN = "corpus/samples/clean-sample.txt";
  static final String DAMAGED = "corpus/samples/damaged-sample.txt";

  @TempDir
  Path dir;

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    return runWithStdin("", args);
  }

  static Result runWithStdin(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        false);
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void exit0WhenEverythingIsScoredAndNoGateIsGiven() {
    Result r = run("score", "-j", "1", CLEAN, DAMAGED);
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains(CLEAN + ": score "));
    assertTrue(r.out().contains(DAMAGED + ":11:1: warning RESIDUE_SOURCE_LINK"));
    assertTrue(r.err().matches("(?s)garblecheck: 2 articles, mean score .*, 0 failed, .* s\\n"), r.err());
  }

  @Test
  void findingsInAnHtmlPageGiveThePagesLineAndColumn() throws Exception {
    Path page = dir.resolve("page.html");
    Files.writeString(page, "<html><body>\n<article>\n<h1>Ferry vote</h1>\n<p>The ferry will leave the main pier.</p>"
        + "\n\n\n<p>The mayor said the timetable would change.</p>\n<p>Source link</p>\n</article></body></html>\n");
    Result r = run("score", "-q", "-j", "1", page.toString());
    assertTrue(r.out().contains(page + ":8:4: warning RESIDUE_SOURCE_LINK"), r.out());
    Result sarif = run("score", "-q", "-j", "1", "--format", "sarif", page.toString());
    assertTrue(sarif.out().replaceAll("\\s+", "").contains("\"startLine\":8,\"startColumn\":4,\"endLine\":8,"
        + "\"endColumn\":15,\"charOffset\":" + Files.readString(page).indexOf("Source link")), sarif.out());
  }

  @Test
  void exit1WhenAnArticleIsBelowTheGate() {
    Result r = run("score", "--quiet", "--fail-under", "80", CLEAN, DAMAGED);
    assertEquals(1, r.code(), r.err());
    assertEquals("", r.err());
    assertEquals(0, run("score", "-q", "--fail-under", "80", CLEAN).code());
  }

  @Test
  void exit2ForAnUnreadableInputAfterScoringTheRest() throws IOException {
    Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
    Result r = run("score", "--format", "jsonl", empty.toString(), CLEAN, dir.resolve("nope.txt").toString());
    assertEquals(2, r.code());
    assertEquals(1, r.out().lines().count(), "the readable article is still reported");
    assertTrue(r.err().contains("garblecheck: " + empty + ": empty file\n"), r.err());
    assertTrue(r.err().contains("garblecheck: " + dir.resolve("nope.txt") + ": no such file or directory\n"));
    assertTrue(r.err().contains("2 failed"));
    assertFalse(r.err().contains("Exception"));
  }

  @Test
  void exit2ForUsageErrorsWithOneLineAndAHint() {
    for (String[] args : new String[][] {
        {"score"},
        {"score", "--format", "pdf", CLEAN},
        {"score", "--fail-under", "abc", CLEAN},
        {"score", "--fail-under", "120", CLEAN},
        {"score", "--jobs", "0", CLEAN},
        {"score", "--format", "github", "--max-annotations", "-1", CLEAN},
        {"score", "--no-such-option", CLEAN},
        {"frobnicate"}}) {
      Result r = run(args);
      assertEquals(2, r.code(), String.join(" ", args));
      assertTrue(r.err().startsWith("garblecheck"), r.err());
      assertTrue(r.err().lines().count() <= 2, r.err());
      assertFalse(r.err().contains("Exception"), r.err());
    }
    assertEquals("garblecheck score: unknown format 'pdf' (expected text, json, jsonl, html, sarif,"
        + " junit, github, markdown, csv)\n"
        + "Try 'garblecheck score --help'.\n", run("score", "--format", "pdf", CLEAN).err());
  }

  @Test
  void jsonOutputIsOneDocumentWithTheSchemaFields() throws IOException {
    Result r = run("score", "-q", "--format", "json", DAMAGED);
    assertEquals(0, r.code(), r.err());
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertEquals(1, doc.get("schemaVersion").asInt());
    JsonNode a = doc.get("articles").get(0);
    for (String field : new String[] {"source", "id", "title", "score", "verdict", "sentences", "findings"}) {
      assertTrue(a.has(field), field);
    }
    JsonNode f = a.get("findings").get(0);
    for (String field : new String[] {"rule", "category", "severity", "start", "end", "line", "column", "message",
        "suggestions", "mt", "spin"}) {
      assertTrue(f.has(field), field);
    }
    String text = Files.readString(Path.of(DAMAGED));
    for (JsonNode x : a.get("findings")) {
      assertEquals(x.get("text").asText(), text.substring(x.get("start").asInt(), x.get("end").asInt()));
    }
  }

  @Test
  void outputFileIsWrittenWholeOrNotAtAll() throws IOException {
    Path report = dir.resolve("report.json");
    assertEquals(0, run("score", "-q", "--format", "json", "-o", report.toString(), CLEAN).code());
    assertTrue(new ObjectMapper().readTree(report.toFile()).has("articles"));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(1, files.count(), "no temporary file left behind");
    }
    Result r = run("score", "-q", "-o", dir.resolve("missing-dir/report.txt").toString(), CLEAN);
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("garblecheck score: cannot write "), r.err());
    assertFalse(Files.exists(dir.resolve("missing-dir")));
  }

  @Test
  void readsStandardInput() {
    Result r = runWithStdin("Ferry fares rise\nThe ferry operator said fares would rise in March.\n",
        "score", "-q", "-");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("<stdin>: score "), r.out());
  }

  @Test
  void helpExplainsEveryOptionWithAnExample() {
    Result main = run("--help");
    assertEquals(0, main.code());
    assertTrue(main.out().contains("score"));
    assertTrue(main.out().contains("Exit codes"));
    Result score = run("score", "--help");
    assertEquals(0, score.code());
    for (String opt : new String[] {"--format", "--output", "--fail-under", "--jobs", "--rules", "--no-color",
        "--quiet", "--max-annotations", "html", "sarif", "junit", "github", "markdown", "csv"}) {
      assertTrue(score.out().contains(opt), opt);
    }
    assertTrue(score.out().contains("Examples:"));
    assertEquals(2, run().code(), "no arguments prints help and fails");
  }

  @Test
  void ciFormatsGetTheGateTheCapAndTheRuleMetadata() throws IOException {
    Result sarif = run("score", "-q", "--format", "sarif", "--fail-under", "70", CLEAN, DAMAGED);
    assertEquals(1, sarif.code(), sarif.err());
    JsonNode run = new ObjectMapper().readTree(sarif.out()).get("runs").get(0);
    JsonNode driver = run.get("tool").get("driver");
    assertEquals(Cli.VERSION, driver.get("version").asText());
    java.util.Map<String, JsonNode> rules = new java.util.HashMap<>();
    driver.get("rules").forEach(r -> rules.put(r.get("id").asText(), r));
    assertTrue(rules.containsKey("RESIDUE_SOURCE_LINK"), "our rules are listed");
    JsonNode quotes = rules.get("EN_UNPAIRED_QUOTES");
    assertTrue(quotes != null && !quotes.get("shortDescription").get("text").asText().startsWith("LanguageTool rule"),
        "a LanguageTool rule seen is described by LanguageTool: " + quotes);

    Result github = run("score", "-q", "--format", "github", "--max-annotations", "2", "--fail-under", "70", CLEAN,
        DAMAGED);
    assertEquals(1, github.code());
    java.util.List<String> lines = github.out().lines().toList();
    assertEquals(3, lines.size(), github.out());
    assertTrue(lines.get(0).startsWith("::error file=" + DAMAGED + ",title=garblecheck%3A below 70.0::"), lines.get(0));
    assertTrue(lines.get(2).startsWith("::notice title=garblecheck::2 articles, 1 below 70.0;"), lines.get(2));
    assertTrue(lines.get(2).contains(", 2 shown, "), lines.get(2));

    Result junit = run("score", "-q", "--format", "junit", "--fail-under", "70", CLEAN, DAMAGED);
    assertTrue(junit.out().contains("<testsuite name=\"garblecheck\" tests=\"2\" failures=\"1\""), junit.out());
  }
}
