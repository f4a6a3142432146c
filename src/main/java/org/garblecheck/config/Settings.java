package org.garblecheck.config;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.garblecheck.model.Category;

/**
 * One block of a configuration file: the top level, or one entry of {@code sources:}. Everything is
 * optional; what a block leaves out comes from the block before it (and in the end from the bundled
 * scoring data).
 *
 * @param rules rule id → on/off
 * @param categories category → on/off (a rule's own switch wins over its category's)
 * @param categoryWeights weight changes per category
 * @param ruleWeights weight changes per rule id
 * @param clean the "clean" verdict threshold, if set here
 * @param garbled the "garbled" verdict threshold, if set here
 * @param thresholdsAt {@code file:line} of the thresholds, for error messages ("" when none)
 * @param names accepted names, matched case-sensitively
 * @param terms accepted terms, matched in any case
 */
public record Settings(
    Map<String, Boolean> rules,
    Map<Category, Boolean> categories,
    Map<Category, WeightChange> categoryWeights,
    Map<String, WeightChange> ruleWeights,
    OptionalDouble clean,
    OptionalDouble garbled,
    String thresholdsAt,
    List<String> names,
    List<String> terms) {

  public static final Settings NONE = new Settings(Map.of(), Map.of(), Map.of(), Map.of(), OptionalDouble.empty(),
      OptionalDouble.empty(), "", List.of(), List.of());

  public Settings {
    rules = Map.copyOf(rules);
    categories = Map.copyOf(categories);
    categoryWeights = Map.copyOf(categoryWeights);
    ruleWeights = Map.copyOf(ruleWeights);
    names = List.copyOf(names);
    terms = List.copyOf(terms);
  }
}
