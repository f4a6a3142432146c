package org.garblecheck.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.garblecheck.model.Category;
import org.garblecheck.model.Verdict;
import org.garblecheck.rule.RuleBook;
import org.garblecheck.rule.ScoringData;
import org.junit.jupiter.api.Test;

/** How blocks of a configuration combine, without running any pass. */
class EffectiveSettingsTest {
  private static final ScoringData BASE = RuleBook.bundled().scoring();
  private static final Set<String> KNOWN = Set.of("GC_UNKNOWN_WORD", "PUNCT_DOUBLED_STOP", "DOUBLE_PUNCTUATION");

  private static SettingsResolver resolver(String yaml) {
    return SettingsResolver.of(Config.parse(yaml, "garblecheck.yml", null), BASE, KNOWN);
  }

  @Test
  void withoutConfigurationEverythingIsAsBundled() {
    EffectiveSettings e = SettingsResolver.of(Config.none(), BASE, KNOWN).defaults();
    assertTrue(e.enabled("GC_UNKNOWN_WORD", Category.SPELLING));
    assertEquals(BASE.weightOf("GC_UNKNOWN_WORD", Category.SPELLING), e.weightOf("GC_UNKNOWN_WORD", Category.SPELLING));
    assertEquals(BASE.cleanAtLeast(), e.scoring().cleanAtLeast());
    assertTrue(e.accepted().isEmpty());
  }

  @Test
  void aRuleSwitchWinsOverItsCategory() {
    EffectiveSettings e = resolver("""
        categories: {punctuation: off}
        rules: {PUNCT_DOUBLED_STOP: on, GC_UNKNOWN_WORD: off}
        """).defaults();
    assertTrue(e.enabled("PUNCT_DOUBLED_STOP", Category.PUNCTUATION));
    assertFalse(e.enabled("DOUBLE_PUNCTUATION", Category.PUNCTUATION));
    assertFalse(e.enabled("GC_UNKNOWN_WORD", Category.SPELLING));
    assertTrue(e.enabled("EN_A_VS_AN", Category.GRAMMAR));
  }

  @Test
  void weightChangesApplyToACopyAxisByAxis() {
    ScoringData.Weight spelling = BASE.categoryWeights().get(Category.SPELLING);
    EffectiveSettings e = resolver("""
        weights:
          categories:
            spelling: {mt: 0.2}
          rules:
            PUNCT_DOUBLED_STOP: {spin: 0.9}
        """).defaults();
    assertEquals(new ScoringData.Weight(0.2, spelling.spin()), e.weightOf("GC_UNKNOWN_WORD", Category.SPELLING));
    ScoringData.Weight punct = BASE.categoryWeights().get(Category.PUNCTUATION);
    assertEquals(new ScoringData.Weight(punct.mt(), 0.9), e.weightOf("PUNCT_DOUBLED_STOP", Category.PUNCTUATION));
    assertEquals(spelling, BASE.categoryWeights().get(Category.SPELLING), "the bundled data is untouched");
  }

  @Test
  void thresholdOverridesChangeTheVerdict() {
    EffectiveSettings e = resolver("thresholds: {clean: 95, garbled: 90}\n").defaults();
    assertEquals(Verdict.CLEAN, new org.garblecheck.score.Scorer(BASE).verdict(92));
    assertEquals(Verdict.SUSPECT, e.scorer().verdict(92));
    assertEquals(Verdict.GARBLED, e.scorer().verdict(89.9));
  }

  @Test
  void matchingSourceBlocksApplyInFileOrderAndAcceptedNamesAddUp() {
    SettingsResolver r = resolver("""
        accept: {names: [Okonkwo]}
        rules: {GC_UNKNOWN_WORD: off}
        sources:
          - glob: "feeds/partner-*/**"
            rules: {GC_UNKNOWN_WORD: on}
            weights: {rules: {GC_UNKNOWN_WORD: {mt: 0.1}}}
            accept: {terms: [flonkit]}
          - glob: "feeds/partner-beta/**"
            weights: {rules: {GC_UNKNOWN_WORD: {spin: 0.0}}}
            thresholds: {clean: 90}
        """);
    EffectiveSettings own = r.forSource("feeds/own/a.txt");
    assertSame(r.defaults(), own);
    assertFalse(own.enabled("GC_UNKNOWN_WORD", Category.SPELLING));

    EffectiveSettings alpha = r.forSource("feeds/partner-alpha/a.txt");
    assertTrue(alpha.enabled("GC_UNKNOWN_WORD", Category.SPELLING));
    assertEquals(0.1, alpha.weightOf("GC_UNKNOWN_WORD", Category.SPELLING).mt());
    assertEquals(List.of("Okonkwo"), alpha.accepted().names());
    assertEquals(List.of("flonkit"), alpha.accepted().terms());
    assertEquals(BASE.cleanAtLeast(), alpha.scoring().cleanAtLeast());

    EffectiveSettings beta = r.forSource("./feeds/partner-beta/2024/b.txt");
    assertEquals(new ScoringData.Weight(0.1, 0.0), beta.weightOf("GC_UNKNOWN_WORD", Category.SPELLING));
    assertEquals(90, beta.scoring().cleanAtLeast());
    assertSame(beta, r.forSource("feeds/partner-beta/c.txt"), "settings are computed once per set of blocks");
    assertSame(alpha, r.forSource("feeds/partner-gamma/x.jsonl#7"));
  }

  @Test
  void unknownRuleIdsAreErrorsWithTheLineAndANearMatch() {
    ConfigException e = assertThrows(ConfigException.class, () -> resolver("""
        rules:
          GC_UNKNOWN_WORD: off
          GC_UNKNOWN_WORDS: off
        """));
    assertEquals("garblecheck.yml:3: unknown rule 'GC_UNKNOWN_WORDS' (did you mean 'GC_UNKNOWN_WORD'?)",
        e.getMessage());
    e = assertThrows(ConfigException.class, () -> resolver("weights: {rules: {NO_SUCH_THING: {mt: 0}}}\n"));
    assertTrue(e.getMessage().startsWith("garblecheck.yml:1: unknown rule 'NO_SUCH_THING' (see"), e.getMessage());
  }

  @Test
  void thresholdsThatCrossOnlyWhenCombinedAreReportedAtTheSourceEntry() {
    ConfigException e = assertThrows(ConfigException.class, () -> resolver("""
        thresholds: {clean: 70, garbled: 60}
        sources:
          - glob: "feeds/**"
            thresholds: {clean: 55}
        """));
    assertEquals("garblecheck.yml:3: thresholds: garbled 60 (garblecheck.yml:1) is above clean 55"
        + " (garblecheck.yml:4)", e.getMessage());
  }
}
