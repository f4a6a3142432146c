package org.garblecheck.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FoldsTest {
  private static final List<String> ARTICLES = List.of("a", "b", "c", "d", "e", "f", "g", "a", "b");

  @Test
  void everyArticleGetsOneFoldAndFoldsAreBalanced() {
    Map<String, Integer> folds = Folds.assign(ARTICLES, 3, 7);
    assertEquals(7, folds.size());
    int[] sizes = new int[3];
    folds.values().forEach(f -> sizes[f]++);
    assertTrue(sizes[0] >= 2 && sizes[0] <= 3 && sizes[1] >= 2 && sizes[1] <= 3 && sizes[2] >= 2 && sizes[2] <= 3);
    assertEquals(7, sizes[0] + sizes[1] + sizes[2]);
  }

  @Test
  void sameSeedSameFoldsWhateverTheInputOrder() {
    assertEquals(Folds.assign(ARTICLES, 3, 42), Folds.assign(List.of("b", "g", "f", "e", "d", "c", "b", "a"), 3, 42));
  }

  @Test
  void tooFewArticlesIsAnError() {
    assertThrows(IllegalArgumentException.class, () -> Folds.assign(List.of("a", "b"), 3, 1));
  }
}
