package org.garblecheck.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LettersAndDistanceTest {
  @Test
  void damerauCountsAdjacentTranspositionAsOneEdit() {
    assertEquals(1, EditDistance.damerau("Biedn", "Biden"));
    assertEquals(1, EditDistance.damerau("Byden", "Biden"));
    assertEquals(2, EditDistance.damerau("trump", "triumph"));
    assertEquals(0, EditDistance.damerau("", ""));
    assertEquals(3, EditDistance.damerau("abc", ""));
  }

  @Test
  void foldingDropsAccentsAndSpecialLetters() {
    assertEquals("monki", Letters.fold("Mońki"));
    assertEquals("lodz", Letters.fold("Łódź"));
    assertEquals("taasinge", Letters.foldExpanded("Tåsinge"));
    assertEquals("mueller", Letters.foldExpanded("Müller"));
  }

  @Test
  void capitalisedMeansAnUpperCaseInitialAndSomeLowerCase() {
    assertTrue(Letters.isCapitalised("McDonald"));
    assertTrue(Letters.isCapitalised("O'Neill"));
    assertFalse(Letters.isCapitalised("NATO"));
    assertFalse(Letters.isCapitalised("iPhone"));
    assertTrue(Letters.isWord("Mensah-Bonsu"));
    assertFalse(Letters.isWord("covid-19"));
  }
}
