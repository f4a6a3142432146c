package org.garblecheck.eval.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.garblecheck.rule.RuleBook;
import org.garblecheck.rule.RuleFileException;
import org.garblecheck.rule.ScoringData;
import org.garblecheck.rule.YamlFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoringYamlTest {
  @TempDir Path dir;

  @Test
  void writtenFileReadsBackAsTheSameModel() throws Exception {
    ScoringData prior = RuleBook.bundled().scoring();
    ScoringData d = prior.withModel(prior.categoryWeights(), Map.of("SOME_RULE", new ScoringData.Weight(0.125, 0)),
        -2.4476, Map.of("meanMt", 12.6843, "rate.residue", 2.0), 73.5, 21.7);
    Files.writeString(dir.resolve("scoring.yml"), ScoringYaml.write(d, "", List.of()), StandardCharsets.UTF_8);
    assertEquals(d, ScoringData.read(YamlFiles.in(dir), "scoring.yml"));
  }

  @Test
  void theArticleContextIsWrittenOnlyWhenItIsOnAndReadsBack() throws Exception {
    ScoringData on = RuleBook.bundled().scoring().withContext(new ScoringData.Context(0.5, 0.125, 0.0625));
    String text = ScoringYaml.write(on, "", List.of());
    assertTrue(text.contains("\n  context: {strength: 0.5, mt: 0.125, spin: 0.0625}\n"), text);
    Files.writeString(dir.resolve("scoring.yml"), text, StandardCharsets.UTF_8);
    assertEquals(on.context(), ScoringData.read(YamlFiles.in(dir), "scoring.yml").context());

    ScoringData off = on.withContext(ScoringData.Context.NONE);
    String plain = ScoringYaml.write(off, "", List.of());
    assertFalse(plain.contains("context"), plain);
    Files.writeString(dir.resolve("scoring.yml"), plain, StandardCharsets.UTF_8);
    assertEquals(ScoringData.Context.NONE, ScoringData.read(YamlFiles.in(dir), "scoring.yml").context());
  }

  @Test
  void aContextOutOfRangeIsAClearError() throws Exception {
    String text = ScoringYaml.write(RuleBook.bundled().scoring(), "", List.of())
        .replaceFirst("context: \\{strength: [0-9.]+", "context: {strength: 1.5");
    Files.writeString(dir.resolve("scoring.yml"), text, StandardCharsets.UTF_8);
    RuleFileException e = assertThrows(RuleFileException.class,
        () -> ScoringData.read(YamlFiles.in(dir), "scoring.yml"));
    assertTrue(e.getMessage().contains("sentence.context: context strength must be in [0,1]"), e.getMessage());
  }

  @Test
  void keepsTheLeadingCommentsAndReplacesAnEarlierFitNote() {
    String previous = "# The scoring model.\n# More words.\n" + ScoringYaml.FITTED_MARK + " --seed 1\n#   old line\n"
        + "categories:\n";
    String out = ScoringYaml.write(RuleBook.bundled().scoring(), previous, List.of("--seed 2", "new line"));
    assertEquals("# The scoring model.\n# More words.\n" + ScoringYaml.FITTED_MARK + " --seed 2\n#   new line\n"
        + "categories:\n", out.substring(0, out.indexOf("categories:\n") + "categories:\n".length()));
  }

  @Test
  void numbersArePlainDecimals() {
    assertEquals("0", ScoringYaml.num(-0.0));
    assertEquals("80", ScoringYaml.num(80));
    assertEquals("0.00012", ScoringYaml.num(1.2e-4));
    assertEquals("-2.4476", ScoringYaml.num(-2.4476));
  }
}
