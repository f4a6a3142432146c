package org.garblecheck.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Assigns groups (articles) to k cross-validation folds: the distinct group names are sorted, shuffled with
 * {@link Random} seeded by {@code seed} (whose algorithm the JDK specifies, so the split is the same on
 * every machine), and dealt round-robin. All versions of one article land in the same fold, so an
 * article's clean text never sits in training while its damaged version is tested.
 */
public final class Folds {
  private Folds() {}

  public static Map<String, Integer> assign(Iterable<String> groups, int k, long seed) {
    if (k < 2) {
      throw new IllegalArgumentException("need at least 2 folds");
    }
    List<String> names = new ArrayList<>(new TreeSet<String>(toList(groups)));
    if (names.size() < k) {
      throw new IllegalArgumentException(k + " folds need at least " + k + " articles, there are " + names.size());
    }
    Collections.shuffle(names, new Random(seed));
    Map<String, Integer> fold = new TreeMap<>();
    for (int i = 0; i < names.size(); i++) {
      fold.put(names.get(i), i % k);
    }
    return fold;
  }

  private static List<String> toList(Iterable<String> it) {
    List<String> l = new ArrayList<>();
    it.forEach(l::add);
    return l;
  }
}
