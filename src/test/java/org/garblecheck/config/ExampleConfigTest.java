package org.garblecheck.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.garblecheck.model.Category;
import org.garblecheck.rule.RuleBook;
import org.garblecheck.testing.Checkers;
import org.junit.jupiter.api.Test;

/** The example shipped in {@code docs/} (and quoted in the README) parses and means what its comments say. */
class ExampleConfigTest {
  private static final Path EXAMPLE = Path.of("docs/garblecheck.example.yml");

  @Test
  void theExampleParsesAndNamesOnlyRealRules() {
    Config c = Config.load(EXAMPLE);
    SettingsResolver r = SettingsResolver.of(c, RuleBook.bundled().scoring(), Checkers.shared().ruleIds());
    EffectiveSettings top = r.defaults();
    assertFalse(top.enabled("PUNCT_SPACE_BEFORE", Category.PUNCTUATION));
    assertFalse(top.enabled("RESIDUE_SOURCE_LINK", Category.RESIDUE));
    assertTrue(top.enabled("EN_A_VS_AN", Category.GRAMMAR));
    assertEquals(85, top.scoring().cleanAtLeast());
    assertEquals(0.4, top.weightOf("GC_UNKNOWN_WORD", Category.SPELLING).mt());
    assertEquals(List.of("Port Ellis Gazette", "Adebayo Okonkwo", "Skarra Lines"), top.accepted().names());

    EffectiveSettings partner = r.forSource("feeds/partner-north/2024/story.txt");
    assertEquals(75, partner.scoring().cleanAtLeast());
    assertTrue(partner.accepted().names().contains("Harbour Wire"));
    assertFalse(r.forSource("feeds/wire.jsonl#17").enabled("GC_UNKNOWN_WORD", Category.SPELLING));
    assertTrue(r.forSource("feeds/own/story.txt").enabled("GC_UNKNOWN_WORD", Category.SPELLING));
    assertEquals(Map.of("PUNCT_SPACE_BEFORE", false, "EN_A_VS_AN", true), c.defaults().rules());
  }

  @Test
  void theReadmeExampleParsesToo() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    int section = readme.indexOf("## Configuration");
    assertTrue(section >= 0, "README has a Configuration section");
    int from = readme.indexOf("```yaml\n", section) + "```yaml\n".length();
    String yaml = readme.substring(from, readme.indexOf("```", from));
    Config c = Config.parse(yaml, "README.md", null);
    SettingsResolver r = SettingsResolver.of(c, RuleBook.bundled().scoring(), Checkers.shared().ruleIds());
    assertFalse(r.defaults().enabled("RESIDUE_SOURCE_LINK", Category.RESIDUE));
    assertEquals(75, r.forSource("feeds/partner-x/a.txt").scoring().cleanAtLeast());
  }
}
