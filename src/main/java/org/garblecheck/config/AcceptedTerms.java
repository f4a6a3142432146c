package org.garblecheck.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.garblecheck.model.Finding;

/**
 * Names and terms a site accepts as written (its own brand, bylines, product names). A finding is dropped
 * when the text it covers, without surrounding punctuation and a possessive {@code 's}, lies inside an
 * occurrence of an accepted name or term that stands as whole words in the article. Names match with
 * their case, terms in any case. This works on any finding, so every detector, present or future, honours
 * the list without knowing about it.
 */
public final class AcceptedTerms {
  public static final AcceptedTerms NONE = new AcceptedTerms(List.of(), List.of());

  private final List<String> names;
  private final List<String> terms;

  public AcceptedTerms(Collection<String> names, Collection<String> terms) {
    this.names = List.copyOf(new LinkedHashSet<>(names));
    this.terms = List.copyOf(new LinkedHashSet<>(terms));
  }

  public boolean isEmpty() {
    return names.isEmpty() && terms.isEmpty();
  }

  public List<String> names() {
    return names;
  }

  public List<String> terms() {
    return terms;
  }

  /** The findings that do not cover an accepted name or term, in the same order. */
  public List<Finding> filter(String text, List<Finding> findings) {
    if (isEmpty()) {
      return findings;
    }
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      if (!isAccepted(text, f.start(), f.end())) {
        out.add(f);
      }
    }
    return out;
  }

  /** Whether {@code text[start, end)} is (part of) an accepted name or term. */
  public boolean isAccepted(String text, int start, int end) {
    int s = start;
    int e = Math.min(end, text.length());
    while (s < e && !isWordChar(text.charAt(s))) {
      s++;
    }
    while (e > s && !isWordChar(text.charAt(e - 1))) {
      e--;
    }
    if (e - s > 2 && (text.charAt(e - 1) == 's' || text.charAt(e - 1) == 'S')
        && (text.charAt(e - 2) == '\'' || text.charAt(e - 2) == '\u2019')) {
      e -= 2;
    }
    if (s >= e) {
      return false;
    }
    return occursAround(text, s, e, names, false) || occursAround(text, s, e, terms, true);
  }

  private static boolean occursAround(String text, int s, int e, List<String> list, boolean ignoreCase) {
    for (String t : list) {
      int len = t.length();
      if (len < e - s) {
        continue;
      }
      for (int o = Math.max(0, e - len); o <= s && o + len <= text.length(); o++) {
        if (text.regionMatches(ignoreCase, o, t, 0, len) && wholeWords(text, o, o + len)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean wholeWords(String text, int from, int to) {
    boolean startOk = from == 0 || !isWordChar(text.charAt(from)) || !isWordChar(text.charAt(from - 1));
    boolean endOk = to == text.length() || !isWordChar(text.charAt(to - 1)) || !isWordChar(text.charAt(to));
    return startOk && endOk;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }

  /** Names and terms of several settings blocks together. */
  static AcceptedTerms union(List<Settings> layers) {
    Set<String> n = new LinkedHashSet<>();
    Set<String> t = new LinkedHashSet<>();
    for (Settings s : layers) {
      n.addAll(s.names());
      t.addAll(s.terms());
    }
    return new AcceptedTerms(n, t);
  }
}
