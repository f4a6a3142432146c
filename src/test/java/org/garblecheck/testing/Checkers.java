package org.garblecheck.testing;

import org.garblecheck.GarbleCheck;

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
}
