package org.garblecheck.testing;

import java.util.List;
import org.garblecheck.GarbleCheck;
import org.garblecheck.model.Article;
import org.garblecheck.model.Finding;

/** One {@link GarbleCheck} for the whole test run: LanguageTool takes seconds to load. */
public final class Checkers {
  private static GarbleCheck shared;

  private Checkers() {}

  public static synchronized GarbleCheck shared() {
    if (shared == null) {
      shared = GarbleCheck.builder().build();
    }
    return shared;
  }

  /** The shown findings of one rule when {@code text} is scored as an untitled article by the shared checker. */
  public static List<Finding> findings(String text, String ruleId) {
    return shared().score(Article.of("t", "", text)).findings().stream()
        .filter(f -> f.ruleId().equals(ruleId)).toList();
  }
}
