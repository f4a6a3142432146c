package org.garblecheck.lm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordingModelTest {
  /** A toy problem: slot 7 marks translated sentences, slot 9 fluent ones, slots 100-199 are noise. */
  private static List<Object[]> toy(long seed) {
    Random r = new Random(seed);
    List<Object[]> out = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      boolean translated = i % 2 == 0;
      boolean telling = r.nextDouble() < 0.9;
      int marker = translated == telling ? 7 : 9;
      int noise = 100 + r.nextInt(100);
      int[] hashed = marker < noise ? new int[] {marker, noise} : new int[] {noise, marker};
      double[] dense = new double[WordingFeatures.DENSE.size()];
      dense[0] = 1;
      out.add(new Object[] {new WordingFeatures.Vector(hashed, dense), translated});
    }
    return out;
  }

  private static WordingModel train(long seed) {
    WordingTrainer t = new WordingTrainer();
    for (Object[] e : toy(seed)) {
      t.add((WordingFeatures.Vector) e[0], (Boolean) e[1]);
    }
    return t.train(4, 0.1, 1e-3, 1);
  }

  private static WordingFeatures.Vector only(int slot) {
    double[] dense = new double[WordingFeatures.DENSE.size()];
    dense[0] = 1;
    return new WordingFeatures.Vector(new int[] {slot}, dense);
  }

  @Test
  void learnsWhichFeatureMarksTranslation() {
    WordingModel m = train(3);
    assertTrue(m.probability(only(7)) > 0.8, "marker of translation: " + m.probability(only(7)));
    assertTrue(m.probability(only(9)) < 0.2, "marker of fluency: " + m.probability(only(9)));
    assertEquals(0.5, m.probability(only(150)), 0.2, "noise slot stays near even odds");
  }

  @Test
  void trainingIsDeterministicAndSurvivesWriteAndRead() throws IOException {
    WordingModel a = train(3);
    WordingModel b = train(3);
    ByteArrayOutputStream x = new ByteArrayOutputStream();
    ByteArrayOutputStream y = new ByteArrayOutputStream();
    a.write(x);
    b.write(y);
    assertArrayEquals(x.toByteArray(), y.toByteArray());
    WordingModel back = WordingModel.read(new ByteArrayInputStream(x.toByteArray()));
    assertEquals(a.logit(only(7)), back.logit(only(7)), 1e-6);
  }

  @Test
  void trainingNeedsBothClasses() {
    WordingTrainer t = new WordingTrainer();
    t.add(only(7), true);
    assertThrows(IllegalArgumentException.class, () -> t.train(1, 0.1, 0, 1));
  }

  @Test
  void rejectsAFileThatIsNoModel() {
    assertThrows(IOException.class, () -> WordingModel.read(new ByteArrayInputStream(new byte[] {1, 2, 3})));
  }

  @Test
  void strengthIsALogisticOfTheLogOdds() {
    WordingSettings s = new WordingSettings(3.5, 1, 0.02, 5);
    assertEquals(0.5, s.strength(3.5), 1e-9);
    assertTrue(s.strength(6.5) > 0.95);
    assertTrue(s.strength(-1) < 0.02);
    assertTrue(!s.reported(-1, 20), "too weak to count");
    assertTrue(!s.reported(5, 4), "too short");
    assertTrue(s.reported(0, 5));
  }
}
