package org.garblecheck.cli;

import org.garblecheck.GarbleCheck;

/**
 * The checker with the bundled rules, built once per process: a second command run in the same JVM
 * (tests, embedding) does not load LanguageTool again.
 */
final class Checkers {
  private static GarbleCheck bundled;

  private Checkers() {}

  static synchronized GarbleCheck bundled() {
    if (bundled == null) {
      bundled = GarbleCheck.builder().build();
    }
    return bundled;
  }
}
