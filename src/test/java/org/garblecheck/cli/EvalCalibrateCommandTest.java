package org.garblecheck.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.garblecheck.rule.ScoringData;
import org.garblecheck.rule.YamlFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The eval and calibrate commands end to end on the small fixture corpus in src/test/resources/eval-corpus. */
class EvalCalibrateCommandTest {
  private static final String MANIFEST = "src/test/resources/eval-corpus/manifest.tsv";
  @TempDir Path dir;

  private static Run run(String... args) {
    return Run.of(args);
  }

  @Test
  void calibrateWritesTheSameFileForTheSameSeed() throws Exception {
    Path first = dir.resolve("first.yml");
    Path second = dir.resolve("second.yml");
    Files.copy(Path.of("rules/scoring.yml"), first);
    Files.copy(Path.of("rules/scoring.yml"), second);
    String[] common = {"calibrate", "--manifest", MANIFEST, "--folds", "3", "--seed", "11", "-j", "2", "-q"};
    Run a = run(concat(common, "--out", first.toString()));
    Run b = run(concat(common, "--out", second.toString()));
    assertEquals(0, a.code(), a.err());
    assertEquals(0, b.code(), b.err());
    assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    assertEquals(a.out(), b.out());
    assertTrue(a.out().contains("CROSS-VALIDATED: 3 folds over articles (seed 11)"), a.out());
    assertTrue(a.out().contains("FULL FIT"), a.out());
    String yaml = Files.readString(first, StandardCharsets.UTF_8);
    assertTrue(yaml.startsWith("# The scoring model."), "the file's own comments are kept");
    assertTrue(yaml.contains("# Fitted by garblecheck calibrate --seed 11 --folds 3"), yaml);
    ScoringData read = ScoringData.read(YamlFiles.in(dir), "first.yml");
    assertTrue(read.garbledBelow() <= read.cleanAtLeast());
  }

  @Test
  void evalReportsEveryGeneratorAsJson() throws Exception {
    Path out = dir.resolve("eval.json");
    Run r = run("eval", "--manifest", MANIFEST, "--format", "json", "-o", out.toString(), "-j", "2", "-q");
    assertEquals(0, r.code(), r.err());
    JsonNode j = new ObjectMapper().readTree(out.toFile());
    assertEquals(5, j.get("setup").get("cleanArticles").asInt());
    assertEquals(25, j.get("setup").get("cleanLines").asInt());
    assertEquals(12, j.get("setup").get("damagedVersions").asInt());
    List<String> generators = new ArrayList<>();
    j.get("groups").forEach(g -> generators.add(g.get("generator").asText()));
    assertEquals(List.of("apertium-es", "spin-20", "hand", "all"), generators);
    // positives are the changed lines the manifest lists: 4+4+5+5+5 for apertium-es, 2+2 for hand
    assertEquals(23, j.get("groups").get(0).get("paragraphs").get("positives").asInt());
    assertEquals(4, j.get("groups").get(2).get("paragraphs").get("positives").asInt());
    assertEquals(25, j.get("groups").get(0).get("paragraphs").get("negatives").asInt());
  }

  @Test
  void evalWithCleanAndDamagedDirectoriesPairsByName() {
    Run r = run("eval", "--clean", "src/test/resources/eval-corpus/clean", "--damaged",
        "src/test/resources/eval-corpus/handmade", "-j", "1", "-q", "--split", "test");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("5 clean articles (25 lines, "), r.out());
    assertTrue(r.out().contains("\nhandmade  test       2      5 "), r.out());
  }

  @Test
  void userMistakesGiveOneLine() {
    Run split = run("eval", "--manifest", MANIFEST, "--split", "later");
    assertEquals(2, split.code());
    assertEquals("garblecheck eval: --split takes fit, test or all, not 'later'", split.err().lines().findFirst().orElseThrow());
    Run half = run("eval", "--clean", "src/test/resources/eval-corpus/clean");
    assertEquals(2, half.code());
    assertEquals("garblecheck eval: --clean DIR and --damaged DIR go together", half.err().lines().findFirst().orElseThrow());
    Run none = run("calibrate", "--manifest", dir.resolve("missing.tsv").toString());
    assertEquals(2, none.code());
    assertTrue(none.err().startsWith("garblecheck calibrate: no manifest at "), none.err());
    Run folds = run("calibrate", "--manifest", MANIFEST, "--folds", "1");
    assertEquals(2, folds.code());
    assertEquals("garblecheck calibrate: --folds takes a whole number from 2 to 100, not '1'",
        folds.err().lines().findFirst().orElseThrow());
  }

  @Test
  void manifestCheckSaysWhenTheFileIsStale() throws Exception {
    Path corpus = dir.resolve("corpus");
    Files.createDirectories(corpus.resolve("clean"));
    Files.writeString(corpus.resolve("versions.tsv"), "clean\tclean\tnone\tfit\n");
    Files.writeString(corpus.resolve("clean/a.txt"), "Title\nText.\n");
    Run stale = run("manifest", "--corpus", corpus.toString(), "--check");
    assertEquals(1, stale.code());
    Run write = run("manifest", "--corpus", corpus.toString());
    assertEquals(0, write.code(), write.err());
    assertEquals("path\tarticle\tkind\tgenerator\tsplit\tchanged_lines\nclean/a.txt\ta\tclean\tnone\tfit\t\n",
        Files.readString(corpus.resolve("manifest.tsv")));
    assertEquals(0, run("manifest", "--corpus", corpus.toString(), "--check").code());
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = new String[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
