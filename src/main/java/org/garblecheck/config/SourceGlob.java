package org.garblecheck.config;

import java.util.regex.Pattern;

/**
 * A path glob for {@code sources:} entries, matched against the whole path with {@code /} separators:
 * {@code *} and {@code ?} stay within one directory, {@code **} crosses directories ({@code **}{@code /}
 * also matches no directory at all), {@code [abc]}, {@code [!abc]} and {@code {a,b}} as in a shell, and a
 * backslash escapes the next character. The same rules on every operating system.
 */
public final class SourceGlob {
  private final String glob;
  private final Pattern pattern;

  private SourceGlob(String glob, Pattern pattern) {
    this.glob = glob;
    this.pattern = pattern;
  }

  /** Compiles a glob; a malformed one (unclosed bracket or brace) is an {@link IllegalArgumentException}. */
  public static SourceGlob of(String glob) {
    return new SourceGlob(glob, Pattern.compile(toRegex(glob)));
  }

  public boolean matches(String path) {
    return pattern.matcher(path).matches();
  }

  public String glob() {
    return glob;
  }

  @Override
  public String toString() {
    return glob;
  }

  static String toRegex(String glob) {
    StringBuilder re = new StringBuilder();
    int braces = 0;
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      switch (c) {
        case '*' -> {
          if (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
            i++;
            if (i + 1 < glob.length() && glob.charAt(i + 1) == '/') {
              i++;
              re.append("(?:.*/)?");
            } else {
              re.append(".*");
            }
          } else {
            re.append("[^/]*");
          }
        }
        case '?' -> re.append("[^/]");
        case '[' -> {
          int close = glob.indexOf(']', i + 2);
          if (close < 0) {
            throw new IllegalArgumentException("unclosed '[' in glob '" + glob + "'");
          }
          String body = glob.substring(i + 1, close);
          re.append('[');
          int k = 0;
          if (body.charAt(0) == '!' || body.charAt(0) == '^') {
            re.append('^');
            k = 1;
          }
          for (; k < body.length(); k++) {
            char b = body.charAt(k);
            if (b == '\\' || b == '[' || b == ']' || b == '&' || b == '^') {
              re.append('\\');
            }
            re.append(b);
          }
          re.append(']');
          i = close;
        }
        case '{' -> {
          braces++;
          re.append("(?:");
        }
        case '}' -> {
          if (braces == 0) {
            re.append("\\}");
          } else {
            braces--;
            re.append(')');
          }
        }
        case ',' -> re.append(braces > 0 ? "|" : ",");
        case '\\' -> {
          if (i + 1 < glob.length()) {
            re.append(Pattern.quote(String.valueOf(glob.charAt(++i))));
          } else {
            re.append("\\\\");
          }
        }
        default -> re.append(Character.isLetterOrDigit(c) ? String.valueOf(c) : Pattern.quote(String.valueOf(c)));
      }
    }
    if (braces > 0) {
      throw new IllegalArgumentException("unclosed '{' in glob '" + glob + "'");
    }
    return re.toString();
  }
}
