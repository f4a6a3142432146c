package org.garblecheck.rule;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.patterns.AbstractPatternRule;
import org.languagetool.rules.patterns.PatternRuleLoader;

/**
 * Our own LanguageTool pattern rules: the files in LanguageTool's {@code grammar.xml} format listed under
 * {@code patternFiles} in {@code rules/languagetool.yml} (token patterns with part-of-speech conditions,
 * each rule with its {@code <example>}s). The XML is read and checked once; {@link #rules(Language)} parses
 * a fresh set of rule objects for each worker, because LanguageTool rules belong to one thread's
 * {@code JLanguageTool}.
 *
 * <p>Every rule id starts with {@value #ID_PREFIX}, and every rule's {@code <category id>} must be mapped
 * to one of our categories in {@code rules/languagetool.yml} ({@code categories:} or {@code rules:}), so
 * that the LanguageTool pass reports it like any other selected LanguageTool rule.
 */
public final class LanguageToolPatterns {
  public static final String ID_PREFIX = "GC_";

  private record Source(String where, String xml) {}

  private final List<Source> files;

  private LanguageToolPatterns(List<Source> files) {
    this.files = List.copyOf(files);
  }

  /** No pattern files. */
  public static LanguageToolPatterns none() {
    return new LanguageToolPatterns(List.of());
  }

  /**
   * Reads and checks the pattern files the selection lists.
   *
   * @param takenIds rule ids already defined elsewhere in {@code rules/}, which an XML rule must not reuse
   */
  static LanguageToolPatterns read(YamlFiles yaml, LanguageToolSelection selection, Set<String> takenIds) {
    List<Source> sources = new ArrayList<>();
    for (String name : selection.extraRuleFiles()) {
      sources.add(new Source(yaml.where(name), yaml.readText(name)));
    }
    LanguageToolPatterns patterns = new LanguageToolPatterns(sources);
    Language language = Languages.getLanguageForShortCode(selection.language());
    Set<String> taken = new HashSet<>(takenIds);
    for (Source s : sources) {
      List<AbstractPatternRule> rules = parse(s, language);
      check(s, rules, selection, taken);
      rules.forEach(r -> taken.add(r.getId()));
    }
    return patterns;
  }

  /** New rule objects for one worker's LanguageTool, in file order. */
  public List<AbstractPatternRule> rules(Language language) {
    List<AbstractPatternRule> out = new ArrayList<>();
    for (Source s : files) {
      out.addAll(parse(s, language));
    }
    return out;
  }

  /** How many pattern files there are. */
  public int fileCount() {
    return files.size();
  }

  private static List<AbstractPatternRule> parse(Source s, Language language) {
    try {
      return new PatternRuleLoader().getRules(
          new ByteArrayInputStream(s.xml().getBytes(StandardCharsets.UTF_8)), s.where(), language);
    } catch (IOException | RuntimeException e) {
      Throwable root = e;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      throw new RuleFileException(s.where() + ": not a valid LanguageTool rule file: " + root.getMessage(), e);
    }
  }

  private static void check(Source s, List<AbstractPatternRule> rules, LanguageToolSelection selection,
      Set<String> takenIds) {
    if (rules.isEmpty()) {
      throw new RuleFileException(s.where() + ": no rules");
    }
    Map<String, int[]> examples = new LinkedHashMap<>();
    for (AbstractPatternRule r : rules) {
      String at = s.where() + " rule " + r.getId();
      if (!r.getId().startsWith(ID_PREFIX)) {
        throw new RuleFileException(at + ": our rule ids start with " + ID_PREFIX);
      }
      if (takenIds.contains(r.getId())) {
        throw new RuleFileException(at + ": rule id is already used by another rule file");
      }
      String category = r.getCategory().getId().toString();
      if (!selection.rules().containsKey(r.getId()) && !selection.categories().containsKey(category)) {
        throw new RuleFileException(at + ": category '" + category
            + "' is not mapped to a garblecheck category in rules/languagetool.yml");
      }
      int[] counts = examples.computeIfAbsent(r.getId(), k -> new int[2]);
      counts[0] += r.getIncorrectExamples().size();
      counts[1] += r.getCorrectExamples().size();
    }
    for (var e : examples.entrySet()) {
      if (e.getValue()[0] == 0 || e.getValue()[1] == 0) {
        throw new RuleFileException(s.where() + " rule " + e.getKey()
            + ": every rule needs at least one incorrect <example correction=…> with a <marker> and one plain"
            + " <example>");
      }
    }
  }
}
