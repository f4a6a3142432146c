package org.garblecheck.eval.corpus;

/** A corpus or manifest problem a user can fix; the message names the file and what is wrong. */
public final class CorpusException extends Exception {
  private static final long serialVersionUID = 1L;

  public CorpusException(String message) {
    super(message);
  }
}
