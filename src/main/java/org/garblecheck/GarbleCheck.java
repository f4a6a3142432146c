package org.garblecheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.LongAdder;
import org.garblecheck.analysis.AnalyzedArticle;
import org.garblecheck.analysis.Analyzer;
import org.garblecheck.baseline.Baseline;
import org.garblecheck.config.Config;
import org.garblecheck.config.EffectiveSettings;
import org.garblecheck.config.SettingsResolver;
import org.garblecheck.model.Article;
import org.garblecheck.model.ArticleReport;
import org.garblecheck.model.Category;
import org.garblecheck.model.Finding;
import org.garblecheck.pass.Pass;
import org.garblecheck.pass.PassFactory;
import org.garblecheck.pass.StandardPasses;
import org.garblecheck.rule.RuleBook;
import org.garblecheck.rule.ScoringData;
import org.garblecheck.score.Scorer;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;

/**
 * The library facade: build once, then call {@link #score(Article)} from any number of threads. Each call
 * borrows a worker (its own {@link JLanguageTool} and passes, since LanguageTool is not thread-safe) from a
 * pool that grows to the number of concurrent callers and is reused afterwards; the rule book and scoring
 * data are shared and immutable.
 *
 * <pre>{@code
 * GarbleCheck gc = GarbleCheck.builder().build();
 * ArticleReport r = gc.score(Article.of("story", "Title", text));
 * }</pre>
 *
 * <p>A {@link Config} ({@code garblecheck.yml}) switches rules off, changes weights and thresholds,
 * accepts names and terms, per source path glob; a {@link Baseline} removes findings already known, so
 * that only new damage is reported and scored. Both apply inside {@link #score(Article)}.
 *
 * <p>This is not a command-line entry point; see {@code org.garblecheck.cli.Main} for that.
 */
public final class GarbleCheck {
  private final RuleBook rules;
  private final Language language;
  private final List<PassFactory> passes;
  private final Set<String> ruleIds;
  private final SettingsResolver settings;
  private final Baseline baseline;
  private final LongAdder suppressed = new LongAdder();
  private final ConcurrentLinkedQueue<Worker> idle = new ConcurrentLinkedQueue<>();

  private GarbleCheck(Builder b) {
    // what the first article needs besides LanguageTool's rules is loaded meanwhile on another thread
    Preloader preload = new Preloader();
    if (b.standardPasses) {
      preload.models();
    }
    this.rules = b.rules != null ? b.rules : RuleBook.bundled();
    this.language = Languages.getLanguageForShortCode(rules.languageTool().language());
    preload.analysis(language);
    if (b.standardPasses) {
      preload.spellers(language);
    }
    this.passes = List.copyOf(b.passes);
    this.baseline = b.baseline;
    Worker first = newWorker();
    if (b.standardPasses) {
      preload.speller(first.languageTool());
    }
    preload.done();
    idle.add(first);
    ScoringData scoring = b.scoring != null ? b.scoring : rules.scoring();
    this.ruleIds = knownRuleIds(first.languageTool());
    this.settings = SettingsResolver.of(b.config, scoring, ruleIds);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Checks one article. Thread-safe. */
  public ArticleReport score(Article article) {
    Worker w = borrow();
    try {
      return score(w, article);
    } finally {
      idle.add(w);
    }
  }

  private ArticleReport score(Worker w, Article article) {
    EffectiveSettings eff = settings.forSource(article.source());
    AnalyzedArticle analyzed = w.analyzer.analyze(article);
    List<Finding> findings = new ArrayList<>();
    for (Pass p : w.passes) {
      try {
        p.run(analyzed, (id, category, severity, span, message, suggestions, strength) -> {
          if (!eff.enabled(id, category)) {
            return;
          }
          ScoringData.Weight wt = eff.weightOf(id, category);
          findings.add(new Finding(id, category, severity, span, message, suggestions, 0, 0, strength)
              .withWeights(wt.mt(), wt.spin()));
        });
      } catch (IOException e) {
        throw new UncheckedIOException("pass " + p.name() + " failed", e);
      }
    }
    List<Finding> kept = eff.accepted().filter(article.text(), dedupe(findings));
    if (baseline != null) {
      List<Finding> fresh = baseline.newFindings(article.source(), article.text(), analyzed.sentences(), kept);
      suppressed.add(kept.size() - fresh.size());
      kept = fresh;
    }
    return eff.scorer().score(analyzed, kept);
  }

  /** The settings the configuration gives an article with this source. */
  public EffectiveSettings settingsFor(String source) {
    return settings.forSource(source);
  }

  /** How many findings the baseline has kept out of reports so far (0 without a baseline). */
  public long suppressedByBaseline() {
    return suppressed.sum();
  }

  /** Segments and analyses an article without running any pass (for tools that need the sentences). */
  public AnalyzedArticle analyze(Article article) {
    Worker w = borrow();
    try {
      return w.analyzer.analyze(article);
    } finally {
      idle.add(w);
    }
  }

  /** An idle worker, or a new one when all are busy: there are never more workers than concurrent calls. */
  private Worker borrow() {
    Worker w = idle.poll();
    return w != null ? w : newWorker();
  }

  public RuleBook rules() {
    return rules;
  }

  /** The scorer for articles that no {@code sources:} entry of the configuration matches. */
  public Scorer scorer() {
    return settings.defaults().scorer();
  }

  /** Every rule id a finding can carry (the rule book's and LanguageTool's), sorted. */
  public Set<String> ruleIds() {
    return ruleIds;
  }

  private Set<String> knownRuleIds(JLanguageTool lt) {
    Set<String> ids = new TreeSet<>(rules.rules().keySet());
    lt.getAllRules().forEach(r -> ids.add(r.getId()));
    return java.util.Collections.unmodifiableSet(ids);
  }

  /**
   * Keeps one finding per rule and span. A generic unknown-word finding (category spelling) gives way to a
   * more specific diagnosis of the same word (category word or name: "annexationa" is a broken word, "putin"
   * a lower-cased name), so that one damaged word is not counted twice.
   */
  private static List<Finding> dedupe(List<Finding> findings) {
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(Finding.ORDER);
    List<Finding> specific = sorted.stream()
        .filter(f -> f.category() == Category.WORD || f.category() == Category.NAME).toList();
    List<Finding> out = new ArrayList<>(sorted.size());
    for (Finding f : sorted) {
      Finding last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && last.ruleId().equals(f.ruleId()) && last.span().equals(f.span())) {
        continue;
      }
      if (f.category() == Category.SPELLING && specific.stream().anyMatch(s -> s.span().contains(f.span()))) {
        continue;
      }
      out.add(f);
    }
    return out;
  }

