package org.garblecheck.rule;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.garblecheck.model.Category;

/**
 * The numbers of the scoring model, read from {@code rules/scoring.yml} (and rewritten there by
 * {@code garblecheck calibrate}): finding weights per category and per rule on the two axes, the article
 * model's bias and feature coefficients, and the verdict thresholds.
 */
public record ScoringData(
    Map<Category, Weight> categoryWeights,
    Map<String, Weight> ruleWeights,
    double bias,
    Map<String, Double> coefficients,
    double cleanAtLeast,
    double garbledBelow,
    double damagedSentence) {

  /** A finding's weight on each damage axis, in [0, 1]. */
  public record Weight(double mt, double spin) {
    public Weight {
      if (!(mt >= 0 && mt <= 1 && spin >= 0 && spin <= 1)) {
        throw new IllegalArgumentException("weights must be in [0,1]");
      }
    }
  }

  private static final Set<String> KEYS = Set.of("categories", "rules", "article", "sentence");
  private static final Set<String> ARTICLE_KEYS = Set.of("bias", "coefficients", "thresholds");
  private static final Set<String> THRESHOLD_KEYS = Set.of("clean", "garbled");

  public static ScoringData read(YamlFiles files, String name) {
    String where = files.where(name);
    JsonNode root = files.read(name);
    YamlFiles.checkKeys(root, KEYS, where);
    Map<Category, Weight> cats = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.path("categories").fields(); it.hasNext(); ) {
      var e = it.next();
      cats.put(Category.parse(e.getKey()), weight(e.getValue(), where + " categories." + e.getKey()));
    }
    for (Category c : Category.values()) {
      if (!cats.containsKey(c)) {
        throw new RuleFileException(where + ": categories." + c.id() + " is missing");
      }
    }
    Map<String, Weight> rules = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.path("rules").fields(); it.hasNext(); ) {
      var e = it.next();
      rules.put(e.getKey(), weight(e.getValue(), where + " rules." + e.getKey()));
    }
    JsonNode article = root.path("article");
    YamlFiles.checkKeys(article, ARTICLE_KEYS, where + " article");
    Map<String, Double> coef = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = article.path("coefficients").fields(); it.hasNext(); ) {
      var e = it.next();
      coef.put(e.getKey(), e.getValue().asDouble());
    }
    JsonNode th = article.path("thresholds");
    YamlFiles.checkKeys(th, THRESHOLD_KEYS, where + " article.thresholds");
    double clean = YamlFiles.number(th, "clean", 80, where);
    double garbled = YamlFiles.number(th, "garbled", 50, where);
    if (!(garbled <= clean)) {
      throw new RuleFileException(where + ": thresholds.garbled must not exceed thresholds.clean");
    }
    double damaged = YamlFiles.number(root.path("sentence"), "damaged", 0.5, where);
    return new ScoringData(cats, rules, YamlFiles.number(article, "bias", -4, where), coef, clean, garbled,
        damaged);
  }

  private static Weight weight(JsonNode n, String where) {
    YamlFiles.checkKeys(n, Set.of("mt", "spin"), where);
    try {
      return new Weight(YamlFiles.number(n, "mt", 0, where), YamlFiles.number(n, "spin", 0, where));
    } catch (IllegalArgumentException e) {
      throw new RuleFileException(where + ": " + e.getMessage());
    }
  }

  public Weight weightOf(String ruleId, Category category) {
    Weight w = ruleWeights.get(ruleId);
    return w != null ? w : categoryWeights.get(category);
  }

  public ScoringData withModel(Map<Category, Weight> cats, Map<String, Weight> rules, double newBias,
      Map<String, Double> coef, double clean, double garbled) {
    return new ScoringData(cats, rules, newBias, coef, clean, garbled, damagedSentence);
  }
}
