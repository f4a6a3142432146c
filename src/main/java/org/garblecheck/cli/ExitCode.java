package org.garblecheck.cli;

/** Exit codes CI can rely on. */
public enum ExitCode {
  /** Every article was scored and none is below the gate. */
  OK(0),
  /** At least one article scored below {@code --fail-under}. */
  BELOW_GATE(1),
  /** A usage error, or an input that could not be read (the other inputs were still scored). */
  ERROR(2);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}
