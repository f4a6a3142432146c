package org.garblecheck.input;

/** An input that could not be read, with a reason a user can act on. */
public record InputProblem(String source, String reason) {
  @Override
  public String toString() {
    return source + ": " + reason;
  }
}
