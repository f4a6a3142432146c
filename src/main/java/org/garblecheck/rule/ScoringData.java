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
 * model's bias and feature coefficients, the verdict thresholds, and how a sentence's damage is read in the
 * light of the rest of its article ({@link Context}).
 */
public record ScoringData(
    Map<Category, Weight> categoryWeights,
    Map<String, Weight> ruleWeights,
    double bias,
    Map<String, Double> coefficients,
    double cleanAtLeast,
    double garbledBelow,
    double damagedSentence,
    Context context) {

  /**
   * How much the rest of an article moves the damage shown for each of its sentences
   * ({@code org.garblecheck.score.ArticleContext}): {@code strength} 0 leaves sentence damage as its findings
   * make it; {@code mt} and {@code spin} are the mean sentence damage per axis (the {@code meanMt},
   * {@code meanSpin} article features) that clean articles reach at most, save a tenth of them: an article
   * above it raises the damage of its sentences on that axis, one below it lowers them.
   */
  public record Context(double strength, double mt, double spin) {
    public static final Context NONE = new Context(0, 0, 0);

    public Context {
      if (!(strength >= 0 && strength <= 1)) {
        throw new IllegalArgumentException("context strength must be in [0,1]");
      }
      if (!(mt >= 0 && mt < 1 && spin >= 0 && spin < 1)) {
        throw new IllegalArgumentException("context damage levels must be in [0,1)");
      }
    }
  }

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
  private static final Set<String> SENTENCE_KEYS = Set.of("damaged", "context");
  private static final Set<String> CONTEXT_KEYS = Set.of("strength", "mt", "spin");

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
    JsonNode sentence = root.path("sentence");
    if (!sentence.isMissingNode()) {
      YamlFiles.checkKeys(sentence, SENTENCE_KEYS, where + " sentence");
    }
    double damaged = YamlFiles.number(sentence, "damaged", 0.5, where);
    Context context = Context.NONE;
    if (sentence.has("context")) {
      JsonNode c = sentence.path("context");
      YamlFiles.checkKeys(c, CONTEXT_KEYS, where + " sentence.context");
      try {
        context = new Context(YamlFiles.number(c, "strength", 0, where), YamlFiles.number(c, "mt", 0, where),
            YamlFiles.number(c, "spin", 0, where));
      } catch (IllegalArgumentException e) {
        throw new RuleFileException(where + ": sentence.context: " + e.getMessage());
      }
    }
    return new ScoringData(cats, rules, YamlFiles.number(article, "bias", -4, where), coef, clean, garbled,
        damaged, context);
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
    return new ScoringData(cats, rules, newBias, coef, clean, garbled, damagedSentence, context);
  }

  public ScoringData withContext(Context c) {
    return new ScoringData(categoryWeights, ruleWeights, bias, coefficients, cleanAtLeast, garbledBelow,
        damagedSentence, c);
  }
}
