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

/**
 * The one generic test every rule in {@code rules/} goes through: each bad example must make the rule
 * report exactly one finding, at the marked span; each good example must make it report none. The whole
 * pipeline runs, so Java detectors are held to their examples exactly like regex rules.
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
