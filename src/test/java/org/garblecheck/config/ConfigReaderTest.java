package org.garblecheck.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.garblecheck.model.Category;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConfigReaderTest {
  private static Config parse(String yaml) {
    return Config.parse(yaml, "garblecheck.yml", null);
  }

  private static String error(String yaml) {
    return assertThrows(ConfigException.class, () -> parse(yaml)).getMessage();
  }

  @Test
  void readsEveryTopLevelKey() {
    Config c = parse("""
        # a site's settings
        rules:
          GC_UNKNOWN_WORD: off
          PUNCT_DOUBLED_STOP: on
        categories:
          punctuation: off
          spin: "on"
        weights:
          categories:
            spelling: {mt: 0.25}
          rules:
            PUNCT_DOUBLED_STOP: {mt: 0.1, spin: 0.05}
        thresholds:
          clean: 85
          garbled: 40.5
        accept:
          names: ["Port Ellis Gazette", Okonkwo]
          terms: [flonkit]
        """);
    Settings s = c.defaults();
    assertEquals(Map.of("GC_UNKNOWN_WORD", false, "PUNCT_DOUBLED_STOP", true), s.rules());
    assertEquals(Map.of(Category.PUNCTUATION, false, Category.SPIN, true), s.categories());
    assertEquals(new WeightChange(OptionalDouble.of(0.25), OptionalDouble.empty()),
        s.categoryWeights().get(Category.SPELLING));
    assertEquals(new WeightChange(OptionalDouble.of(0.1), OptionalDouble.of(0.05)),
        s.ruleWeights().get("PUNCT_DOUBLED_STOP"));
    assertEquals(OptionalDouble.of(85), s.clean());
    assertEquals(OptionalDouble.of(40.5), s.garbled());
    assertEquals("garblecheck.yml:13", s.thresholdsAt());
    assertEquals(List.of("Port Ellis Gazette", "Okonkwo"), s.names());
    assertEquals(List.of("flonkit"), s.terms());
    assertTrue(c.sources().isEmpty());
    assertEquals(List.of(new Config.RuleReference("GC_UNKNOWN_WORD", "garblecheck.yml:3"),
        new Config.RuleReference("PUNCT_DOUBLED_STOP", "garblecheck.yml:4"),
        new Config.RuleReference("PUNCT_DOUBLED_STOP", "garblecheck.yml:12")), c.ruleReferences());
  }

  @Test
  void readsSourceOverridesInOrder() {
    Config c = parse("""
        thresholds: {clean: 75}
        sources:
          - glob: "feeds/partner-*/**"
            rules: {GC_UNKNOWN_WORD: off}
            accept: {names: [Skarra]}
          - glob: "**/*.jsonl"
            thresholds: {garbled: 30}
        """);
    assertEquals(2, c.sources().size());
    SourceOverride first = c.sources().get(0);
    assertEquals("feeds/partner-*/**", first.glob().glob());
    assertEquals("garblecheck.yml:3", first.at());
    assertEquals(Map.of("GC_UNKNOWN_WORD", false), first.settings().rules());
    assertEquals(List.of("Skarra"), first.settings().names());
    assertEquals(OptionalDouble.of(30), c.sources().get(1).settings().garbled());
    assertEquals(OptionalDouble.empty(), c.sources().get(1).settings().clean());
  }

  @Test
  void anEmptyFileOrEmptyKeysChangeNothing() {
    assertTrue(parse("").isEmpty());
    assertTrue(parse("# only a comment\n").isEmpty());
    assertTrue(parse("rules:\ncategories:\naccept:\n  names:\n").isEmpty());
  }

  @Test
  void namesThatYamlReadsAsBooleansOrNumbersStayText() {
    Config c = parse("accept:\n  names: [No, On, 1999]\n");
    assertEquals(List.of("No", "On", "1999"), c.defaults().names());
  }

  @Test
  void unknownKeysNameTheKeyAndLine() {
    assertEquals("garblecheck.yml:4: unknown key 'categorys' (allowed: accept, categories, rules, sources,"
        + " thresholds, weights)", error("""
        rules:
          GC_UNKNOWN_WORD: off

        categorys:
          spelling: off
        """));
    assertEquals("garblecheck.yml:3: unknown key 'clear' in thresholds (allowed: clean, garbled)", error("""
        thresholds:
          garbled: 40
          clear: 80
        """));
    assertEquals("garblecheck.yml:4: unknown key 'sources' in sources[1] (allowed: accept, categories, glob,"
        + " rules, thresholds, weights)", error("""
        sources:
          - glob: "a/**"
            rules: {X: off}
            sources: []
        """));
    assertEquals("garblecheck.yml:3: unknown key 'mtt' in weights.categories.spelling (allowed: mt, spin)",
        error("weights:\n  categories:\n    spelling: {mtt: 0.2}\n"));
    assertEquals("garblecheck.yml:2: unknown key 'name' in accept (allowed: names, terms)",
        error("accept:\n  name: [Acme]\n"));
  }

  static Stream<Arguments> badValues() {
    return Stream.of(
        Arguments.of("rules:\n  GC_UNKNOWN_WORD: maybe\n",
            "garblecheck.yml:2: rules.GC_UNKNOWN_WORD must be on or off, not 'maybe'"),
        Arguments.of("categories:\n  speling: off\n",
            "garblecheck.yml:2: unknown category 'speling' (expected one of grammar, spelling, word, name,"
                + " person, fragment, translationese, spin, fluency, punctuation, quote, label, residue, article)"),
        Arguments.of("thresholds:\n  clean: high\n",
            "garblecheck.yml:2: thresholds.clean must be a number from 0 to 100, not 'high'"),
        Arguments.of("thresholds:\n  clean: 120\n",
            "garblecheck.yml:2: thresholds.clean must be a number from 0 to 100, not '120'"),
        Arguments.of("thresholds:\n  clean: \"80\"\n",
            "garblecheck.yml:2: thresholds.clean must be a number from 0 to 100, not '80'"),
        Arguments.of("thresholds: {clean: 40, garbled: 60}\n",
            "garblecheck.yml:1: thresholds.garbled (60) must not be above thresholds.clean (40)"),
        Arguments.of("weights:\n  rules:\n    X: {spin: 1.5}\n",
            "garblecheck.yml:3: weights.rules.X.spin must be a number from 0 to 1, not '1.5'"),
        Arguments.of("weights:\n  rules:\n    X: 0.5\n",
            "garblecheck.yml:3: 'weights.rules.X' must be a mapping like {mt: 0.3, spin: 0.1}, not '0.5'"),
        Arguments.of("weights:\n  rules:\n    X: {}\n",
            "garblecheck.yml:3: weights.rules.X sets neither 'mt' nor 'spin'"),
        Arguments.of("rules: [GC_UNKNOWN_WORD]\n",
            "garblecheck.yml:1: 'rules' must be a mapping of rule id to on or off, not a list"),
        Arguments.of("accept:\n  names: Acme\n",
            "garblecheck.yml:2: accept.names must be a list, e.g. [\"Acme Daily\", \"Jo Bloggs\"], not 'Acme'"),
        Arguments.of("accept:\n  terms:\n    - flonkit\n    - \n",
            "garblecheck.yml:4: accept.terms must hold only non-empty texts, not nothing"),
        Arguments.of("sources:\n  glob: a\n",
            "garblecheck.yml:1: 'sources' must be a list of entries, each with a 'glob'"),
        Arguments.of("sources:\n  - rules: {X: off}\n",
            "garblecheck.yml:2: sources[1] has no 'glob' (e.g. glob: \"feeds/partner-*/**\")"),
        Arguments.of("sources:\n  - glob: \"feeds/[ab\"\n",
            "garblecheck.yml:2: unclosed '[' in glob 'feeds/[ab'"),
        Arguments.of("sources:\n  - glob: \"feeds/{a,b\"\n",
            "garblecheck.yml:2: unclosed '{' in glob 'feeds/{a,b'"),
        Arguments.of("- rules\n",
            "garblecheck.yml:1: the file must be a mapping with the keys accept, categories, rules, sources,"
                + " thresholds, weights"),
        Arguments.of("rules: {X: off}\nrules: {Y: off}\n",
            "garblecheck.yml:2: duplicate key 'rules' (first on line 1)"),
        Arguments.of("rules: {X: off}\n---\nrules: {Y: off}\n",
            "garblecheck.yml:3: only one YAML document is allowed (remove the second '---')"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("badValues")
  void badValuesNameTheLine(String yaml, String expected) {
    assertEquals(expected, error(yaml));
  }

  @Test
  void yamlSyntaxErrorsAreOneLineWithTheLine() {
    String msg = error("rules:\n  X: off\n Y: [\n");
    assertTrue(msg.startsWith("garblecheck.yml:3: not valid YAML: "), msg);
    assertFalse(msg.contains("\n"), msg);
  }

  @Test
  void loadNamesTheFileAsGiven(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("site.yml");
    Files.writeString(f, "accept:\n  names: [Acme]\n  bogus: 1\n");
    ConfigException e = assertThrows(ConfigException.class, () -> Config.load(f));
    assertEquals(f + ":3: unknown key 'bogus' in accept (allowed: names, terms)", e.getMessage());
    assertEquals(f.resolveSibling("missing.yml") + ": no such file",
        assertThrows(ConfigException.class, () -> Config.load(dir.resolve("missing.yml"))).getMessage());
    Files.writeString(f, "accept:\n  names: [Acme]\n");
    Config c = Config.load(f);
    assertEquals(dir.toAbsolutePath().normalize(), c.directory().orElseThrow());
    assertEquals(List.of("Acme"), c.defaults().names());
  }

  @Test
  void findLooksForGarblecheckYmlInTheDirectory(@TempDir Path dir) throws Exception {
    assertTrue(Config.find(dir).isEmpty());
    Files.writeString(dir.resolve("garblecheck.yml"), "rules: {}\n");
    assertEquals(dir.resolve("garblecheck.yml"), Config.find(dir).orElseThrow());
  }
}
