package org.garblecheck.lm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.languagetool.AnalyzedSentence;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;

class WordingFeaturesTest {
  private static JLanguageTool lt;

  @BeforeAll
  static void languageTool() {
    lt = new JLanguageTool(Languages.getLanguageForShortCode("en-US"));
  }

  private static AnalyzedSentence one(String s) throws IOException {
    List<AnalyzedSentence> a = lt.analyzeText(s);
    assertEquals(1, a.size());
    return a.get(0);
  }

  @Test
  void closedClassWordsAndAuxiliariesStayWordsOpenClassWordsBecomeTags() throws IOException {
    List<String> c = WordingFeatures.classes(one("The mayor was happy with the plan, she said."));
    assertEquals(List.of("DT:the", "NN", "was", "JJ", "IN:with", "DT:the", "NN", ",", "PRP:she", "VBD", "."), c);
  }

  @Test
  void sameSentenceSameFeaturesAndSlotsAreInRange() throws IOException {
    WordingFeatures f = new WordingFeatures(FluencyModel.bundled());
    String s = "The experience of viewing of the art is a complex a.";
    WordingFeatures.Vector a = f.of(s, one(s));
    WordingFeatures.Vector b = f.of(s, one(s));
    assertArrayEquals(a.hashed(), b.hashed());
    assertArrayEquals(a.dense(), b.dense(), 0);
    for (int i = 0; i < a.hashed().length; i++) {
      assertTrue(a.hashed()[i] >= 0 && a.hashed()[i] < WordingFeatures.HASHED);
      assertTrue(i == 0 || a.hashed()[i] > a.hashed()[i - 1], "sorted and distinct");
    }
    assertEquals(WordingFeatures.DENSE.size(), a.dense().length);
    assertEquals(1, a.dense()[0], "bias");
  }

  @Test
  void wordOrderChangesTheFeatures() throws IOException {
    WordingFeatures f = new WordingFeatures(FluencyModel.bundled());
    String fluent = "People look at the paintings in the museum.";
    String calqued = "Look of people in the paintings at the museum.";
    assertTrue(!java.util.Arrays.equals(f.of(fluent, one(fluent)).hashed(), f.of(calqued, one(calqued)).hashed()));
  }
}
