package org.garblecheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.garblecheck.analysis.AnalyzedArticle;
import org.garblecheck.analysis.Analyzer;
import org.garblecheck.model.Article;
import org.garblecheck.model.ArticleReport;
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
 * <p>This is not a command-line entry point; see {@code org.garblecheck.cli.Main} for that.
 */
public final class GarbleCheck {
  private final RuleBook rules;
  private final Language language;
  private final List<PassFactory> passes;
  private final ScoringData scoring;
  private final Scorer scorer;
  private final ConcurrentLinkedQueue<Worker> idle = new ConcurrentLinkedQueue<>();

  private GarbleCheck(Builder b) {
    this.rules = b.rules != null ? b.rules : RuleBook.bundled();
    this.language = Languages.getLanguageForShortCode(rules.languageTool().language());
    this.passes = List.copyOf(b.passes);
    this.scoring = b.scoring != null ? b.scoring : rules.scoring();
    this.scorer = new Scorer(scoring);
    idle.add(newWorker());
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

  public Scorer scorer() {
    return scorer;
  }

  /** Keeps one finding per rule and span. */
  private static List<Finding> dedupe(List<Finding> findings) {
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(Finding.ORDER);
    List<Finding> out = new ArrayList<>(sorted.size());
    for (Finding f : sorted) {
      Finding last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && last.ruleId().equals(f.ruleId()) && last.span().equals(f.span())) {
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
