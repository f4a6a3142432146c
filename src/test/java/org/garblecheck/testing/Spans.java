package org.garblecheck.testing;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.garblecheck.model.Article;
import org.garblecheck.model.Finding;

/** The findings of one rule on a text, as "start-end:text" strings, for exact-span assertions. */
public final class Spans {
  private Spans() {}

  public static List<Finding> findings(String ruleId, Article article) {
    return Checkers.shared().score(article).findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }

  public static List<String> of(String ruleId, String text) {
    return of(ruleId, Article.of("test", "", text));
  }

  public static List<String> of(String ruleId, Article article) {
    return findings(ruleId, article).stream()
        .map(f -> f.start() + "-" + f.end() + ":" + f.span().of(article.text()))
        .toList();
  }

  /**
   * "start-end:text" of the n-th whole-word occurrence (0-based) of a phrase in a text, to write expected
   * spans without counting characters by hand.
   */
  public static String at(String text, String phrase, int occurrence) {
    Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase) + "(?![\\p{L}\\p{N}])").matcher(text);
    for (int i = 0; i <= occurrence; i++) {
      if (!m.find()) {
        throw new IllegalArgumentException("'" + phrase + "' does not occur " + (occurrence + 1) + " times");
      }
    }
    return m.start() + "-" + m.end() + ":" + phrase;
  }
}
