package org.garblecheck.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.garblecheck.lm.SlipWindows;
import org.garblecheck.lm.WordingFeatures;
import org.garblecheck.lm.WordingModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildWordingCommandTest {
  private static Run run(String... args) {
    return Run.of(args);
  }

  @Test
  void grammarModelIsTrainedWordByWordAndTheSameTwice(@TempDir Path dir) throws Exception {
    Path fluent = Files.createDirectories(dir.resolve("fluent"));
    Path slipped = Files.createDirectories(dir.resolve("slipped"));
    Files.writeString(fluent.resolve("a.txt"), "The council will connect the two lines next year.\n"
        + "The parties are hovering near the threshold.\nNothing changed in this line at all.\n");
    Files.writeString(slipped.resolve("a.txt"), "The council will connects the two lines next year.\n"
        + "The parties is hovering near the threshold.\nNothing changed in this line at all.\n");
    Run first = run("build-wording", "--kind", "grammar", "--fluent", fluent.toString(), "--translated",
        slipped.toString(), "--out", dir.resolve("m1.bin.gz").toString(), "-j", "1");
    Run second = run("build-wording", "--kind", "grammar", "--fluent", fluent.toString(), "--translated",
        slipped.toString(), "--out", dir.resolve("m2.bin.gz").toString(), "-j", "2");
    assertEquals(0, first.code(), first.err());
    assertEquals(0, second.code(), second.err());
    assertTrue(first.err().contains("3 fluent sentences (26 words), 2 with slips (2 words at a slip)"), first.err());
    assertArrayEquals(Files.readAllBytes(dir.resolve("m1.bin.gz")), Files.readAllBytes(dir.resolve("m2.bin.gz")));
    WordingModel m;
    try (InputStream in = Files.newInputStream(dir.resolve("m1.bin.gz"))) {
      m = WordingModel.read(in);
    }
    assertEquals(SlipWindows.HASHED, m.hashedSlots());
    assertEquals(SlipWindows.DENSE.size(), m.denseFeatures());
    assertTrue(weight(m, "connects") > 0, "a word at a slip");
    assertTrue(weight(m, "connect") < 0, "a fluent word");
  }

  /** The weight of the feature "this word" (the bias left out). */
  private static double weight(WordingModel m, String word) {
    int slot = WordingFeatures.slot("w", word, SlipWindows.HASHED);
    return m.logit(new WordingFeatures.Vector(new int[] {slot}, new double[SlipWindows.DENSE.size()]));
  }

  @Test
  void usageMistakesGiveOneClearLine(@TempDir Path dir) throws Exception {
    Path fluent = Files.createDirectories(dir.resolve("fluent"));
    Run kind = run("build-wording", "--kind", "poetry", "--fluent", fluent.toString(), "--translated",
        fluent.toString(), "--out", dir.resolve("m.bin.gz").toString());
    assertEquals(2, kind.code());
    assertTrue(kind.err().startsWith("garblecheck build-wording: --kind takes mt, spin or grammar, not 'poetry'\n"),
        kind.err());
    assertTrue(Files.notExists(dir.resolve("m.bin.gz")));
  }
}
