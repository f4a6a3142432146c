package org.garblecheck.detect.spin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.garblecheck.model.Article;
import org.garblecheck.model.Finding;
import org.garblecheck.model.TextSpan;
import org.garblecheck.testing.Checkers;
import org.junit.jupiter.api.Test;

class SpinPassTest {
  private static List<Finding> spin(String text) {
    return Checkers.shared().score(Article.of("t", "", text)).findings().stream()
        .filter(f -> f.ruleId().equals(SpinPass.RULE_ID)).toList();
  }

  private static TextSpan spanOf(String text, String part) {
    int at = text.indexOf(part);
    return new TextSpan(at, at + part.length());
  }

  @Test
  void rareSynonymInACollocationIsFlaggedWithTheCommonForm() {
    String text = "The ceasefire held overnight. Both sides said the peace parley would resume next week.";
    List<Finding> f = spin(text);
    assertEquals(1, f.size(), f.toString());
    assertEquals(spanOf(text, "parley"), f.get(0).span());
    assertEquals(List.of("talks"), f.get(0).suggestions());
  }

  @Test
  void twoWordSwapIsFlaggedAsOnePhrase() {
    String text = "Officials said the rules would apply to the common sentience test.";
    List<Finding> f = spin(text);
    assertEquals(1, f.size(), f.toString());
    assertEquals(spanOf(text, "common sentience"), f.get(0).span());
    assertEquals(List.of("common sense"), f.get(0).suggestions());
  }

  @Test
  void fluentOriginalsAndNamesStaySilent() {
    assertEquals(List.of(), spin("Both sides said the peace talks would resume next week."));
    assertEquals(List.of(), spin("Officials said the rules would apply to the common sense test."));
    assertEquals(List.of(), spin("The envoy met Dr Parley in Geneva before the peace talks."));
  }
}
