package org.garblecheck.report;

import java.util.Objects;
import java.util.OptionalDouble;
import org.garblecheck.model.ArticleReport;
import org.garblecheck.model.Verdict;

/**
 * What a renderer needs besides the reports: colour for the terminal, the score gate, the annotation cap,
 * the rule metadata (for SARIF) and the tool version. Renderers ignore what they do not use.
 *
 * @param failUnder the {@code --fail-under} gate; empty when none was given
 * @param maxAnnotations at most this many {@code github} annotations (the rest are counted)
 */
public record RenderOptions(
    boolean color, OptionalDouble failUnder, int maxAnnotations, RuleMetadata rules, String toolVersion) {
  public static final int DEFAULT_MAX_ANNOTATIONS = 50;

  public RenderOptions {
    Objects.requireNonNull(failUnder, "failUnder");
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(toolVersion, "toolVersion");
    if (maxAnnotations < 0) {
      throw new IllegalArgumentException("maxAnnotations must not be negative: " + maxAnnotations);
    }
  }

  public static RenderOptions defaults() {
    return new RenderOptions(false, OptionalDouble.empty(), DEFAULT_MAX_ANNOTATIONS, RuleMetadata.none(),
        "0.0.0");
  }

  public RenderOptions withColor(boolean c) {
    return new RenderOptions(c, failUnder, maxAnnotations, rules, toolVersion);
  }

  public RenderOptions withFailUnder(OptionalDouble gate) {
    return new RenderOptions(color, gate, maxAnnotations, rules, toolVersion);
  }

  public RenderOptions withMaxAnnotations(int max) {
    return new RenderOptions(color, failUnder, max, rules, toolVersion);
  }

  public RenderOptions withRules(RuleMetadata r) {
    return new RenderOptions(color, failUnder, maxAnnotations, r, toolVersion);
  }

  public RenderOptions withToolVersion(String v) {
    return new RenderOptions(color, failUnder, maxAnnotations, rules, v);
  }

  /**
   * Whether an article passes the gate: its score is at least {@code --fail-under} when a gate was given,
   * otherwise its verdict is clean.
   */
  public boolean passes(ArticleReport r) {
    return failUnder.isPresent() ? r.score() >= failUnder.getAsDouble() : r.verdict() == Verdict.CLEAN;
  }

  /** One line saying why an article failed the gate. */
  public String gateFailure(ArticleReport r) {
    String score = Numbers.fixed(r.score(), 1);
    return failUnder.isPresent()
        ? "score " + score + " is below " + Numbers.fixed(failUnder.getAsDouble(), 1) + " (" + r.verdict().id() + ")"
        : "verdict " + r.verdict().id() + " (score " + score + "), expected clean";
  }
}
