package org.garblecheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.garblecheck.analysis.AnalyzedArticle;
import org.garblecheck.analysis.Analyzer;
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
 * The library facade: build once, then call {@link #score(Article)} from any number of threads. Each
 * thread gets its own {@link JLanguageTool} and passes (LanguageTool is not thread-safe); the rule book and
 * scoring data are shared and immutable.
 *
 * <pre>{@code
 * GarbleCheck gc = GarbleCheck.builder().build();
 * ArticleReport r = gc.score(Article.of("story", "Title", text));
 * }</pre>
 *
 * <p>This is not a command-line entry point; see {@code org.garblecheck.cli.Main} for that.
 */
public final class GarbleCheck {
  private final RuleBook rules;
  private final Language language;
  private final List<PassFactory> passes;
  private final ScoringData scoring;
  private final Scorer scorer;
  private final ThreadLocal<Worker> workers;

  private GarbleCheck(Builder b) {
    this.rules = b.rules != null ? b.rules : RuleBook.bundled();
    this.language = Languages.getLanguageForShortCode(rules.languageTool().language());
    this.passes = List.copyOf(b.passes);
    this.scoring = b.scoring != null ? b.scoring : rules.scoring();
    this.scorer = new Scorer(scoring);
    this.workers = ThreadLocal.withInitial(this::newWorker);
    workers.get();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Checks one article. Thread-safe. */
  public ArticleReport score(Article article) {
    Worker w = workers.get();
    AnalyzedArticle analyzed = w.analyzer.analyze(article);
    List<Finding> findings = new ArrayList<>();
    for (Pass p : w.passes) {
      try {
        p.run(analyzed, (id, category, severity, span, message, suggestions) -> {
          ScoringData.Weight wt = scoring.weightOf(id, category);
          findings.add(new Finding(id, category, severity, span, message, suggestions, wt.mt(), wt.spin()));
        });
      } catch (IOException e) {
        throw new UncheckedIOException("pass " + p.name() + " failed", e);
      }
    }
    return scorer.score(analyzed, dedupe(findings));
  }

  /** Segments and analyses an article without running any pass (for tools that need the sentences). */
  public AnalyzedArticle analyze(Article article) {
    return workers.get().analyzer.analyze(article);
  }

  public RuleBook rules() {
    return rules;
  }

  public Scorer scorer() {
    return scorer;
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
    return new Worker(new Analyzer(lt), List.copyOf(made));
  }

  private record Worker(Analyzer analyzer, List<Pass> passes) {}

  /** Configures a {@link GarbleCheck}. */
  public static final class Builder {
    private RuleBook rules;
    private ScoringData scoring;
    private final List<PassFactory> passes = new ArrayList<>(StandardPasses.all());

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

    /** Adds a pass to the standard ones. */
    public Builder addPass(PassFactory pass) {
      passes.add(Objects.requireNonNull(pass));
      return this;
    }

    /** Replaces the passes (for tests and tools that run one pass alone). */
    public Builder passes(List<PassFactory> only) {
      passes.clear();
      passes.addAll(only);
      return this;
    }

    public GarbleCheck build() {
      return new GarbleCheck(this);
    }
  }
}
