package org.garblecheck.cli;

import static org.garblecheck.cli.CliTest.CLEAN;
import static org.garblecheck.cli.CliTest.DAMAGED;
import static org.garblecheck.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code score --unordered}: the same reports and exit codes as in input order, only the order may differ. */
class UnorderedCliTest {
  @TempDir
  Path dir;

  @Test
  void reportsTheSameArticlesAsInInputOrder() {
    CliTest.Result ordered = run("score", "-q", "-j", "2", "--format", "jsonl", CLEAN, DAMAGED, CLEAN);
    CliTest.Result unordered = run("score", "-q", "-j", "2", "--unordered", "--format", "jsonl", CLEAN, DAMAGED,
        CLEAN);
    assertEquals(0, unordered.code(), unordered.err());
    assertEquals(3, unordered.out().lines().count());
    assertEquals(ordered.out().lines().sorted().toList(), unordered.out().lines().sorted().toList());
  }

  @Test
  void exitCodesAreUnchanged() throws IOException {
    assertEquals(1, run("score", "-q", "--unordered", "--fail-under", "90", CLEAN, DAMAGED).code());
    Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
    CliTest.Result r = run("score", "--unordered", "-j", "2", "--format", "jsonl", empty.toString(), CLEAN,
        DAMAGED);
    assertEquals(2, r.code());
    assertEquals(2, r.out().lines().count(), "the readable articles are still reported");
    assertTrue(r.err().contains("garblecheck: " + empty + ": empty file\n"), r.err());
    assertTrue(r.err().contains("2 articles"), r.err());
    assertTrue(r.err().contains("1 failed"), r.err());
  }

  @Test
  void helpDescribesTheOption() {
    CliTest.Result r = run("score", "--help");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("--unordered"), r.out());
  }
}
