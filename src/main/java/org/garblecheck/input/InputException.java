package org.garblecheck.input;

/** Thrown when an input cannot be turned into text; the message is for the user, not a stack trace. */
public final class InputException extends Exception {
  private static final long serialVersionUID = 1L;

  public InputException(String message) {
    super(message);
  }
}
