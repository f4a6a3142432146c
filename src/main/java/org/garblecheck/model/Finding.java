package org.garblecheck.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One piece of damage found by a pass: which rule, where (character offsets into the original text), what
 * to tell the editor, and how much it weighs on each damage axis ({@code mt} = machine-translation round
 * trip, {@code spin} = article spinner), each in [0, 1].
 */
public record Finding(
    String ruleId,
    Category category,
    Severity severity,
    TextSpan span,
    String message,
    List<String> suggestions,
    double mt,
    double spin) {

  /** Sorts by position, then rule id, so that reports are deterministic. */
  public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::span)
      .thenComparing(Finding::ruleId)
      .thenComparing(Finding::message);

  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(message, "message");
    suggestions = List.copyOf(suggestions);
    if (!(mt >= 0 && mt <= 1) || !(spin >= 0 && spin <= 1)) {
      throw new IllegalArgumentException("weights must be in [0,1]: mt=" + mt + " spin=" + spin);
    }
  }

  public int start() {
    return span.start();
  }

  public int end() {
    return span.end();
  }

  public Finding withWeights(double newMt, double newSpin) {
    return new Finding(ruleId, category, severity, span, message, suggestions, newMt, newSpin);
  }
}
