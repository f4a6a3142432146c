package org.garblecheck.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.garblecheck.GarbleCheck;
import org.garblecheck.model.Article;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;

/**
 * Measures, in one run on the same articles and thread counts: the garblecheck pipeline, LanguageTool's
 * default English check ({@code JLanguageTool.check} with all default rules) and LanguageTool's analysis
 * alone ({@code JLanguageTool.analyzeText}: splitting, tagging, disambiguation — the floor any pipeline
 * built on LanguageTool pays). Each subject gets one private, warmed-up worker per thread; then every
 * thread takes articles from a shared counter until each article has been processed {@code rounds} times.
 */
public final class Benchmark {
  /** Something that processes one article on a thread-confined worker. */
  interface Worker {
    void process(Article a) throws IOException;
  }

  private final List<Article> articles;
  private final int rounds;
  private final int warmup;

  public Benchmark(List<Article> articles, int rounds, int warmup) {
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("no articles to measure");
    }
    this.articles = List.copyOf(articles);
    this.rounds = rounds;
    this.warmup = warmup;
  }

  public Throughput garblecheck(GarbleCheck gc, int threads) throws InterruptedException {
    return measure("garblecheck pipeline", threads, () -> gc::score);
  }

  public Throughput languageToolDefault(int threads) throws InterruptedException {
    Language en = Languages.getLanguageForShortCode("en-US");
    return measure("LanguageTool default check", threads, () -> {
      JLanguageTool lt = new JLanguageTool(en);
      return a -> lt.check(a.text());
    });
  }

  public Throughput languageToolAnalysis(int threads) throws InterruptedException {
    Language en = Languages.getLanguageForShortCode("en-US");
    return measure("LanguageTool analyzeText alone", threads, () -> {
      JLanguageTool lt = new JLanguageTool(en);
      return a -> lt.analyzeText(a.text());
    });
  }

  /** Peak heap use so far, summed over the heap memory pools, in bytes. */
  public static long peakHeapBytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  private Throughput measure(String subject, int threads, java.util.function.Supplier<Worker> make)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Worker>> made = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        made.add(pool.submit(() -> {
          Worker w = make.get();
          for (int i = 0; i < warmup; i++) {
            w.process(articles.get(i % articles.size()));
          }
          return w;
        }));
      }
      List<Worker> workers = new ArrayList<>();
      for (Future<Worker> f : made) {
        workers.add(get(f));
      }
      int total = articles.size() * rounds;
      AtomicInteger next = new AtomicInteger();
      long chars = 0;
      for (int i = 0; i < total; i++) {
        chars += articles.get(i % articles.size()).text().length();
      }
      long start = System.nanoTime();
      List<Future<?>> running = new ArrayList<>();
      for (Worker w : workers) {
        running.add(pool.submit(() -> {
          for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
            try {
              w.process(articles.get(i % articles.size()));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
          return null;
        }));
      }
      for (Future<?> f : running) {
        get(f);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      return new Throughput(subject, threads, total, chars, seconds);
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> T get(Future<T> f) throws InterruptedException {
    try {
      return f.get();
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("benchmark worker failed: " + e.getCause(), e.getCause());
    }
  }

  /** Runs {@code each} for every subject and thread count, in a fixed order. */
  public void runAll(GarbleCheck gc, List<Integer> threadCounts, Consumer<Throughput> each)
      throws InterruptedException {
    for (int t : threadCounts) {
      each.accept(garblecheck(gc, t));
      each.accept(languageToolDefault(t));
      each.accept(languageToolAnalysis(t));
    }
  }
}
