package org.garblecheck.model;

import java.util.Locale;

/** The article-level call an editor acts on. */
public enum Verdict {
  CLEAN,
  SUSPECT,
  GARBLED;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
