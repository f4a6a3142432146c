package org.garblecheck.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One piece of damage found by a pass: which rule, where (character offsets into the original text), what
 * to tell the editor, and how much it weighs on each damage axis ({@code mt} = machine-translation round
 * trip, {@code spin} = article spinner), each in [0, 1]. A graded detector (one that gives a probability,
 * not a yes or no) reports a {@code strength} in (0, 1]: the finding then weighs as {@code strength} of
 * a full finding of its rule, {@code 1 − (1 − w)^strength} on each axis, so that in the noisy-or of
 * {@link org.garblecheck.score.Scorer} it counts as that fraction of one finding. Other findings have
 * strength 1.
 */
public record Finding(
    String ruleId,
    Category category,
    Severity severity,
    TextSpan span,
    String message,
    List<String> suggestions,
    double mt,
    double spin,
    double strength) {

  /**
   * Graded findings weaker than this are evidence: they count toward sentence damage but are not shown
   * (see {@link ArticleReport#evidence()}).
   */
  public static final double SHOWN_AT = 0.5;

  /** Sorts by position, then rule id, so that reports are deterministic. */
  public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::span)
      .thenComparing(Finding::ruleId)
      .thenComparing(Finding::message)
      .thenComparingDouble(Finding::strength);

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
    if (!(strength > 0 && strength <= 1)) {
      throw new IllegalArgumentException("strength must be in (0,1]: " + strength);
    }
  }

  /** A finding of full strength. */
  public Finding(String ruleId, Category category, Severity severity, TextSpan span, String message,
      List<String> suggestions, double mt, double spin) {
    this(ruleId, category, severity, span, message, suggestions, mt, spin, 1);
  }

  /** The weight on one axis of a finding of this strength whose rule weighs {@code w}. */
  public static double weighted(double w, double strength) {
    return strength >= 1 ? w : 1 - Math.pow(1 - w, strength);
  }

  /** Whether an editor is shown this finding (see {@link #SHOWN_AT}). */
  public boolean shown() {
    return strength >= SHOWN_AT;
  }

  public int start() {
    return span.start();
  }

  public int end() {
    return span.end();
  }

  /** This finding with its rule's weights {@code ruleMt}, {@code ruleSpin} applied at its strength. */
  public Finding withWeights(double ruleMt, double ruleSpin) {
    return new Finding(ruleId, category, severity, span, message, suggestions, weighted(ruleMt, strength),
        weighted(ruleSpin, strength), strength);
  }
}
