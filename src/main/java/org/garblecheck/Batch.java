package org.garblecheck;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import org.garblecheck.input.InputItem;
import org.garblecheck.input.InputProblem;
import org.garblecheck.input.Skipped;
import org.garblecheck.lang.LanguageGate;
import org.garblecheck.model.Article;
import org.garblecheck.model.ArticleReport;

/**
 * Scores a stream of input items on a fixed number of worker threads and hands each result to the caller's
 * consumer, on the calling thread, as soon as it may: in input order by default, or with {@link #unordered()}
 * the moment it is done (a slow article then holds back no others). Either way at most {@code 2 × jobs}
 * items are read ahead of the results handed back, so memory stays bounded however long the stream is. An
 * article that fails inside the pipeline becomes a problem result; the batch goes on. With a
 * {@link LanguageGate}, articles not in English are skipped (a result of their own).
 */
public final class Batch {
  private final Function<Article, ArticleReport> scorer;
  private final int jobs;
  private final LanguageGate languages;
  private final boolean ordered;

  /** Scores every article, whatever its language. */
  public Batch(GarbleCheck checker, int jobs) {
    this(checker, jobs, null);
  }

  /** @param languages skips articles this gate finds are not English; {@code null} scores all */
  public Batch(GarbleCheck checker, int jobs, LanguageGate languages) {
    this(checker::score, jobs, languages, true);
  }

  Batch(Function<Article, ArticleReport> scorer, int jobs, LanguageGate languages, boolean ordered) {
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be at least 1");
    }
    this.scorer = scorer;
    this.jobs = jobs;
    this.languages = languages;
    this.ordered = ordered;
  }

  /** The same batch, handing results back as they finish instead of in input order. */
  public Batch unordered() {
    return new Batch(scorer, jobs, languages, false);
  }

  /** How many items may be read ahead of the results handed back. */
  public int window() {
    return 2 * jobs;
  }

  public void run(Iterable<InputItem> items, Consumer<BatchResult> results) throws InterruptedException {
    if (jobs == 1) {
      for (InputItem item : items) {
        results.accept(scoreOne(item));
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
      Thread t = new Thread(r, "garblecheck-worker");
      t.setDaemon(true);
      return t;
    });
    try {
      if (ordered) {
        inOrder(pool, items, results);
      } else {
        asDone(pool, items, results);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private void inOrder(ExecutorService pool, Iterable<InputItem> items, Consumer<BatchResult> results)
      throws InterruptedException {
    Deque<Future<BatchResult>> inFlight = new ArrayDeque<>();
    for (InputItem item : items) {
      inFlight.add(pool.submit(() -> scoreOne(item)));
      while (inFlight.size() >= window() || (!inFlight.isEmpty() && inFlight.peek().isDone())) {
        results.accept(take(inFlight.poll()));
      }
    }
    while (!inFlight.isEmpty()) {
      results.accept(take(inFlight.poll()));
    }
  }

  private void asDone(ExecutorService pool, Iterable<InputItem> items, Consumer<BatchResult> results)
      throws InterruptedException {
    CompletionService<BatchResult> done = new ExecutorCompletionService<>(pool);
    int inFlight = 0;
    for (InputItem item : items) {
      done.submit(() -> scoreOne(item));
      inFlight++;
      if (inFlight >= window()) {
        results.accept(take(done.take()));
        inFlight--;
      }
      for (Future<BatchResult> f = done.poll(); f != null; f = done.poll()) {
        results.accept(take(f));
        inFlight--;
      }
    }
    for (; inFlight > 0; inFlight--) {
      results.accept(take(done.take()));
    }
  }

  private BatchResult scoreOne(InputItem item) {
    if (item.problem().isPresent()) {
      return BatchResult.of(item.problem().get());
    }
    Article a = item.article().orElseThrow();
    try {
      if (languages != null) {
        var skip = languages.skipReason(a);
        if (skip.isPresent()) {
          return BatchResult.of(new Skipped(a.source(), skip.get()));
        }
      }
      return BatchResult.of(scorer.apply(a));
    } catch (RuntimeException e) {
      return BatchResult.of(new InputProblem(a.source(), "could not be scored: " + e));
    }
  }

  private static BatchResult take(Future<BatchResult> f) throws InterruptedException {
    try {
      return f.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("worker failed", e.getCause());
    }
  }
}