  private Worker newWorker() {
    JLanguageTool lt = new JLanguageTool(language);
    List<Pass> made = new ArrayList<>();
    try {
      for (PassFactory f : passes) {
        made.add(f.create(lt, rules));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot set up the passes", e);
    }
    return new Worker(lt, new Analyzer(lt), List.copyOf(made));
  }

  /** LanguageTool's description of one of its rules (e.g. for the rule list of a SARIF report). */
  public Optional<String> describeLanguageToolRule(String ruleId) {
    Worker w = borrow();
    try {
      return w.languageTool.getAllRules().stream().filter(r -> r.getId().equals(ruleId))
          .map(org.languagetool.rules.Rule::getDescription).filter(d -> d != null && !d.isBlank()).findFirst();
    } finally {
      idle.add(w);
    }
  }

  private record Worker(JLanguageTool languageTool, Analyzer analyzer, List<Pass> passes) {}

  /** Configures a {@link GarbleCheck}. */
  public static final class Builder {
    private RuleBook rules;
    private ScoringData scoring;
    private Config config = Config.none();
    private Baseline baseline;
    private final List<PassFactory> passes = new ArrayList<>(StandardPasses.all());
    /** Whether the standard passes run (then their models and spellers are preloaded). */
    private boolean standardPasses = true;

    private Builder() {}

    /** Uses these rules instead of the ones bundled in the jar. */
    public Builder rules(RuleBook rules) {
      this.rules = Objects.requireNonNull(rules);
      return this;
    }

    /** Scores articles with this model instead of the rule book's. */
    public Builder scoring(ScoringData scoring) {
      this.scoring = Objects.requireNonNull(scoring);
      return this;
    }

    /**
     * Applies a configuration ({@code garblecheck.yml}). {@link #build()} fails with a
     * {@link org.garblecheck.config.ConfigException} when it names a rule that does not exist.
     */
    public Builder config(Config config) {
      this.config = Objects.requireNonNull(config);
      return this;
    }

    /**
     * Leaves out findings recorded in this baseline: they are neither reported nor scored, so an article's
     * score and verdict reflect only new damage.
     */
    public Builder baseline(Baseline baseline) {
      this.baseline = Objects.requireNonNull(baseline);
      return this;
    }

    /** Adds a pass to the standard ones. */
    public Builder addPass(PassFactory pass) {
      passes.add(Objects.requireNonNull(pass));
      return this;
    }

    /** Replaces the passes (for tests and tools that run one pass alone). */
    public Builder passes(List<PassFactory> only) {
      passes.clear();
      passes.addAll(only);
      standardPasses = false;
      return this;
    }

    public GarbleCheck build() {
      return new GarbleCheck(this);
    }
  }
}
