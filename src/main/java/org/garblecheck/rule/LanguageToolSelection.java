package org.garblecheck.rule;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.garblecheck.model.Category;

/**
 * Which LanguageTool rules count as damage signals and which of our categories each maps to, read from
 * {@code rules/languagetool.yml}: whole LanguageTool categories (e.g. GRAMMAR), single rule ids, and rule
 * ids to keep off even inside an enabled category (style, not damage).
 */
public record LanguageToolSelection(
    String language,
    Map<String, Category> categories,
    Map<String, Category> rules,
    Set<String> disabled,
    List<String> extraRuleFiles) {

  private static final Set<String> KEYS = Set.of("language", "categories", "rules", "disabled", "patternFiles");

  static LanguageToolSelection read(YamlFiles files, String name) {
    String where = files.where(name);
    JsonNode root = files.read(name);
    YamlFiles.checkKeys(root, KEYS, where);
    List<String> disabled = new ArrayList<>();
    root.path("disabled").forEach(n -> disabled.add(n.asText()));
    List<String> extra = new ArrayList<>();
    root.path("patternFiles").forEach(n -> extra.add(n.asText()));
    return new LanguageToolSelection(
        YamlFiles.text(root, "language", where),
        mapping(root.path("categories"), where + " categories"),
        mapping(root.path("rules"), where + " rules"),
        Set.copyOf(disabled),
        List.copyOf(extra));
  }

  private static Map<String, Category> mapping(JsonNode node, String where) {
    Map<String, Category> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      var e = it.next();
      try {
        out.put(e.getKey(), Category.parse(e.getValue().asText()));
      } catch (IllegalArgumentException ex) {
        throw new RuleFileException(where + " " + e.getKey() + ": " + ex.getMessage());
      }
    }
    return Map.copyOf(out);
  }

  /** Our category for a LanguageTool rule, or empty when the rule is not a damage signal. */
  public Optional<Category> categoryOf(String ruleId, String ltCategoryId) {
    if (disabled.contains(ruleId)) {
      return Optional.empty();
    }
    Category c = rules.get(ruleId);
    if (c == null) {
      c = categories.get(ltCategoryId);
    }
    return Optional.ofNullable(c);
  }
}
