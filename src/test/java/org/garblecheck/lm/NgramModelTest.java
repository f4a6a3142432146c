package org.garblecheck.lm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NgramModelTest {
  private static NgramModel tiny(int order, int minTop) throws Exception {
    NgramModelBuilder b = new NgramModelBuilder(order, 1, minTop, true);
    for (String s : List.of("the cat sat on the mat", "the dog sat on the rug", "a cat saw the dog",
        "the cat sat on the rug", "a dog sat")) {
      b.add(Arrays.asList(s.split(" ")), null);
    }
    return b.build();
  }

  private static double total(NgramModel m, int[] ctx) {
    double sum = 0;
    for (int w = 1; w <= m.vocabularySize(); w++) {
      sum += Math.pow(2, m.log2Prob(ctx, 0, ctx.length, w));
    }
    return sum;
  }

  @Test
  void probabilitiesSumToOneInSeenAndUnseenContexts() throws Exception {
    for (int order : new int[] {2, 3, 4}) {
      for (int minTop : new int[] {1, 2}) {
        NgramModel m = tiny(order, minTop);
        int the = m.id("the");
        int cat = m.id("cat");
        int sat = m.id("sat");
        for (int[] ctx : new int[][] {{}, {the}, {the, cat}, {cat, sat}, {sat, the}, {NgramModel.BOS, NgramModel.BOS},
            {NgramModel.UNK, NgramModel.UNK, NgramModel.UNK}}) {
          assertEquals(1.0, total(m, ctx), 1e-9, "order " + order + " minTop " + minTop + " ctx " + Arrays.toString(ctx));
        }
      }
    }
  }

  @Test
  void seenContinuationIsLikelierThanUnseen() throws Exception {
    NgramModel m = tiny(3, 1);
    int[] ctx = {m.id("sat"), m.id("on")};
    assertTrue(m.log2Prob(ctx, 0, 2, m.id("the")) > m.log2Prob(ctx, 0, 2, m.id("dog")));
    assertEquals(1, m.rawCount(m.id("cat"), m.id("saw")));
    assertEquals(3, m.rawCount(m.id("sat"), m.id("on")));
    assertEquals(7, m.rawCount(m.id("the")));
    assertEquals(0, m.rawCount(m.id("mat"), m.id("the")));
  }

  @Test
  void unknownTermsHaveIdZeroAndSurprisalsCoverTheEnd() throws Exception {
    NgramModel m = tiny(3, 1);
    assertEquals(0, m.id("zebra"));
    double[] bits = m.surprisals(new int[] {m.id("the"), m.id("cat"), m.id("sat")});
    assertEquals(4, bits.length);
    for (double b : bits) {
      assertTrue(b > 0 && Double.isFinite(b));
    }
  }

  @Test
  void writtenModelReadsBackIdentically() throws Exception {
    NgramModel m = tiny(3, 1);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    m.write(out);
    NgramModel back = NgramModel.read(new ByteArrayInputStream(out.toByteArray()));
    assertEquals(m.vocabularySize(), back.vocabularySize());
    assertEquals(m.order(), back.order());
    int[] s = {m.id("a"), m.id("dog"), m.id("sat"), m.id("on"), m.id("the"), m.id("mat")};
    assertEquals(Arrays.toString(m.surprisals(s)), Arrays.toString(back.surprisals(s)));
  }

  @Test
  void fluentSentenceIsLessSurprisingThanItsShuffle() {
    FluencyModel lm = FluencyModel.bundled();
    String fluent = "The president said on Tuesday that the government would not raise taxes next year";
    String shuffled = "Tuesday next the said government taxes that on would year president raise the not";
    double f = mean(lm.words().surprisals(lm.wordIds(LmTokenizer.tokenize(fluent))));
    double s = mean(lm.words().surprisals(lm.wordIds(LmTokenizer.tokenize(shuffled))));
    assertTrue(f + 3 < s, "fluent " + f + " bits/token, shuffled " + s);
  }

  private static double mean(double[] a) {
    return Arrays.stream(a).average().orElseThrow();
  }
}
