package org.garblecheck;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.garblecheck.input.InputItem;
import org.garblecheck.input.InputProblem;
import org.garblecheck.input.Skipped;
import org.garblecheck.lang.LanguageGate;
import org.garblecheck.model.Article;

/**
 * Scores a stream of input items on a fixed number of worker threads and hands the results back in input
 * order as soon as each is ready. At most {@code 2 × jobs} items are in flight, so memory stays bounded
 * however long the stream is. An article that fails inside the pipeline becomes a problem result; the
 * batch goes on. With a {@link LanguageGate}, articles not in English are skipped (a result of their own).
 */
public final class Batch {
  private final GarbleCheck checker;
  private final int jobs;
  private final LanguageGate languages;

  /** Scores every article, whatever its language. */
  public Batch(GarbleCheck checker, int jobs) {
    this(checker, jobs, null);
  }

  /** @param languages skips articles this gate finds are not English; {@code null} scores all */
  public Batch(GarbleCheck checker, int jobs, LanguageGate languages) {
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be at least 1");
    }
    this.checker = checker;
    this.jobs = jobs;
    this.languages = languages;
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
      Deque<Future<BatchResult>> inFlight = new ArrayDeque<>();
      for (InputItem item : items) {
        inFlight.add(pool.submit(() -> scoreOne(item)));
        while (inFlight.size() >= 2 * jobs || (!inFlight.isEmpty() && inFlight.peek().isDone())) {
          results.accept(take(inFlight.poll()));
        }
      }
      while (!inFlight.isEmpty()) {
        results.accept(take(inFlight.poll()));
      }
    } finally {
      pool.shutdownNow();
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
      return BatchResult.of(checker.score(a));
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
