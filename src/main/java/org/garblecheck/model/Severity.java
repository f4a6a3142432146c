package org.garblecheck.model;

import java.util.Locale;

/** How sure a finding is and how much an editor should care. */
public enum Severity {
  INFO,
  WARNING,
  ERROR;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Severity parse(String s) {
    try {
      return valueOf(s.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown severity '" + s + "' (expected info, warning or error)", e);
    }
  }
}
