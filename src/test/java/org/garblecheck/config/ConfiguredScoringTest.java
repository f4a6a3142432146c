package org.garblecheck.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.garblecheck.GarbleCheck;
import org.garblecheck.model.Article;
import org.garblecheck.model.ArticleReport;
import org.garblecheck.model.Category;
import org.garblecheck.model.Finding;
import org.garblecheck.model.Verdict;
import org.garblecheck.testing.Checkers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A configuration's effect on real scoring. One configured checker serves every case: each case is a
 * {@code sources:} entry, picked by the article's source path, so the glob resolution in the facade is
 * tested too. Results are compared with the unconfigured shared checker on the same text.
 */
class ConfiguredScoringTest {
  private static final String DAMAGED = "The council met on Monday to discuss the new tram line. Members said"
      + " the route through the old market would cost more than planned.. The mayor said the flonkit scheme"
      + " had been expectedd to help traders.";
  private static final String CLEAN = "The council met on Monday to discuss the new tram line. Members said the"
      + " route through the old market would cost more than planned. The mayor said the scheme would help traders.";

  /** Clean but for one repeated word, so that its score is below 100 and its verdict still clean. */
  private static final String MILD = CLEAN + " Trams will run every six minutes at peak times."
      + " Work on the depot starts in spring. The line opens to passengers in 2029."
      + " Shops along the route will get help with rent while the street is closed."
      + " Residents can see the plans at the library until Friday. A second consultation is due in June."
      + " The council will publish the costs next month. Buses will replace the the old service.";

  private static GarbleCheck configured;

  @BeforeAll
  static void build() {
    Checkers.shared();
    configured = GarbleCheck.builder().config(Config.parse("""
        sources:
          - glob: "off/**"
            rules: {GC_UNKNOWN_WORD: off}
          - glob: "punct-off/**"
            categories: {punctuation: off}
            rules: {PUNCT_DOUBLED_STOP: on}
          - glob: "accept-term/**"
            accept: {terms: [FLONKIT]}
          - glob: "accept-name/**"
            accept: {names: [flonkit]}
          - glob: "accept-name-case/**"
            accept: {names: [Flonkit]}
          - glob: "strict/**"
            thresholds: {clean: 99.5, garbled: 99}
          - glob: "light/**"
            weights:
              categories:
                spelling: {mt: 0, spin: 0}
                word: {mt: 0, spin: 0}
                punctuation: {mt: 0, spin: 0}
        """, "test.yml", null)).build();
  }

  private static ArticleReport score(GarbleCheck gc, String source, String text) {
    return gc.score(new Article(source, "story", "", text, Optional.empty()));
  }

  private static List<String> covered(ArticleReport r) {
    return r.findings().stream().map(f -> f.ruleId() + " " + f.span().of(r.article().text())).toList();
  }

  private static List<String> without(ArticleReport r, String ruleId, String text) {
    return covered(r).stream().filter(s -> !s.equals(ruleId + " " + text)).toList();
  }

  @Test
  void theTextHasTheFindingsTheCasesTurnOff() {
    List<String> plain = covered(score(Checkers.shared(), "elsewhere/a.txt", DAMAGED));
    assertTrue(plain.containsAll(List.of("GC_UNKNOWN_WORD flonkit", "WORD_BROKEN expectedd",
        "PUNCT_DOUBLED_STOP ..", "DOUBLE_PUNCTUATION ..")), plain.toString());
    assertEquals(plain, covered(score(configured, "elsewhere/a.txt", DAMAGED)),
        "an article no glob matches is scored as without configuration");
  }

  @Test
  void aRuleSwitchedOffReportsNothing() {
    ArticleReport plain = score(Checkers.shared(), "off/a.txt", DAMAGED);
    ArticleReport r = score(configured, "off/a.txt", DAMAGED);
    assertEquals(plain.findings().stream().filter(f -> !f.ruleId().equals("GC_UNKNOWN_WORD")).toList(), r.findings());
    double before = plain.sentences().stream().mapToDouble(x -> x.damage()).sum();
    double after = r.sentences().stream().mapToDouble(x -> x.damage()).sum();
    assertTrue(after < before, "sentence damage " + after + " should be below " + before);
    assertTrue(r.score() >= plain.score(), r.score() + " should not be below " + plain.score());
  }

