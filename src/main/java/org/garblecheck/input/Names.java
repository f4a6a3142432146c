package org.garblecheck.input;

/** Small helpers for article ids and titles shared by the readers. */
final class Names {
  private Names() {}

  /** The file name of a path without directory and extension: {@code a/b/story.txt} gives {@code story}. */
  static String baseName(String source) {
    String s = source.replace('\\', '/');
    s = s.substring(s.lastIndexOf('/') + 1);
    int dot = s.lastIndexOf('.');
    return dot > 0 ? s.substring(0, dot) : s;
  }

  /** Whether a first line reads like a headline rather than the first sentence of a paragraph. */
  static boolean looksLikeHeadline(String line) {
    String t = line.strip();
    if (t.isEmpty() || t.length() > 200) {
      return false;
    }
    if (t.endsWith(".") && !t.endsWith("...")) {
      return t.split("\\s+").length <= 6;
    }
    return !t.endsWith(",") && !t.endsWith(";");
  }
}
