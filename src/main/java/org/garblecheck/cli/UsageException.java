package org.garblecheck.cli;

/** A mistake in how the command was called; printed as one line plus a hint, never as a stack trace. */
public final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message);
  }
}
