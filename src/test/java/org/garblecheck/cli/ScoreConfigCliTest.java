package org.garblecheck.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.cli.DefaultParser;
import org.garblecheck.baseline.Baseline;
import org.garblecheck.testing.Checkers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code score --config / --baseline / --write-baseline} as a user runs them: exit codes, output, files. */
class ScoreConfigCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String STORY = "The council met on Monday to discuss the new tram line. Members said the"
      + " route through the old market would cost more than planned.. The mayor said the scheme had been"
      + " expectedd to help traders.\n\nWork on the depot is due to start in the spring.\n";

  @TempDir
  Path dir;

  @BeforeAll
  static void warmUp() {
    Checkers.shared();
  }

  private static Run run(String... args) {
    return Run.of(args);
  }

  private Path write(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  private static List<String> findings(String json) throws Exception {
    List<String> out = new ArrayList<>();
    for (JsonNode a : JSON.readTree(json).path("articles")) {
      for (JsonNode f : a.path("findings")) {
        out.add(f.path("rule").asText() + " " + f.path("text").asText());
      }
    }
    return out;
  }

  @Test
  void aConfigMistakeIsOneLineAndExitCode2() throws Exception {
    Path story = write("story.txt", STORY);
    Path cfg = write("garblecheck.yml", "rules:\n  GC_UNKNOWN_WORD: off\ncategorys:\n  spelling: off\n");
    Run r = run("score", "--config", cfg.toString(), story.toString());
    assertEquals(2, r.code());
    assertEquals("garblecheck score: " + cfg + ":3: unknown key 'categorys' (allowed: accept, categories, rules,"
        + " sources, thresholds, weights)\n", r.err());
    assertEquals("", r.out());

    write("garblecheck.yml", "thresholds:\n  clean: lots\n");
    assertEquals("garblecheck score: " + cfg + ":2: thresholds.clean must be a number from 0 to 100, not 'lots'\n",
        run("score", "--config", cfg.toString(), story.toString()).err());

    Run missing = run("score", "--config", dir.resolve("nope.yml").toString(), story.toString());
    assertEquals(2, missing.code());
    assertEquals("garblecheck score: " + dir.resolve("nope.yml") + ": no such file\n", missing.err());
  }

  @Test
  void anUnknownRuleIdInTheConfigIsOneLineAndExitCode2() throws Exception {
    Path story = write("story.txt", STORY);
    Path cfg = write("site.yml", "# our site\nrules:\n  GC_UNKNOWN_WORDS: off\n");
    Run r = run("score", "-j", "1", "--config", cfg.toString(), story.toString());
    assertEquals(2, r.code());
    assertEquals("garblecheck score: " + cfg + ":3: unknown rule 'GC_UNKNOWN_WORDS' (did you mean"
        + " 'GC_UNKNOWN_WORD'?)\n", r.err());
  }

  @Test
  void baselineMistakesExitWithCode2() throws Exception {
    Path story = write("story.txt", STORY);
    Run both = run("score", "--baseline", "a.json", "--write-baseline", "b.json", story.toString());
    assertEquals(2, both.code());
    assertTrue(both.err().startsWith("garblecheck score: --baseline and --write-baseline cannot be combined"),
        both.err());
    Run missing = run("score", "--baseline", dir.resolve("none.json").toString(), story.toString());
    assertEquals(2, missing.code());
    assertEquals("garblecheck score: " + dir.resolve("none.json") + ": no such file (create one with"
        + " --write-baseline)\n", missing.err());
    Path garbage = write("garbage.json", "[1, 2]");
    Run bad = run("score", "--baseline", garbage.toString(), story.toString());
    assertEquals(2, bad.code());
    assertEquals("garblecheck score: " + garbage + ": not a garblecheck baseline (no schemaVersion)\n", bad.err());
    Run noDir = run("score", "--write-baseline", dir.resolve("no/such/dir/b.json").toString(), story.toString());
    assertEquals(2, noDir.code());
    assertTrue(noDir.err().contains("its directory does not exist"), noDir.err());
    Run configs = run("score", "--config", "a.yml", "--no-config", story.toString());
    assertEquals(2, configs.code());
  }

  @Test
  void baselineRoundTripReportsOnlyNewDamage() throws Exception {
    Path story = write("feeds/council.txt", STORY);
    Path baseline = dir.resolve("baseline.json");
    Run first = run("score", "-j", "1", "--no-config", "--format", "json", "--fail-under", "90",
        "--write-baseline", baseline.toString(), story.toString());
    assertEquals(1, first.code(), first.err());
    List<String> today = findings(first.out());
    assertTrue(today.containsAll(List.of("WORD_BROKEN expectedd", "PUNCT_DOUBLED_STOP ..")), today.toString());
    // the baseline holds the shown findings and the weak evidence scored with them
    int recorded = Baseline.read(baseline).findingCount();
    assertTrue(recorded >= today.size(), recorded + " < " + today.size());
    assertTrue(first.err().contains("baseline " + baseline + " written (" + recorded + " findings in 1 article)"),
        first.err());

    Path again = dir.resolve("again.json");
    assertEquals(1, run("score", "-j", "1", "-q", "--no-config", "--format", "json", "--fail-under", "90",
        "--write-baseline", again.toString(), story.toString()).code());
    assertArrayEquals(Files.readAllBytes(baseline), Files.readAllBytes(again), "the same findings, the same bytes");

    Run known = run("score", "-j", "1", "--no-config", "--format", "json", "--fail-under", "90",
        "--baseline", baseline.toString(), story.toString());
    assertEquals(0, known.code(), known.err());
    assertEquals(List.of(), findings(known.out()));
    assertTrue(known.err().contains(", " + recorded + " known findings left out by the baseline"), known.err());

    Files.writeString(story, STORY.replace("due to start", "due to startt"));
    Run changed = run("score", "-j", "1", "-q", "--no-config", "--format", "json", "--fail-under", "90",
        "--baseline", baseline.toString(), story.toString());
    assertEquals(List.of("WORD_BROKEN startt"), findings(changed.out()));
    assertEquals(1, changed.code(), "one new finding takes the article below 90");
  }

  @Test
  void sourceGlobsMatchRelativeToTheConfigFile() throws Exception {
    Path partner = write("partner/a.txt", STORY);
    Path own = write("own/a.txt", STORY);
    Path cfg = write("garblecheck.yml", """
        accept:
          terms: [expectedd]
        sources:
          - glob: "partner/**"
            categories: {punctuation: off}
        """);
    Run r = run("score", "-j", "1", "-q", "--config", cfg.toString(), "--format", "json",
        own.toString(), partner.toString());
    assertEquals(0, r.code(), r.err());
    JsonNode articles = JSON.readTree(r.out()).path("articles");
    List<String> ownFindings = new ArrayList<>();
    articles.get(0).path("findings").forEach(f -> ownFindings.add(f.path("rule").asText()));
    List<String> partnerFindings = new ArrayList<>();
    articles.get(1).path("findings").forEach(f -> partnerFindings.add(f.path("category").asText()));
    assertTrue(ownFindings.contains("PUNCT_DOUBLED_STOP"), ownFindings.toString());
    assertFalse(ownFindings.contains("GC_UNKNOWN_WORD"), "accepted everywhere: " + ownFindings);
    assertFalse(partnerFindings.contains("punctuation"), partnerFindings.toString());
  }

  @Test
  void configFileIsTheOptionOrTheWorkingDirectorysFile() throws Exception {
    var options = new ScoreCommand().options();
    assertTrue(ScoreCommand.configFile(new DefaultParser().parse(options, new String[] {"x"}), dir).isEmpty());
    Path cfg = write("garblecheck.yml", "rules: {}\n");
    assertEquals(cfg, ScoreCommand.configFile(new DefaultParser().parse(options, new String[] {"x"}), dir)
        .orElseThrow());
    assertTrue(ScoreCommand.configFile(new DefaultParser().parse(options, new String[] {"--no-config", "x"}), dir)
        .isEmpty());
    assertEquals(Path.of("other.yml"), ScoreCommand.configFile(
        new DefaultParser().parse(options, new String[] {"--config", "other.yml", "x"}), dir).orElseThrow());
  }

  @Test
  void helpExplainsTheNewOptions() {
    Run r = run("score", "--help");
    assertEquals(0, r.code());
    for (String s : List.of("--config <FILE>", "--no-config", "--baseline <FILE>", "--write-baseline <FILE>",
        "garblecheck score --baseline baseline.json --fail-under 70 feeds/")) {
      assertTrue(r.out().contains(s), s + " missing from:\n" + r.out());
    }
  }
}
