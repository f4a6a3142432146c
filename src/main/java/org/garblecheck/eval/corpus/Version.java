package org.garblecheck.eval.corpus;

import java.util.List;
import java.util.Objects;

/**
 * One row of the corpus manifest: one version of one article.
 *
 * @param path the file, relative to the manifest's directory (or absolute), with {@code /} separators
 * @param article the article's base name, shared by all its versions
 * @param kind clean or a kind of damage
 * @param generator what made it: {@code none} for clean, else e.g. {@code apertium-es}, {@code spin-20}
 * @param split fit or test
 * @param changedLines 1-based numbers of the lines that differ from the clean version, ascending; empty for
 *     clean versions
 */
public record Version(String path, String article, Kind kind, String generator, Split split,
    List<Integer> changedLines) {
  public Version {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(generator, "generator");
    Objects.requireNonNull(split, "split");
    changedLines = List.copyOf(changedLines);
    for (int i = 0; i < changedLines.size(); i++) {
      if (changedLines.get(i) < 1 || i > 0 && changedLines.get(i) <= changedLines.get(i - 1)) {
        throw new IllegalArgumentException("changed lines must be ascending 1-based numbers: " + changedLines);
      }
    }
    if (kind.isClean() && !changedLines.isEmpty()) {
      throw new IllegalArgumentException("a clean version has no changed lines");
    }
  }

  public boolean isClean() {
    return kind.isClean();
  }
}
