package org.garblecheck.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.garblecheck.rule.ScoringData;

/**
 * Works out each article's {@link EffectiveSettings} from a {@link Config}: the top-level block, then every
 * {@code sources:} entry whose glob matches the article's source, in file order. The settings for each set
 * of matching entries are computed once and cached, so scoring an article costs one glob test per entry.
 * Thread-safe.
 */
public final class SettingsResolver {
  private final Config config;
  private final ScoringData base;
  private final Path workingDir;
  private final EffectiveSettings defaults;
  private final Map<BitSet, EffectiveSettings> cache = new ConcurrentHashMap<>();

  private SettingsResolver(Config config, ScoringData base, Path workingDir) {
    this.config = config;
    this.base = base;
    this.workingDir = workingDir;
    try {
      this.defaults = EffectiveSettings.of(base, List.of(config.defaults()));
    } catch (ConfigException e) {
      throw new ConfigException(config.origin() + ": " + e.getMessage());
    }
    for (int i = 0; i < config.sources().size(); i++) {
      BitSet one = new BitSet();
      one.set(i);
      try {
        cache.put(one, layered(one));
      } catch (ConfigException e) {
        throw new ConfigException(config.sources().get(i).at() + ": " + e.getMessage());
      }
    }
  }

  /**
   * Checks the configuration against the rules a checker knows and prepares the settings.
   *
   * @param knownRuleIds every rule id a finding can carry; a configuration naming another is an error
   */
  public static SettingsResolver of(Config config, ScoringData base, Collection<String> knownRuleIds) {
    Set<String> known = Set.copyOf(knownRuleIds);
    for (Config.RuleReference ref : config.ruleReferences()) {
      if (!known.contains(ref.id())) {
        String near = closest(ref.id(), known);
        throw new ConfigException(ref.at() + ": unknown rule '" + ref.id() + "'"
            + (near == null ? " (see the rule ids in rules/ and LanguageTool's rule ids)" : " (did you mean '" + near + "'?)"));
      }
    }
    return new SettingsResolver(config, base, Path.of("").toAbsolutePath());
  }

  /** The settings for articles no {@code sources:} entry matches. */
  public EffectiveSettings defaults() {
    return defaults;
  }

  /** The settings for an article with this source. */
  public EffectiveSettings forSource(String source) {
    if (config.sources().isEmpty()) {
      return defaults;
    }
    Set<String> paths = SourcePaths.candidates(source, config.directory(), workingDir);
    BitSet matching = new BitSet();
    for (int i = 0; i < config.sources().size(); i++) {
      SourceGlob g = config.sources().get(i).glob();
      for (String p : paths) {
        if (g.matches(p)) {
          matching.set(i);
          break;
        }
      }
    }
    if (matching.isEmpty()) {
      return defaults;
    }
    return cache.computeIfAbsent(matching, m -> {
      try {
        return layered(m);
      } catch (ConfigException e) {
        throw new ConfigException(config.origin() + ": for " + source + ": " + e.getMessage());
      }
    });
  }

  private EffectiveSettings layered(BitSet matching) {
    List<Settings> layers = new ArrayList<>();
    layers.add(config.defaults());
    matching.stream().forEach(i -> layers.add(config.sources().get(i).settings()));
    return EffectiveSettings.of(base, layers);
  }

  /** The known id nearest to a misspelt one, if it is close enough to be a typo. */
  static String closest(String id, Collection<String> known) {
    return known.stream()
        .filter(k -> distance(k.toLowerCase(java.util.Locale.ROOT), id.toLowerCase(java.util.Locale.ROOT))
            <= Math.max(2, id.length() / 5))
        .min(Comparator.<String>comparingInt(k -> distance(k.toLowerCase(java.util.Locale.ROOT),
            id.toLowerCase(java.util.Locale.ROOT))).thenComparing(Comparator.naturalOrder()))
        .orElse(null);
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
