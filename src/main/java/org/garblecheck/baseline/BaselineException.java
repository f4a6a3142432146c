package org.garblecheck.baseline;

/** A baseline file that cannot be used; the message is one line naming the file. */
public final class BaselineException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BaselineException(String message) {
    super(message);
  }
}
