package org.garblecheck.detect.translationese;

import static org.garblecheck.testing.Spans.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.garblecheck.testing.Spans;
import org.junit.jupiter.api.Test;

class OfChainPassTest {
  private static final String ID = OfChainPass.RULE_ID;

  @Test
  void reportsAChainOnceFromItsFirstOfToItsLastNoun() {
    String text = "Critics attacked the policies of Triumph of Donald of President of USA on Tuesday.";
    assertEquals(List.of(at(text, "of Triumph of Donald of President of USA", 0)), Spans.of(ID, text));
  }

  @Test
  void threeLinksAreAChainTwoAreNot() {
    String text = "They studied the reflection of surface of the sea of the bay. "
        + "They studied the reflection of the surface of the sea.";
    assertEquals(List.of(at(text, "of surface of the sea of the bay", 0)), Spans.of(ID, text));
  }

  @Test
  void compoundPrepositionsQuantifiersAndVerbsBreakTheChain() {
    String text = "He was one of the founders of the school of music. "
        + "The bay is known because of the shape of two of its islands. "
        + "The head of the department of history spoke of the plans.";
    assertTrue(Spans.of(ID, text).isEmpty(), Spans.of(ID, text).toString());
  }

  @Test
  void aNameTheArticleRepeatsIsNoLink() {
    String text = "Game of Thrones ended in 2019. The study is an analysis of online conversations of Game of "
        + "Thrones fans.";
    assertTrue(Spans.of(ID, text).isEmpty(), Spans.of(ID, text).toString());
    String once = "The study is an analysis of online conversations of Game of Thrones fans.";
    assertEquals(List.of(at(once, "of online conversations of Game of Thrones", 0)), Spans.of(ID, once));
  }

  @Test
  void anOfAfterACommaIntroducesAnAffiliationNotALink() {
    String text = "The survey was led by Dr Ana Ruiz, of the Institute of Marine Sciences of Andalusia, last year.";
    assertTrue(Spans.of(ID, text).isEmpty(), Spans.of(ID, text).toString());
    String chain = "The survey was led by the director of the institute of sciences of the sea of Andalusia.";
    assertEquals(List.of(at(chain, "of the institute of sciences of the sea of Andalusia", 0)), Spans.of(ID, chain));
  }

  @Test
  void longGapsOrVerbsBetweenOfsEndTheChain() {
    String text = "The leader of the big new opposition party of the north of the country spoke.";
    assertTrue(Spans.of(ID, text).isEmpty(), Spans.of(ID, text).toString());
  }
}
