package org.garblecheck.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.garblecheck.GarbleCheck;
import org.garblecheck.model.Article;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;

/**
 * Measures, in one run on the same articles and thread counts: the garblecheck pipeline, LanguageTool's
 * default English check ({@code JLanguageTool.check} with all default rules) and LanguageTool's analysis
 * alone ({@code JLanguageTool.analyzeText}: splitting, tagging, disambiguation — the floor any pipeline
 * built on LanguageTool pays).
 *
 * <p>Each subject gets one private worker per thread, warmed up on {@code warmup} articles, and untimed
 * rounds follow until the JIT compiler is quiet. Then the subjects take turns: in each round every subject processes every article once (the threads take
 * articles from a shared counter), and the order of the subjects rotates from round to round. So a burst
 * of load from another process, or the JIT compiler still improving code the subjects share, falls on all
 * of them alike instead of on whichever happened to be measured first.
 */
public final class Benchmark {
  /** Something that processes one article on a thread-confined worker. */
  public interface Worker {
    void process(Article a) throws IOException;
  }

  /** A thing to measure: its name and a way to make one worker per thread. */
  public record Subject(String name, Supplier<Worker> workers) {}

  /** The JIT compiler counts as quiet when it compiles for less than this share of a round's time. */
  static final double QUIET_JIT = 0.05;

  private final List<Article> articles;
  private final int rounds;
  private final int warmup;
  private final int maxSettleRounds;
  private int settleRounds;
  private double lastJitShare = Double.NaN;

  /**
   * @param warmup articles each worker processes right after it is made
   * @param maxSettleRounds then at most this many untimed rounds of all subjects, until the JIT is quiet
   */
  public Benchmark(List<Article> articles, int rounds, int warmup, int maxSettleRounds) {
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("no articles to measure");
    }
    this.articles = List.copyOf(articles);
    this.rounds = rounds;
    this.warmup = warmup;
    this.maxSettleRounds = maxSettleRounds;
  }

  /** The garblecheck pipeline: {@link GarbleCheck#score}, which keeps one worker per calling thread. */
  public static Subject garblecheck(GarbleCheck gc) {
    return new Subject("garblecheck pipeline", () -> gc::score);
  }

  /** LanguageTool's default English check, one {@link JLanguageTool} per thread. */
  public static Subject languageToolDefault() {
    Language en = Languages.getLanguageForShortCode("en-US");
    return new Subject("LanguageTool default check", () -> {
      JLanguageTool lt = new JLanguageTool(en);
      return a -> lt.check(a.text());
    });
  }

  /** LanguageTool's analysis alone, one {@link JLanguageTool} per thread. */
  public static Subject languageToolAnalysis() {
    Language en = Languages.getLanguageForShortCode("en-US");
    return new Subject("LanguageTool analyzeText alone", () -> {
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

  /** Measures the subjects on {@code threads} threads, taking turns; one result per subject, same order. */
  public List<Throughput> measure(List<Subject> subjects, int threads) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<List<Worker>> workers = new ArrayList<>();
      for (Subject s : subjects) {
        workers.add(warmedUp(pool, s, threads));
      }
      settle(pool, workers);
      long perRound = articles.stream().mapToLong(a -> a.text().length()).sum();
      long[] nanos = new long[subjects.size()];
      AtomicLong[] cpu = new AtomicLong[subjects.size()];
      for (int s = 0; s < cpu.length; s++) {
        cpu[s] = new AtomicLong();
      }
      for (int r = 0; r < rounds; r++) {
        for (int k = 0; k < subjects.size(); k++) {
          int s = (r + k) % subjects.size();
          nanos[s] += once(pool, workers.get(s), cpu[s]);
        }
      }
      List<Throughput> out = new ArrayList<>();
      for (int s = 0; s < subjects.size(); s++) {
        out.add(new Throughput(subjects.get(s).name(), threads, articles.size() * rounds, perRound * rounds,
            nanos[s] / 1e9, cpu[s].get() / 1e9));
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Untimed rounds of every subject until the JIT compiler is quiet: until it compiled for less than
   * {@value #QUIET_JIT} of a round's time, at most {@code maxSettleRounds} rounds. On a 2-core machine the
   * compiler otherwise takes a core from the measured threads long after the first pass over the articles
   * (LanguageTool and the passes are a lot of code), and whichever subject is measured first pays for it.
   */
  private void settle(ExecutorService pool, List<List<Worker>> workers) throws InterruptedException {
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    settleRounds = 0;
    lastJitShare = Double.NaN;
    if (jit == null || !jit.isCompilationTimeMonitoringSupported()) {
      return;
    }
    while (settleRounds < maxSettleRounds) {
      long compiled = jit.getTotalCompilationTime();
      long start = System.nanoTime();
      for (List<Worker> w : workers) {
        once(pool, w, new AtomicLong());
      }
      settleRounds++;
      double ms = (System.nanoTime() - start) / 1e6;
      lastJitShare = (jit.getTotalCompilationTime() - compiled) / ms;
      if (lastJitShare < QUIET_JIT) {
        return;
      }
    }
  }

  /** Untimed rounds run before the last measurement to let the JIT compiler settle. */
  public int settleRounds() {
    return settleRounds;
  }

  /** JIT compile time as a share of the last untimed round's time (NaN when not measured). */
  public double lastJitShare() {
    return lastJitShare;
  }

  private List<Worker> warmedUp(ExecutorService pool, Subject s, int threads) throws InterruptedException {
    List<Future<Worker>> made = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      made.add(pool.submit(() -> {
        Worker w = s.workers().get();
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
    return workers;
  }

  /**
   * Every article once, on all workers taking articles from a shared counter; the elapsed nanoseconds. The
   * workers' own CPU time (where the JVM can tell) is added to {@code cpu}.
   */
  private long once(ExecutorService pool, List<Worker> workers, AtomicLong cpu) throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    ThreadMXBean threadTimes = ManagementFactory.getThreadMXBean();
    long start = System.nanoTime();
    List<Future<?>> running = new ArrayList<>();
    for (Worker w : workers) {
      running.add(pool.submit(() -> {
        long cpuStart = threadTimes.getCurrentThreadCpuTime();
        for (int i = next.getAndIncrement(); i < articles.size(); i = next.getAndIncrement()) {
          try {
            w.process(articles.get(i));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
        if (cpuStart >= 0) {
          cpu.addAndGet(threadTimes.getCurrentThreadCpuTime() - cpuStart);
        }
        return null;
      }));
    }
    for (Future<?> f : running) {
      get(f);
    }
    return System.nanoTime() - start;
  }

  private static <T> T get(Future<T> f) throws InterruptedException {
    try {
      return f.get();
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("benchmark worker failed: " + e.getCause(), e.getCause());
    }
  }
}
