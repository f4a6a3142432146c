package org.garblecheck.rule;

/** A rule, scoring or configuration file that cannot be used; the message names the file and the key. */
public final class RuleFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RuleFileException(String message) {
    super(message);
  }

  public RuleFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
