package org.garblecheck.detect.words;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CharModelTest {
  private static final List<String> WORDS = List.of("station 10", "nation 9", "ration 5", "creation 4",
      "relation 3", "rotation 2", "notation 1", "tradition", "addition", "edition");

  @Test
  void wellFormedWordsAreLessSurprisingThanGarbles() {
    CharModel m = CharModel.of(CharModelBuilder.count(CharModelBuilder.wordList(WORDS)));
    assertTrue(m.bitsPerChar("lotation") < m.bitsPerChar("qxzvtion"));
    assertTrue(m.bitsPerChar("nation") < m.bitsPerChar("noitan"));
  }

  @Test
  void probabilitiesOfAllContinuationsSumToOne() {
    CharModel m = CharModel.of(CharModelBuilder.count(CharModelBuilder.wordList(WORDS)));
    // after "ti", every seen letter, the end mark and unseen letters share the probability mass
    String seen = "abcdeilnorst$";
    double total = 0;
    for (char c : seen.toCharArray()) {
      double bitsWith = c == '$' ? m.bits("ti") : m.bits("ti" + c) - endBits(m, "ti" + c);
      total += Math.pow(2, -bitsWith + m.bits("ti") - endBits(m, "ti"));
    }
    // the smoothed unigram keeps a little mass for letters never seen
    assertTrue(total > 0.97 && total <= 1.0000001, "total " + total);
  }

  private static double endBits(CharModel m, String w) {
    double[] p = m.bitsPerPosition(w);
    return p[p.length - 1];
  }

  @Test
  void surprisalPerPositionAddsUpToTheWordsSurprisal() {
    CharModel m = CharModel.of(CharModelBuilder.count(CharModelBuilder.wordList(WORDS)));
    double sum = 0;
    for (double b : m.bitsPerPosition("relation")) {
      sum += b;
    }
    assertEquals(m.bits("relation"), sum, 1e-9);
    assertEquals(m.bits("relation") / 9, m.bitsPerChar("relation"), 1e-9);
  }

  @Test
  void writtenModelReadsBackTheSame() throws Exception {
    Map<String, Integer> counts = CharModelBuilder.count(CharModelBuilder.wordList(WORDS));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CharModelBuilder.write(counts, "test", out);
    CharModel back = CharModel.read(new ByteArrayInputStream(out.toByteArray()));
    CharModel direct = CharModel.of(counts);
    assertArrayEquals(direct.bitsPerPosition("creations"), back.bitsPerPosition("creations"), 1e-12);
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    CharModelBuilder.write(counts, "test", again);
    assertArrayEquals(out.toByteArray(), again.toByteArray());
  }

  @Test
  void wordListTakesTheFirstFieldLowerCasedOnceEach() {
    assertEquals(List.of("nation", "the"), List.copyOf(CharModelBuilder.wordList(
        List.of("\uFEFFthe 23135851162", "The 5", "nation 9", "", "  "))));
  }

  @Test
  void bundledModelsTellEnglishFromForeignShapes() {
    WordShapes shapes = WordShapes.bundled();
    for (String english : List.of("downwelling", "storyworld", "jitney", "covariation", "deadbolted")) {
      assertTrue(shapes.foreignness(english) < WordDiagnosis.FOREIGN_MARGIN, english);
    }
    for (String foreign : List.of("próximo", "fácil", "baixo", "rápido", "estreito", "tamén")) {
      assertTrue(shapes.foreignness(foreign) >= WordDiagnosis.FOREIGN_MARGIN, foreign);
    }
  }
}
