package org.garblecheck.config;

/**
 * A configuration file that cannot be used. The message is one line that names the file and, where there
 * is one, the line: {@code garblecheck.yml:7: unknown key 'categorys' (allowed: …)}.
 */
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message);
  }

  /** An error at a line of a file ({@code where} is the file name as the user gave it). */
  public ConfigException(String where, int line, String message) {
    super(where + ":" + line + ": " + message);
  }
}
