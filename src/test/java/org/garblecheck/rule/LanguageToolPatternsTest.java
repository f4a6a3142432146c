package org.garblecheck.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.garblecheck.model.Category;
import org.garblecheck.model.Finding;
import org.garblecheck.testing.Checkers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LanguageToolPatternsTest {
  private static final String GOOD_RULE = """
      <rule id="%s" name="test">
        <pattern><token>of</token><token>in</token></pattern>
        <message>Two prepositions.</message>
        %s
      </rule>""";
  private static final String EXAMPLES = "<example correction=\"\">A village <marker>of in</marker> Spain.</example>"
      + "<example>A village in Spain.</example>";

  @TempDir
  Path dir;

  private RuleBook load(String category, String rules) throws IOException {
    Files.writeString(dir.resolve("index.yml"), "rules: []\nlanguagetool: languagetool.yml\nscoring: scoring.yml\n");
    Files.writeString(dir.resolve("languagetool.yml"), "language: en-US\ncategories:\n  GC_TEST: translationese\n"
        + "patternFiles:\n  - languagetool/test.xml\n");
    Files.copy(Path.of("rules/scoring.yml"), dir.resolve("scoring.yml"));
    Files.createDirectories(dir.resolve("languagetool"));
    Files.writeString(dir.resolve("languagetool/test.xml"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<rules lang=\"en\"><category id=\"" + category + "\" name=\"Test\">" + rules + "</category></rules>\n");
    return RuleBook.load(YamlFiles.in(dir));
  }

  private String error(String category, String rules) {
    return assertThrows(RuleFileException.class, () -> load(category, rules)).getMessage();
  }

  @Test
  void loadsRulesFromTheListedFiles() throws IOException {
    RuleBook book = load("GC_TEST", GOOD_RULE.formatted("GC_OF_IN", EXAMPLES));
    var rules = book.languageToolPatterns().rules(org.languagetool.Languages.getLanguageForShortCode("en-US"));
    assertEquals(List.of("GC_OF_IN"), rules.stream().map(r -> r.getId()).toList());
    assertEquals(1, book.languageToolPatterns().fileCount());
  }

  @Test
  void ruleIdsMustCarryOurPrefix() {
    String m = error("GC_TEST", GOOD_RULE.formatted("OF_IN", EXAMPLES));
    assertTrue(m.contains("test.xml rule OF_IN") && m.contains("start with GC_"), m);
  }

  @Test
  void theCategoryMustBeMapped() {
    String m = error("UNMAPPED", GOOD_RULE.formatted("GC_OF_IN", EXAMPLES));
    assertTrue(m.contains("category 'UNMAPPED' is not mapped"), m);
  }

  @Test
  void everyRuleNeedsABadAndAGoodExample() {
    String m = error("GC_TEST", GOOD_RULE.formatted("GC_OF_IN", "<example>A village in Spain.</example>"));
    assertTrue(m.contains("GC_OF_IN") && m.contains("at least one incorrect"), m);
  }

  @Test
  void brokenXmlNamesTheFile() {
    String m = error("GC_TEST", "<rule id=\"GC_X\"><pattern><token>of</pattern></rule>");
    assertTrue(m.startsWith(dir.resolve("languagetool/test.xml").toString()) && m.contains("not a valid"), m);
  }

  @Test
  void aMissingFileNamesTheFile() throws IOException {
    load("GC_TEST", GOOD_RULE.formatted("GC_OF_IN", EXAMPLES));
    Files.delete(dir.resolve("languagetool/test.xml"));
    String m = assertThrows(RuleFileException.class, () -> RuleBook.load(YamlFiles.in(dir))).getMessage();
    assertTrue(m.contains("test.xml"), m);
  }

  @Test
  void bundledPatternRulesReportUnderTheMappedCategory() {
    String text = "The farm lies near the village of in the north of the island.";
    List<Finding> f = Checkers.findings(text, "GC_DOUBLE_PREPOSITION");
    assertEquals(1, f.size());
    assertEquals(Category.TRANSLATIONESE, f.get(0).category());
    assertEquals("of in", f.get(0).span().of(text));
    assertEquals(List.of("of", "in"), f.get(0).suggestions());
  }

  @Test
  void aSingleLanguageToolRuleOfAnOtherwiseOffCategoryIsOnWhereMapped() {
    // ORDINAL_NUMBER_SUFFIX sits in LanguageTool's SEMANTICS category, which languagetool.yml leaves off
    String text = "The shuttle lifted off on September 12nd, its 21st flight and the 111th of the programme.";
    List<Finding> f = Checkers.findings(text, "ORDINAL_NUMBER_SUFFIX");
    assertEquals(1, f.size(), f.toString());
    assertEquals(Category.GRAMMAR, f.get(0).category());
    assertEquals("12nd", f.get(0).span().of(text));
    assertEquals(List.of("12th"), f.get(0).suggestions());
  }
}
