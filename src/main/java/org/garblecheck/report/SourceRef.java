package org.garblecheck.report;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import org.garblecheck.model.Article;

/**
 * Where an article came from, split for CI formats: the file, and the item id when the article is one item
 * of a multi-article file (a JSON Lines file or feed, source {@code path#id}). Line and column point into
 * the article's text, so they are only meaningful for an article that is a whole file.
 */
record SourceRef(String file, Optional<String> item) {
  static final String STDIN = "<stdin>";

  static SourceRef of(Article a) {
    String src = a.source();
    String suffix = "#" + a.id();
    if (src.length() > suffix.length() && src.endsWith(suffix)) {
      return new SourceRef(src.substring(0, src.length() - suffix.length()), Optional.of(a.id()));
    }
    return new SourceRef(src, Optional.empty());
  }

  /** Whether line and column numbers of the article text are lines and columns of {@link #file()}. */
  boolean linesAreFileLines() {
    return item.isEmpty() && !file.equals(STDIN);
  }

  boolean isStdin() {
    return file.equals(STDIN);
  }

  /**
   * The file as a URI reference: relative paths stay relative (with {@code /} separators), an absolute path
   * under the working directory is made relative, any other absolute path becomes a {@code file:} URI.
   */
  String uri() {
    String path = file;
    try {
      Path p = Path.of(file);
      if (p.isAbsolute()) {
        Path cwd = Path.of("").toAbsolutePath();
        if (p.normalize().startsWith(cwd)) {
          path = cwd.relativize(p.normalize()).toString();
        } else {
          return "file://" + encodePath(p.normalize().toString().replace('\\', '/'));
        }
      }
    } catch (InvalidPathException e) {
      // not a path (e.g. <stdin>): encode it as it is
    }
    return encodePath(path.replace('\\', '/'));
  }

  /** Percent-encodes everything but unreserved characters and {@code /} (UTF-8, RFC 3986). */
  static String encodePath(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (byte x : s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      int c = x & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
        b.append((char) c);
      } else {
        b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
      }
    }
    return b.toString();
  }
}
