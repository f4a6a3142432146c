package org.garblecheck.lm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlipBuildTest {
  private static List<Integer> at(String fluent, String copy) {
    return SlipBuild.slipPositions(Arrays.asList(fluent.split(" ")), Arrays.asList(copy.split(" ")));
  }

  @Test
  void aWordPutInIsTheSlip() {
    assertEquals(List.of(4), at("she was elected in June .", "she was elected in the June ."));
  }

  @Test
  void aWordLeftOutMarksTheWordsAroundTheGap() {
    assertEquals(List.of(2, 3), at("it stopped at a crossing near the border", "it stopped at crossing near the border"));
    assertEquals(List.of(2), at("the talks ended today", "the talks ended"), "a gap at the end: the last word");
  }

  @Test
  void aWordReplacedIsTheSlip() {
    assertEquals(List.of(2), at("the parties are hovering", "the parties is hovering"));
    assertEquals(List.of(0, 2), at("prices rose in june", "price rose on june"));
  }

  @Test
  void twoWordsExchangedMarkBothAndTheWordAfterThePlaceOneLeft() {
    assertEquals(List.of(1, 2, 3), at("a very large ship", "a large very ship"));
  }

  @Test
  void anUnchangedSentenceHasNoSlip() {
    assertEquals(List.of(), at("nothing changed here", "nothing changed here"));
  }
}
