package org.garblecheck.pass;

import java.util.List;
import java.util.regex.Matcher;
import org.garblecheck.analysis.AnalyzedArticle;
import org.garblecheck.model.TextSpan;
import org.garblecheck.rule.RuleDefinition;

/**
 * Runs the regex rules of {@code rules/} over the whole article text (so a rule can look at line starts and
 * the end of the article) and reports the span of the rule's capture group.
 */
public final class PatternPass implements Pass {
  private final List<RuleDefinition> rules;

  public PatternPass(List<RuleDefinition> rules) {
    this.rules = List.copyOf(rules);
  }

  @Override
  public String name() {
    return "patterns";
  }

  @Override
  public void run(AnalyzedArticle article, FindingSink sink) {
    String text = article.text();
    for (RuleDefinition rule : rules) {
      Matcher m = rule.regex().orElseThrow().matcher(text);
      while (m.find()) {
        int from = m.start(rule.group());
        int to = m.end(rule.group());
        if (from < 0 || to <= from) {
          continue;
        }
        List<String> suggestions = rule.suggestion().map(s -> List.of(expand(s, m))).orElse(List.of());
        sink.report(rule.id(), rule.category(), rule.severity(), new TextSpan(from, to), rule.message(),
            suggestions);
      }
    }
  }

  /** Replaces {@code $0}–{@code $9} in a suggestion with the matched groups. */
  static String expand(String template, Matcher m) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c == '$' && i + 1 < template.length() && Character.isDigit(template.charAt(i + 1))) {
        int g = template.charAt(++i) - '0';
        String v = g <= m.groupCount() ? m.group(g) : null;
        out.append(v == null ? "" : v);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
