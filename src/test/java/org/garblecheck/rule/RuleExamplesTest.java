package org.garblecheck.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.garblecheck.GarbleCheck;
import org.garblecheck.model.Article;
import org.garblecheck.model.Finding;
import org.garblecheck.testing.Checkers;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.CorrectExample;
import org.languagetool.rules.IncorrectExample;
import org.languagetool.rules.patterns.AbstractPatternRule;

/**
 * The one generic test every rule in {@code rules/} goes through: each bad example must make the rule
 * report exactly one finding, at the marked span; each good example must make it report none. The whole
 * pipeline runs, so Java detectors are held to their examples exactly like regex rules. Our LanguageTool
 * pattern rules ({@code rules/languagetool/*.xml}) are held to their {@code <example>}s the same way
 * (LanguageTool's convention: {@code correction=…} with a {@code <marker>} is bad, a plain example good),
 * and a non-empty {@code correction} must be the finding's first suggestion.
 */
class RuleExamplesTest {
  @TestFactory
  Collection<DynamicTest> everyRuleKeepsItsExamples() {
    GarbleCheck gc = Checkers.shared();
    List<DynamicTest> tests = new ArrayList<>();
    for (RuleDefinition rule : gc.rules().rules().values()) {
      int n = 0;
      for (RuleExample bad : rule.bad()) {
        int k = ++n;
        tests.add(DynamicTest.dynamicTest(rule.id() + " bad #" + k, () -> {
          List<Finding> hits = findingsOf(gc, rule.id(), bad.text());
          assertEquals(1, hits.size(), rule.id() + " should fire once on: " + bad.text() + " but gave " + hits);
          assertEquals(bad.marker().orElseThrow(), hits.get(0).span(),
              rule.id() + " fired at the wrong span in: " + bad.text() + " -> “"
                  + hits.get(0).span().of(bad.text()) + "”");
        }));
      }
      n = 0;
      for (RuleExample good : rule.good()) {
        int k = ++n;
        tests.add(DynamicTest.dynamicTest(rule.id() + " good #" + k, () -> {
          List<Finding> hits = findingsOf(gc, rule.id(), good.text());
          assertTrue(hits.isEmpty(), rule.id() + " should stay silent on: " + good.text() + " but gave " + hits);
        }));
      }
    }
    return tests;
  }

  @TestFactory
  Collection<DynamicTest> everyPatternRuleKeepsItsExamples() {
    GarbleCheck gc = Checkers.shared();
    Language language = Languages.getLanguageForShortCode(gc.rules().languageTool().language());
    List<DynamicTest> tests = new ArrayList<>();
    for (AbstractPatternRule rule : gc.rules().languageToolPatterns().rules(language)) {
      String name = rule.getFullId();
      int n = 0;
      for (IncorrectExample bad : rule.getIncorrectExamples()) {
        int k = ++n;
        RuleExample example = RuleExample.parse(bad.getExample());
        tests.add(DynamicTest.dynamicTest(name + " bad #" + k, () -> {
          List<Finding> hits = findingsOf(gc, rule.getId(), example.text());
          assertEquals(1, hits.size(), name + " should fire once on: " + example.text() + " but gave " + hits);
          assertEquals(example.marker().orElseThrow(), hits.get(0).span(),
              name + " fired at the wrong span in: " + example.text() + " -> “"
                  + hits.get(0).span().of(example.text()) + "”");
          String correction = bad.getCorrections().isEmpty() ? "" : bad.getCorrections().get(0);
          if (!correction.isEmpty()) {
            assertEquals(correction, hits.get(0).suggestions().isEmpty() ? "" : hits.get(0).suggestions().get(0),
                name + " suggestion on: " + example.text());
          }
        }));
      }
      n = 0;
      for (CorrectExample good : rule.getCorrectExamples()) {
        int k = ++n;
        String text = good.getExample();
        tests.add(DynamicTest.dynamicTest(name + " good #" + k, () -> {
          List<Finding> hits = findingsOf(gc, rule.getId(), text);
          assertTrue(hits.isEmpty(), name + " should stay silent on: " + text + " but gave " + hits);
        }));
      }
    }
    return tests;
  }

  @Test
  void ourPatternRulesAreLoaded() {
    GarbleCheck gc = Checkers.shared();
    Language language = Languages.getLanguageForShortCode(gc.rules().languageTool().language());
    assertFalse(gc.rules().languageToolPatterns().rules(language).isEmpty(),
        "rules/languagetool.yml lists pattern files, so there are pattern rules");
  }

  @Test
  void everyRuleHasExamples() {
    for (RuleDefinition r : Checkers.shared().rules().rules().values()) {
      assertFalse(r.bad().isEmpty(), r.id());
      assertFalse(r.good().isEmpty(), r.id());
    }
  }

  private static List<Finding> findingsOf(GarbleCheck gc, String ruleId, String text) {
    return gc.score(Article.of("example", "", text)).findings().stream()
        .filter(f -> f.ruleId().equals(ruleId)).toList();
  }
}
