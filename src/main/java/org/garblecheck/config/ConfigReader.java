package org.garblecheck.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import org.garblecheck.config.YamlTree.Entry;
import org.garblecheck.config.YamlTree.Mapping;
import org.garblecheck.config.YamlTree.Node;
import org.garblecheck.config.YamlTree.Scalar;
import org.garblecheck.config.YamlTree.Sequence;
import org.garblecheck.model.Category;

/** Turns the YAML of a configuration file into a {@link Config}, checking every key and value. */
final class ConfigReader {
  private static final Set<String> SETTINGS_KEYS = Set.of("rules", "categories", "weights", "thresholds", "accept");
  private static final Set<String> TOP_KEYS = union(SETTINGS_KEYS, "sources");
  private static final Set<String> SOURCE_KEYS = union(SETTINGS_KEYS, "glob");
  private static final Set<String> WEIGHTS_KEYS = Set.of("categories", "rules");
  private static final Set<String> WEIGHT_KEYS = Set.of("mt", "spin");
  private static final Set<String> THRESHOLD_KEYS = Set.of("clean", "garbled");
  private static final Set<String> ACCEPT_KEYS = Set.of("names", "terms");

  private final String where;
  private final List<Config.RuleReference> references = new ArrayList<>();

  private ConfigReader(String where) {
    this.where = where;
  }

  static Config read(String yaml, String where, Optional<Path> directory) {
    ConfigReader r = new ConfigReader(where);
    Node root = YamlTree.read(yaml, where);
    if (!(root instanceof Mapping top)) {
      throw r.error(root.line(), "the file must be a mapping with the keys " + sorted(TOP_KEYS));
    }
    r.checkKeys(top, TOP_KEYS, "");
    Settings defaults = r.settings(top, "");
    List<SourceOverride> sources = new ArrayList<>();
    Entry src = top.entries().get("sources");
    if (src != null && !isNull(src.value())) {
      if (!(src.value() instanceof Sequence list)) {
        throw r.error(src.line(), "'sources' must be a list of entries, each with a 'glob'");
      }
      int n = 0;
      for (Node item : list.items()) {
        n++;
        String ctx = "sources[" + n + "]";
        if (!(item instanceof Mapping m)) {
          throw r.error(item.line(), ctx + " must be a mapping with a 'glob' and settings");
        }
        r.checkKeys(m, SOURCE_KEYS, ctx);
        Entry g = m.entries().get("glob");
        if (g == null) {
          throw r.error(m.line(), ctx + " has no 'glob' (e.g. glob: \"feeds/partner-*/**\")");
        }
        String glob = r.text(g, ctx + ".glob");
        SourceGlob compiled;
        try {
          compiled = SourceGlob.of(glob);
        } catch (IllegalArgumentException e) {
          throw r.error(g.line(), e.getMessage());
        }
        sources.add(new SourceOverride(compiled, r.settings(m, ctx + "."), where + ":" + g.line()));
      }
    }
    return new Config(where, directory, defaults, sources, r.references);
  }

  private Settings settings(Mapping m, String ctx) {
    Map<String, Boolean> rules = new LinkedHashMap<>();
    Map<Category, Boolean> categories = new EnumMap<>(Category.class);
    Map<Category, WeightChange> categoryWeights = new EnumMap<>(Category.class);
    Map<String, WeightChange> ruleWeights = new LinkedHashMap<>();
    OptionalDouble clean = OptionalDouble.empty();
    OptionalDouble garbled = OptionalDouble.empty();
    String thresholdsAt = "";
    List<String> names = new ArrayList<>();
    List<String> terms = new ArrayList<>();

    Entry e = m.entries().get("rules");
    if (e != null) {
      for (Entry r : mapping(e, ctx + "rules", "a mapping of rule id to on or off").entries().values()) {
        rules.put(ruleId(r), onOff(r, ctx + "rules." + r.key()));
      }
    }
    e = m.entries().get("categories");
    if (e != null) {
      for (Entry c : mapping(e, ctx + "categories", "a mapping of category to on or off").entries().values()) {
        categories.put(category(c), onOff(c, ctx + "categories." + c.key()));
      }
    }
    e = m.entries().get("weights");
    if (e != null) {
      Mapping w = mapping(e, ctx + "weights", "a mapping with 'categories' and/or 'rules'");
      checkKeys(w, WEIGHTS_KEYS, ctx + "weights");
      Entry wc = w.entries().get("categories");
      if (wc != null) {
        for (Entry c : mapping(wc, ctx + "weights.categories", "a mapping of category to {mt, spin}")
            .entries().values()) {
          categoryWeights.put(category(c), weight(c, ctx + "weights.categories." + c.key()));
        }
      }
      Entry wr = w.entries().get("rules");
      if (wr != null) {
        for (Entry r : mapping(wr, ctx + "weights.rules", "a mapping of rule id to {mt, spin}").entries().values()) {
          ruleWeights.put(ruleId(r), weight(r, ctx + "weights.rules." + r.key()));
        }
      }
    }
    e = m.entries().get("thresholds");
    if (e != null) {
      Mapping t = mapping(e, ctx + "thresholds", "a mapping with 'clean' and/or 'garbled'");
      checkKeys(t, THRESHOLD_KEYS, ctx + "thresholds");
      Entry c = t.entries().get("clean");
      if (c != null) {
        clean = OptionalDouble.of(number(c, ctx + "thresholds.clean", 0, 100));
      }
      Entry g = t.entries().get("garbled");
      if (g != null) {
        garbled = OptionalDouble.of(number(g, ctx + "thresholds.garbled", 0, 100));
      }
      if (clean.isPresent() && garbled.isPresent() && garbled.getAsDouble() > clean.getAsDouble()) {
        throw error(e.line(), ctx + "thresholds.garbled (" + fmt(garbled.getAsDouble())
            + ") must not be above thresholds.clean (" + fmt(clean.getAsDouble()) + ")");
      }
      thresholdsAt = where + ":" + e.line();
    }
    e = m.entries().get("accept");
    if (e != null) {
      Mapping a = mapping(e, ctx + "accept", "a mapping with 'names' and/or 'terms'");
      checkKeys(a, ACCEPT_KEYS, ctx + "accept");
      Entry n = a.entries().get("names");
      if (n != null) {
        names.addAll(texts(n, ctx + "accept.names"));
      }
      Entry t = a.entries().get("terms");
      if (t != null) {
        terms.addAll(texts(t, ctx + "accept.terms"));
      }
    }
    return new Settings(rules, categories, categoryWeights, ruleWeights, clean, garbled, thresholdsAt, names, terms);
  }

