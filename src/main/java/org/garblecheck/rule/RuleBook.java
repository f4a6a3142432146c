package org.garblecheck.rule;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.garblecheck.model.Category;
import org.garblecheck.model.Severity;

/**
 * Everything under {@code rules/}: rule definitions (with their examples), the LanguageTool selection and
 * the scoring model. {@code rules/index.yml} lists the files, so the jar needs no directory listing.
 */
public final class RuleBook {
  private static final Set<String> INDEX_KEYS = Set.of("rules", "languagetool", "scoring");
  private static final Set<String> FILE_KEYS = Set.of("category", "severity", "rules");
  private static final Set<String> RULE_KEYS =
      Set.of("id", "category", "severity", "message", "regex", "group", "suggestion", "bad", "good");

  private final Map<String, RuleDefinition> rules;
  private final LanguageToolSelection languageTool;
  private final LanguageToolPatterns languageToolPatterns;
  private final ScoringData scoring;

  private RuleBook(Map<String, RuleDefinition> rules, LanguageToolSelection lt, LanguageToolPatterns patterns,
      ScoringData scoring) {
    this.rules = Collections.unmodifiableMap(rules);
    this.languageTool = lt;
    this.languageToolPatterns = patterns;
    this.scoring = scoring;
  }

  public static RuleBook load(YamlFiles files) {
    JsonNode index = files.read("index.yml");
    YamlFiles.checkKeys(index, INDEX_KEYS, files.where("index.yml"));
    Map<String, RuleDefinition> rules = new LinkedHashMap<>();
    for (JsonNode f : index.path("rules")) {
      for (RuleDefinition r : readRuleFile(files, f.asText())) {
        if (rules.putIfAbsent(r.id(), r) != null) {
          throw new RuleFileException(files.where(f.asText()) + ": rule id '" + r.id() + "' is used twice");
        }
      }
    }
    LanguageToolSelection lt = LanguageToolSelection.read(files, YamlFiles.text(index, "languagetool", "index.yml"));
    LanguageToolPatterns patterns = LanguageToolPatterns.read(files, lt, rules.keySet());
    ScoringData scoring = ScoringData.read(files, YamlFiles.text(index, "scoring", "index.yml"));
    return new RuleBook(rules, lt, patterns, scoring);
  }

  public static RuleBook bundled() {
    return load(YamlFiles.bundled());
  }

  private static List<RuleDefinition> readRuleFile(YamlFiles files, String name) {
    String where = files.where(name);
    JsonNode root = files.read(name);
    YamlFiles.checkKeys(root, FILE_KEYS, where);
    Category fileCategory = root.has("category") ? Category.parse(root.get("category").asText()) : null;
    Severity fileSeverity = root.has("severity") ? Severity.parse(root.get("severity").asText()) : Severity.WARNING;
    List<RuleDefinition> out = new ArrayList<>();
    for (JsonNode r : root.path("rules")) {
      String id = YamlFiles.text(r, "id", where);
      String at = where + " rule " + id;
      YamlFiles.checkKeys(r, RULE_KEYS, at);
      Category category = r.has("category") ? Category.parse(r.get("category").asText()) : fileCategory;
      if (category == null) {
        throw new RuleFileException(at + ": missing 'category'");
      }
      Severity severity = r.has("severity") ? Severity.parse(r.get("severity").asText()) : fileSeverity;
      Optional<Pattern> regex = Optional.empty();
      if (r.has("regex")) {
        try {
          regex = Optional.of(Pattern.compile(r.get("regex").asText(), Pattern.UNICODE_CHARACTER_CLASS));
        } catch (PatternSyntaxException e) {
          throw new RuleFileException(at + ": bad regex: " + e.getDescription());
        }
      }
      int group = r.path("group").asInt(0);
      if (regex.isPresent() && group > regex.get().matcher("").groupCount()) {
        throw new RuleFileException(at + ": group " + group + " does not exist in the regex");
      }
      Optional<String> suggestion = r.has("suggestion") ? Optional.of(r.get("suggestion").asText()) : Optional.empty();
      List<RuleExample> bad = examples(r.path("bad"), at);
      List<RuleExample> good = examples(r.path("good"), at);
      if (bad.isEmpty() || good.isEmpty()) {
        throw new RuleFileException(at + ": every rule needs at least one 'bad' and one 'good' example");
      }
      for (RuleExample b : bad) {
        if (b.marker().isEmpty()) {
          throw new RuleFileException(at + ": bad example without <marker>: " + b.text());
        }
      }
      for (RuleExample g : good) {
        if (g.marker().isPresent()) {
          throw new RuleFileException(at + ": good example must not have a <marker>: " + g.text());
        }
      }
      out.add(new RuleDefinition(id, category, severity, YamlFiles.text(r, "message", at), regex, group,
          suggestion, bad, good, name));
    }
    return out;
  }

  private static List<RuleExample> examples(JsonNode list, String where) {
    List<RuleExample> out = new ArrayList<>();
    for (JsonNode e : list) {
      try {
        out.add(RuleExample.parse(e.asText()));
      } catch (IllegalArgumentException ex) {
        throw new RuleFileException(where + ": " + ex.getMessage());
      }
    }
    return out;
  }

  public Map<String, RuleDefinition> rules() {
    return rules;
  }

  public Optional<RuleDefinition> rule(String id) {
    return Optional.ofNullable(rules.get(id));
  }

  /** The definition of a rule a Java detector reports; a missing one is a broken rule book. */
  public RuleDefinition require(String id) {
    RuleDefinition r = rules.get(id);
    if (r == null) {
      throw new RuleFileException("rule '" + id + "' is reported by a detector but defined in no file of rules/");
    }
    return r;
  }

  /** Rules run by the pattern pass (those with a regex). */
  public List<RuleDefinition> patternRules() {
    return rules.values().stream().filter(r -> r.regex().isPresent()).toList();
  }

  public LanguageToolSelection languageTool() {
    return languageTool;
  }

  /** Our LanguageTool pattern rules ({@code patternFiles} in {@code rules/languagetool.yml}). */
  public LanguageToolPatterns languageToolPatterns() {
    return languageToolPatterns;
  }

  public ScoringData scoring() {
    return scoring;
  }
}
