package org.garblecheck.eval.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * The line-by-line view of a corpus file: line 1 is the headline, then one paragraph per line. A final
 * line break does not start an extra line; a {@code \r} before {@code \n} is not part of the line.
 */
public final class Lines {
  private Lines() {}

  public static List<String> of(String text) {
    List<String> out = new ArrayList<>();
    int from = 0;
    while (from < text.length()) {
      int nl = text.indexOf('\n', from);
      int end = nl < 0 ? text.length() : nl;
      int stop = end > from && text.charAt(end - 1) == '\r' ? end - 1 : end;
      out.add(text.substring(from, stop));
      if (nl < 0) {
        break;
      }
      from = nl + 1;
    }
    return out;
  }

  /**
   * The 1-based numbers of the lines of {@code damaged} that differ from the same line of {@code clean}.
   *
   * @throws IllegalArgumentException when the two have a different number of lines (not aligned)
   */
  public static List<Integer> changed(List<String> clean, List<String> damaged) {
    if (clean.size() != damaged.size()) {
      throw new IllegalArgumentException("not line-aligned with the clean version (" + damaged.size()
          + " lines, clean has " + clean.size() + ")");
    }
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < clean.size(); i++) {
      if (!clean.get(i).equals(damaged.get(i))) {
        out.add(i + 1);
      }
    }
    return out;
  }
}
