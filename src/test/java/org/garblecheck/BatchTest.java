package org.garblecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.garblecheck.input.InputItem;
import org.garblecheck.input.InputProblem;
import org.garblecheck.model.Article;
import org.garblecheck.model.ArticleReport;
import org.garblecheck.model.Verdict;
import org.junit.jupiter.api.Test;

/** Ordered and unordered batches: every item reported once, the read-ahead window, failures per item. */
class BatchTest {
  /** A report that only carries its article: the batch never looks inside. */
  static ArticleReport report(Article a) {
    return new ArticleReport(a, List.of(), List.of(), List.of(), 100, Verdict.CLEAN);
  }

  static InputItem item(int i) {
    return InputItem.of(new Article("a" + i, "a" + i, "", "text " + i, Optional.empty()));
  }

  /** Items 0..n-1, counting how many the batch has taken from the stream. */
  static final class Counted implements Iterable<InputItem> {
    final int n;
    final AtomicInteger taken = new AtomicInteger();

    Counted(int n) {
      this.n = n;
    }

    @Override
    public Iterator<InputItem> iterator() {
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return taken.get() < n;
        }

        @Override
        public InputItem next() {
          return item(taken.getAndIncrement());
        }
      };
    }
  }

  static String name(BatchResult r) {
    return r.report().map(x -> x.article().source())
        .orElseGet(() -> r.problem().map(p -> "problem " + p.source()).orElseThrow());
  }

  /** Scores with a small delay that differs from item to item, so that items finish out of order. */
  static final Function<Article, ArticleReport> JITTERY = a -> {
    int i = Integer.parseInt(a.source().substring(1));
    try {
      Thread.sleep((i * 7) % 5);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return report(a);
  };

  @Test
  void orderedBatchReportsEveryItemInInputOrderWithinTheWindow() throws InterruptedException {
    Batch batch = new Batch(JITTERY, 3, null, true);
    Counted items = new Counted(200);
    List<String> seen = new ArrayList<>();
    int[] maxAhead = {0};
    batch.run(items, r -> {
      seen.add(name(r));
      maxAhead[0] = Math.max(maxAhead[0], items.taken.get() - seen.size() + 1);
    });
    assertEquals(IntStream.range(0, 200).mapToObj(i -> "a" + i).toList(), seen);
    assertTrue(maxAhead[0] <= batch.window(), "read ahead " + maxAhead[0] + " > window " + batch.window());
  }

  @Test
  void unorderedBatchReportsEveryItemOnceWithinTheWindow() throws InterruptedException {
    Batch batch = new Batch(JITTERY, 3, null, true).unordered();
    Counted items = new Counted(200);
    List<String> seen = new ArrayList<>();
    int[] maxAhead = {0};
    batch.run(items, r -> {
      seen.add(name(r));
      maxAhead[0] = Math.max(maxAhead[0], items.taken.get() - seen.size() + 1);
    });
    assertEquals(200, seen.size());
    assertEquals(IntStream.range(0, 200).mapToObj(i -> "a" + i).toList(), seen.stream().sorted(
        (x, y) -> Integer.compare(Integer.parseInt(x.substring(1)), Integer.parseInt(y.substring(1)))).toList());
    assertEquals(6, batch.window());
    assertTrue(maxAhead[0] <= batch.window(), "read ahead " + maxAhead[0] + " > window " + batch.window());
  }

  @Test
  void unorderedBatchDoesNotWaitForASlowItem() throws InterruptedException {
    CountDownLatch laterOnesReported = new CountDownLatch(3);
    Function<Article, ArticleReport> slowFirst = a -> {
      if (a.source().equals("a0")) {
        try {
          // released by the consumer once three later items came back; the timeout only keeps a broken
          // batch (one that waits for item 0) from hanging the test
          laterOnesReported.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return report(a);
    };
    List<String> seen = new ArrayList<>();
    new Batch(slowFirst, 2, null, true).unordered().run(new Counted(10), r -> {
      seen.add(name(r));
      if (!name(r).equals("a0")) {
        laterOnesReported.countDown();
      }
    });
    assertEquals(10, seen.size());
    assertTrue(seen.indexOf("a0") >= 3, "the slow first item came back before later ones: " + seen);
  }

  @Test
  void failuresAndUnreadableItemsAreResultsInBothModes() throws InterruptedException {
    Function<Article, ArticleReport> failOnOdd = a -> {
      if (Integer.parseInt(a.source().substring(1)) % 2 == 1) {
        throw new IllegalStateException("boom");
      }
      return report(a);
    };
    List<InputItem> items = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      items.add(item(i));
    }
    items.add(InputItem.of(new InputProblem("missing.txt", "no such file or directory")));
    for (boolean ordered : new boolean[] {true, false}) {
      for (int jobs : new int[] {1, 2}) {
        Batch b = new Batch(failOnOdd, jobs, null, true);
        List<BatchResult> out = new ArrayList<>();
        (ordered ? b : b.unordered()).run(items, out::add);
        assertEquals(7, out.size());
        assertEquals(3, out.stream().filter(r -> r.report().isPresent()).count());
        assertEquals(4, out.stream().filter(r -> r.problem().isPresent()).count());
        assertTrue(out.stream().flatMap(r -> r.problem().stream())
            .anyMatch(p -> p.source().equals("a1") && p.reason().contains("could not be scored")));
      }
    }
  }
}
