package org.garblecheck.eval.corpus;

import java.util.Locale;
import java.util.Optional;

/** Whether a version is used to fit the scoring model or only to measure it. */
public enum Split {
  FIT("fit"),
  TEST("test");

  private final String id;

  Split(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<Split> parse(String s) {
    String k = s.trim().toLowerCase(Locale.ROOT);
    for (Split v : values()) {
      if (v.id.equals(k)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
