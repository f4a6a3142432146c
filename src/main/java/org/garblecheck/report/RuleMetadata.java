package org.garblecheck.report;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.garblecheck.model.Category;
import org.garblecheck.model.Severity;
import org.garblecheck.rule.RuleBook;
import org.garblecheck.rule.RuleDefinition;
import org.garblecheck.rule.RuleExample;

/**
 * What reports say about rules: our own rule definitions (known before the run) and a way to describe a rule
 * id that only shows up in findings, such as a LanguageTool rule.
 */
public final class RuleMetadata {
  /** One rule as reports describe it. */
  public record RuleInfo(String id, Category category, Severity severity, String description, String help) {
    public RuleInfo {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(category, "category");
      Objects.requireNonNull(severity, "severity");
      Objects.requireNonNull(description, "description");
      Objects.requireNonNull(help, "help");
    }
  }

  private final Map<String, RuleInfo> known;
  private final Function<String, Optional<String>> external;

  private RuleMetadata(Map<String, RuleInfo> known, Function<String, Optional<String>> external) {
    this.known = known;
    this.external = external;
  }

  public static RuleMetadata none() {
    return new RuleMetadata(Map.of(), id -> Optional.empty());
  }

  /** Our rules in rule-book order, described by their message and an example. */
  public static RuleMetadata of(RuleBook book, Function<String, Optional<String>> external) {
    Map<String, RuleInfo> m = new LinkedHashMap<>();
    for (RuleDefinition d : book.rules().values()) {
      m.put(d.id(), new RuleInfo(d.id(), d.category(), d.severity(), d.message(), help(d)));
    }
    return new RuleMetadata(m, external);
  }

  /** For tests and embedders: exactly these rules, in this order. */
  public static RuleMetadata of(Collection<RuleInfo> rules, Function<String, Optional<String>> external) {
    Map<String, RuleInfo> m = new LinkedHashMap<>();
    rules.forEach(r -> m.put(r.id(), r));
    return new RuleMetadata(m, external);
  }

  public Collection<RuleInfo> known() {
    return known.values();
  }

  public Optional<RuleInfo> rule(String id) {
    return Optional.ofNullable(known.get(id));
  }

  /** A description of a rule we do not define ourselves (e.g. a LanguageTool rule), if one is known. */
  public Optional<String> describeExternal(String id) {
    return external.apply(id);
  }

  private static String help(RuleDefinition d) {
    StringBuilder b = new StringBuilder(d.message());
    RuleExample bad = d.bad().get(0);
    b.append(" Flagged: \u201c").append(plain(bad)).append("\u201d");
    d.good().stream().findFirst()
        .ifPresent(g -> b.append(" Not flagged: \u201c").append(plain(g)).append("\u201d"));
    return b.toString();
  }

  /** The example on one line, with the marked span in [brackets]. */
  private static String plain(RuleExample e) {
    String t = e.text();
    if (e.marker().isPresent()) {
      var m = e.marker().get();
      t = t.substring(0, m.start()) + "[" + m.of(t) + "]" + t.substring(m.end());
    }
    return t.replaceAll("\\s+", " ").strip();
  }
}
