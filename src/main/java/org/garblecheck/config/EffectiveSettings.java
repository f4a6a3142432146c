package org.garblecheck.config;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.garblecheck.model.Category;
import org.garblecheck.rule.ScoringData;
import org.garblecheck.score.Scorer;

/**
 * What applies to one article once the configuration's blocks are laid over the bundled data: which rules
 * report, each finding's weight, the scorer with its thresholds, and the accepted names and terms.
 * Immutable and shared by all threads.
 */
public final class EffectiveSettings {
  private final Map<String, Boolean> rules;
  private final Map<Category, Boolean> categories;
  private final Map<String, WeightChange> ruleWeights;
  private final ScoringData scoring;
  private final Scorer scorer;
  private final AcceptedTerms accepted;

  private EffectiveSettings(Map<String, Boolean> rules, Map<Category, Boolean> categories,
      Map<String, WeightChange> ruleWeights, ScoringData scoring, AcceptedTerms accepted) {
    this.rules = Map.copyOf(rules);
    this.categories = Map.copyOf(categories);
    this.ruleWeights = Map.copyOf(ruleWeights);
    this.scoring = scoring;
    this.scorer = new Scorer(scoring);
    this.accepted = accepted;
  }

  /**
   * Lays {@code layers} over {@code base}, first to last: a later block's value for a key wins; names and
   * terms add up. A rule's own switch wins over its category's, whichever block sets them.
   */
  static EffectiveSettings of(ScoringData base, List<Settings> layers) {
    Map<String, Boolean> rules = new HashMap<>();
    Map<Category, Boolean> categories = new EnumMap<>(Category.class);
    Map<Category, ScoringData.Weight> catWeights = new EnumMap<>(base.categoryWeights());
    Map<String, WeightChange> ruleWeights = new HashMap<>();
    double clean = base.cleanAtLeast();
    double garbled = base.garbledBelow();
    String cleanAt = "the scoring data";
    String garbledAt = "the scoring data";
    for (Settings s : layers) {
      rules.putAll(s.rules());
      categories.putAll(s.categories());
      s.categoryWeights().forEach((c, w) -> catWeights.put(c, w.applyTo(catWeights.get(c))));
      s.ruleWeights().forEach((id, w) -> ruleWeights.merge(id, w, (old, now) -> now.after(old)));
      if (s.clean().isPresent()) {
        clean = s.clean().getAsDouble();
        cleanAt = s.thresholdsAt();
      }
      if (s.garbled().isPresent()) {
        garbled = s.garbled().getAsDouble();
        garbledAt = s.thresholdsAt();
      }
    }
    if (garbled > clean) {
      throw new ConfigException("thresholds: garbled " + fmt(garbled) + " (" + garbledAt + ") is above clean "
          + fmt(clean) + " (" + cleanAt + ")");
    }
    ScoringData scoring = base.withModel(catWeights, new TreeMap<>(base.ruleWeights()), base.bias(),
        base.coefficients(), clean, garbled);
    return new EffectiveSettings(rules, categories, ruleWeights, scoring, AcceptedTerms.union(layers));
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }

  /** Whether findings of this rule are reported: the rule's switch, else its category's, else on. */
  public boolean enabled(String ruleId, Category category) {
    Boolean r = rules.get(ruleId);
    if (r != null) {
      return r;
    }
    Boolean c = categories.get(category);
    return c == null || c;
  }

  /** A finding's weight: the scoring data's (with category changes), then the rule's own change. */
  public ScoringData.Weight weightOf(String ruleId, Category category) {
    ScoringData.Weight w = scoring.weightOf(ruleId, category);
    WeightChange change = ruleWeights.get(ruleId);
    return change == null ? w : change.applyTo(w);
  }

  /** The scoring data with category weights and thresholds changed (rule weight changes: {@link #weightOf}). */
  public ScoringData scoring() {
    return scoring;
  }

  public Scorer scorer() {
    return scorer;
  }

  public AcceptedTerms accepted() {
    return accepted;
  }
}
