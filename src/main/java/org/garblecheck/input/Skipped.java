package org.garblecheck.input;

/** An item that was read but deliberately not scored (e.g. not in English): neither a report nor a failure. */
public record Skipped(String source, String reason) {
  @Override
  public String toString() {
    return source + ": " + reason;
  }
}