  @Test
  void aCategorySwitchedOffKeepsARuleSwitchedOn() {
    ArticleReport plain = score(Checkers.shared(), "punct-off/a.txt", DAMAGED);
    ArticleReport r = score(configured, "punct-off/a.txt", DAMAGED);
    List<String> expected = plain.findings().stream()
        .filter(f -> f.category() != Category.PUNCTUATION || f.ruleId().equals("PUNCT_DOUBLED_STOP"))
        .map(f -> f.ruleId() + " " + f.span().of(DAMAGED)).toList();
    assertEquals(expected, covered(r));
    assertTrue(covered(r).contains("PUNCT_DOUBLED_STOP .."));
    assertFalse(covered(r).contains("DOUBLE_PUNCTUATION .."));
  }

  @Test
  void anAcceptedTermRemovesItsSpellingFindingInAnyCase() {
    ArticleReport plain = score(Checkers.shared(), "accept-term/a.txt", DAMAGED);
    ArticleReport r = score(configured, "accept-term/a.txt", DAMAGED);
    assertEquals(without(plain, "GC_UNKNOWN_WORD", "flonkit"), covered(r));
    assertTrue(covered(r).contains("WORD_BROKEN expectedd"));
  }

  @Test
  void anAcceptedNameMatchesOnlyWithItsCase() {
    ArticleReport plain = score(Checkers.shared(), "x.txt", DAMAGED);
    assertEquals(without(plain, "GC_UNKNOWN_WORD", "flonkit"), covered(score(configured, "accept-name/a.txt", DAMAGED)));
    assertEquals(covered(plain), covered(score(configured, "accept-name-case/a.txt", DAMAGED)));
  }

  @Test
  void aThresholdOverrideChangesTheVerdictNotTheScore() {
    ArticleReport plain = score(Checkers.shared(), "strict/a.txt", MILD);
    ArticleReport r = score(configured, "strict/a.txt", MILD);
    assertEquals(Verdict.CLEAN, plain.verdict());
    assertTrue(plain.score() < 99, "the test needs a clean score below 99, got " + plain.score());
    assertEquals(plain.score(), r.score());
    assertEquals(Verdict.GARBLED, r.verdict());
  }

  @Test
  void weightOverridesReachTheFindingsAndTheScore() {
    ArticleReport r = score(configured, "light/a.txt", DAMAGED);
    ArticleReport plain = score(Checkers.shared(), "light/a.txt", DAMAGED);
    assertEquals(covered(plain), covered(r));
    for (Finding f : r.findings()) {
      if (f.category() == Category.SPELLING || f.category() == Category.WORD
          || f.category() == Category.PUNCTUATION) {
        assertEquals(0.0, f.mt(), f.toString());
        assertEquals(0.0, f.spin(), f.toString());
      }
    }
    assertTrue(r.findings().stream().allMatch(f -> f.mt() == 0 && f.spin() == 0),
        "the text has only spelling, word and punctuation findings: " + covered(r));
    ArticleReport withoutThem = new ArticleReport(r.article(), r.paragraphs(), r.sentences(), List.of(), 0,
        Verdict.CLEAN, r.evidence());
    assertEquals(configured.settingsFor("light/a.txt").scorer().rescore(withoutThem).score(), r.score(),
        "weightless findings leave the score the same without them");
    assertTrue(r.score() > plain.score(), "weighted, they lower it: " + plain.score() + " vs " + r.score());
    assertTrue(r.score() > plain.score());
  }

  @Test
  void aConfigurationNamingAnUnknownRuleFailsToBuild() {
    ConfigException e = assertThrows(ConfigException.class, () -> GarbleCheck.builder()
        .config(Config.parse("rules:\n  DOUBLE_PUNCTUATIONS: off\n", "site.yml", null)).build());
    assertEquals("site.yml:2: unknown rule 'DOUBLE_PUNCTUATIONS' (did you mean 'DOUBLE_PUNCTUATION'?)", e.getMessage());
  }

  @Test
  void languageToolRuleIdsAreKnown() {
    assertTrue(Checkers.shared().ruleIds().containsAll(List.of("GC_UNKNOWN_WORD", "PUNCT_DOUBLED_STOP",
        "DOUBLE_PUNCTUATION", "EN_A_VS_AN")));
  }
}