  private void checkKeys(Mapping m, Set<String> allowed, String ctx) {
    for (Entry e : m.entries().values()) {
      if (!allowed.contains(e.key())) {
        throw error(e.line(), "unknown key '" + e.key() + "'" + (ctx.isEmpty() ? "" : " in " + ctx)
            + " (allowed: " + sorted(allowed) + ")");
      }
    }
  }

  /** The value of {@code e} as a mapping; an empty value ({@code rules:} with nothing under it) is empty. */
  private Mapping mapping(Entry e, String ctx, String expected) {
    if (e.value() instanceof Mapping m) {
      return m;
    }
    if (isNull(e.value())) {
      return new Mapping(e.line(), Map.of());
    }
    throw error(e.line(), "'" + ctx + "' must be " + expected + ", not " + describe(e.value()));
  }

  private String ruleId(Entry e) {
    String id = e.key().strip();
    if (id.isEmpty()) {
      throw error(e.line(), "empty rule id");
    }
    references.add(new Config.RuleReference(id, where + ":" + e.line()));
    return id;
  }

  private Category category(Entry e) {
    try {
      return Category.parse(e.key());
    } catch (IllegalArgumentException ex) {
      throw error(e.line(), ex.getMessage());
    }
  }

  private boolean onOff(Entry e, String ctx) {
    if (e.value() instanceof Scalar s) {
      if (s.isBoolean()) {
        return s.token() == com.fasterxml.jackson.core.JsonToken.VALUE_TRUE;
      }
      String v = s.text().strip().toLowerCase(java.util.Locale.ROOT);
      if (v.equals("on") || v.equals("true")) {
        return true;
      }
      if (v.equals("off") || v.equals("false")) {
        return false;
      }
    }
    throw error(e.line(), ctx + " must be on or off, not " + describe(e.value()));
  }

  private WeightChange weight(Entry e, String ctx) {
    Mapping m = mapping(e, ctx, "a mapping like {mt: 0.3, spin: 0.1}");
    checkKeys(m, WEIGHT_KEYS, ctx);
    if (m.entries().isEmpty()) {
      throw error(e.line(), ctx + " sets neither 'mt' nor 'spin'");
    }
    Entry mt = m.entries().get("mt");
    Entry spin = m.entries().get("spin");
    return new WeightChange(
        mt == null ? OptionalDouble.empty() : OptionalDouble.of(number(mt, ctx + ".mt", 0, 1)),
        spin == null ? OptionalDouble.empty() : OptionalDouble.of(number(spin, ctx + ".spin", 0, 1)));
  }

  private double number(Entry e, String ctx, double min, double max) {
    String range = "a number from " + fmt(min) + " to " + fmt(max);
    if (e.value() instanceof Scalar s && s.isNumber()) {
      try {
        double v = Double.parseDouble(s.text().replace("_", ""));
        if (v >= min && v <= max) {
          return v;
        }
      } catch (NumberFormatException ex) {
        // falls through to the error below
      }
    }
    throw error(e.line(), ctx + " must be " + range + ", not " + describe(e.value()));
  }

  private String text(Entry e, String ctx) {
    if (e.value() instanceof Scalar s && !s.isNull() && !s.text().isBlank()) {
      return s.text();
    }
    throw error(e.line(), ctx + " must be a non-empty text, not " + describe(e.value()));
  }

  private List<String> texts(Entry e, String ctx) {
    if (isNull(e.value())) {
      return List.of();
    }
    if (!(e.value() instanceof Sequence list)) {
      throw error(e.line(), ctx + " must be a list, e.g. [\"Acme Daily\", \"Jo Bloggs\"], not " + describe(e.value()));
    }
    List<String> out = new ArrayList<>();
    for (Node n : list.items()) {
      if (!(n instanceof Scalar s) || s.isNull() || s.text().isBlank()) {
        throw error(n.line(), ctx + " must hold only non-empty texts, not " + describe(n));
      }
      out.add(s.text().strip());
    }
    return out;
  }

  private ConfigException error(int line, String message) {
    return new ConfigException(where, line, message);
  }

  private static boolean isNull(Node n) {
    return n instanceof Scalar s && s.isNull();
  }

  private static String describe(Node n) {
    if (n instanceof Mapping) {
      return "a mapping";
    }
    if (n instanceof Sequence) {
      return "a list";
    }
    Scalar s = (Scalar) n;
    return s.isNull() ? "nothing" : "'" + s.text() + "'";
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }

  private static String sorted(Set<String> keys) {
    return String.join(", ", new TreeSet<>(keys));
  }

  private static Set<String> union(Set<String> a, String b) {
    Set<String> s = new TreeSet<>(a);
    s.add(b);
    return Set.copyOf(s);
  }
}
