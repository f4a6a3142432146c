package org.garblecheck.rule;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.garblecheck.model.Category;
import org.garblecheck.model.Severity;

/**
 * A rule as data, read from a file in {@code rules/}. A rule with a {@code regex} is run by the pattern
 * pass; a rule without one describes a detector implemented in Java (its id, message and examples still
 * live here, and the same generic test runs its examples).
 *
 * @param group the capture group whose span is reported (0 = the whole match)
 * @param suggestion replacement text, may use {@code $1}… for groups; empty when there is none
 */
public record RuleDefinition(
    String id,
    Category category,
    Severity severity,
    String message,
    Optional<Pattern> regex,
    int group,
    Optional<String> suggestion,
    List<RuleExample> bad,
    List<RuleExample> good,
    String file) {

  public RuleDefinition {
    bad = List.copyOf(bad);
    good = List.copyOf(good);
  }
}
