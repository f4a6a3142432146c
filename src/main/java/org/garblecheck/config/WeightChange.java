package org.garblecheck.config;

import java.util.OptionalDouble;
import org.garblecheck.rule.ScoringData;

/**
 * A change to a finding weight from a configuration file: either axis may be left as it was
 * ({@code weights: {categories: {spelling: {mt: 0.3}}}} changes only the mt weight).
 */
public record WeightChange(OptionalDouble mt, OptionalDouble spin) {
  public WeightChange {
    check(mt);
    check(spin);
  }

  private static void check(OptionalDouble w) {
    if (w.isPresent() && !(w.getAsDouble() >= 0 && w.getAsDouble() <= 1)) {
      throw new IllegalArgumentException("weights must be in [0,1]: " + w.getAsDouble());
    }
  }

  public ScoringData.Weight applyTo(ScoringData.Weight w) {
    return new ScoringData.Weight(mt.orElse(w.mt()), spin.orElse(w.spin()));
  }

  /** This change made after {@code earlier}: what this one sets wins, the rest comes from {@code earlier}. */
  public WeightChange after(WeightChange earlier) {
    return new WeightChange(mt.isPresent() ? mt : earlier.mt, spin.isPresent() ? spin : earlier.spin);
  }
}
