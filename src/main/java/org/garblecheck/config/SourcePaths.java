package org.garblecheck.config;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The forms of an article's {@code source} that globs and baselines compare: {@code /} separators, no
 * leading {@code ./}, and for an item of a JSON Lines file ({@code path#id}) the file's path.
 */
public final class SourcePaths {
  private SourcePaths() {}

  /** {@code .\feeds\a.txt} and {@code ./feeds//a.txt} both become {@code feeds/a.txt}. */
  public static String normalise(String source) {
    String s = source.replace('\\', '/');
    while (s.contains("//")) {
      s = s.replace("//", "/");
    }
    while (s.startsWith("./") && s.length() > 2) {
      s = s.substring(2);
    }
    return s.replace("/./", "/");
  }

  /**
   * Paths a glob is tried against: the source as given, its file part (before a {@code #id}), and both
   * again relative to {@code base} (the configuration file's directory) when the file lies under it.
   */
  static Set<String> candidates(String source, Optional<Path> base, Path workingDir) {
    Set<String> out = new LinkedHashSet<>();
    String s = normalise(source);
    out.add(s);
    int hash = s.lastIndexOf('#');
    String file = hash > 0 ? s.substring(0, hash) : s;
    out.add(file);
    if (base.isPresent()) {
      try {
        Path abs = workingDir.resolve(file).toAbsolutePath().normalize();
        if (abs.startsWith(base.get())) {
          String rel = normalise(base.get().relativize(abs).toString());
          out.add(rel);
          if (hash > 0) {
            out.add(rel + s.substring(hash));
          }
        }
      } catch (InvalidPathException e) {
        // not a path (e.g. "<stdin>" on some systems): only the forms above apply
      }
    }
    return out;
  }
}
