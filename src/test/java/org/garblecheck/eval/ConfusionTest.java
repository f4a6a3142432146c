package org.garblecheck.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConfusionTest {
  @Test
  void countsAndRatesOfAHandComputedTable() {
    double[] damaged = {0.9, 0.7, 0.3, 0.6};
    double[] clean = {0.8, 0.1, 0.2, 0.4, 0.5};
    // threshold 0.5 (score >= 0.5 flags): tp .9 .7 .6; fn .3; fp .8 .5; tn .1 .2 .4
    Confusion c = Confusion.at(damaged, clean, 0.5);
    assertEquals(new Confusion(3, 2, 3, 1), c);
    assertEquals(3.0 / 5, c.precision(), 1e-12);
    assertEquals(3.0 / 4, c.recall(), 1e-12);
    assertEquals(2.0 / 5, c.falsePositiveRate(), 1e-12);
    assertEquals(6.0 / 9, c.f1(), 1e-12); // 2·0.6·0.75 / 1.35
    assertEquals(4, c.positives());
    assertEquals(5, c.negatives());
  }

  @Test
  void ratesWithAnEmptyDenominatorAreUndefined() {
    Confusion nothingFlagged = new Confusion(0, 0, 5, 0);
    assertTrue(Double.isNaN(nothingFlagged.precision()));
    assertTrue(Double.isNaN(nothingFlagged.recall()));
    assertEquals(0.0, nothingFlagged.falsePositiveRate(), 1e-12);
    assertTrue(Double.isNaN(nothingFlagged.f1()));
  }

  @Test
  void addsUp() {
    assertEquals(new Confusion(4, 2, 6, 8), new Confusion(1, 1, 3, 4).plus(new Confusion(3, 1, 3, 4)));
  }
}
