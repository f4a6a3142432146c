package org.garblecheck.lm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.languagetool.AnalyzedSentence;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;

class SlipWindowsTest {
  private static final JLanguageTool LT = new JLanguageTool(Languages.getLanguageForShortCode("en-US"));

  private static AnalyzedSentence analyzed(String s) throws Exception {
    return LT.getAnalyzedSentence(s);
  }

  /** A model that knows one thing: the word {@code word} is a slip (log-odds 3), everything else −2. */
  private static WordingModel knowing(String word) {
    float[] w = new float[SlipWindows.HASHED + SlipWindows.DENSE.size()];
    w[SlipWindows.HASHED] = -2;
    w[WordingFeatures.slot("w", word, SlipWindows.HASHED)] = 5;
    return new WordingModel(w, SlipWindows.HASHED);
  }

  @Test
  void everyWordHasAVectorWithTheBiasFirst() throws Exception {
    String text = "The museum reopened in June.";
    AnalyzedSentence s = analyzed(text);
    List<WordingFeatures.Vector> v = SlipWindows.vectors(s, FluencyModel.bundled().score(text, s));
    assertEquals(6, v.size(), "five words and the full stop");
    for (WordingFeatures.Vector x : v) {
      assertEquals(SlipWindows.DENSE.size(), x.dense().length);
      assertEquals(1.0, x.dense()[0]);
      assertTrue(x.hashed().length >= 6, "class n-grams, the word and its pairs");
    }
  }

  @Test
  void theSentencePointsAtItsWorstWordAndItsNeighbours() throws Exception {
    String text = "The plan would connects the two lines.";
    AnalyzedSentence s = analyzed(text);
    SlipWindows.Judgement j = SlipWindows.judge(knowing("connects"), s, FluencyModel.bundled().score(text, s));
    assertEquals(3.0, j.logit(), 1e-6);
    assertEquals("would connects the", text.substring(j.start(), j.end()));
  }

  @Test
  void punctuationIsNotPartOfTheSpan() throws Exception {
    String text = "The results were announced on Monday.";
    AnalyzedSentence s = analyzed(text);
    SlipWindows.Judgement j = SlipWindows.judge(knowing("monday"), s, FluencyModel.bundled().score(text, s));
    assertEquals("on Monday", text.substring(j.start(), j.end()));
  }
}
