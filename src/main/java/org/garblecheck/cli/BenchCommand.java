package org.garblecheck.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.garblecheck.Batch;
import org.garblecheck.GarbleCheck;
import org.garblecheck.bench.Benchmark;
import org.garblecheck.bench.Throughput;
import org.garblecheck.input.InputItem;
import org.garblecheck.input.Inputs;
import org.garblecheck.model.Article;

/** {@code garblecheck bench}: throughput against LanguageTool, measured in one run, and batch heap use. */
final class BenchCommand implements Command {
  @Override
  public String name() {
    return "bench";
  }

  @Override
  public String summary() {
    return "measure throughput against LanguageTool's default check and its analysis alone";
  }

  @Override
  public String arguments() {
    return "[options] [PATH...]   (default PATH: corpus/clean)";
  }

  @Override
  public Options options() {
    return new Options()
        .addOption(Option.builder("t").longOpt("threads").hasArg().argName("LIST")
            .desc("thread counts to measure, comma-separated (default 1,2). Example: -t 1,2,4").build())
        .addOption(Option.builder().longOpt("rounds").hasArg().argName("N")
            .desc("rounds per thread count (default 3): in each round every subject processes every article"
                + " once, the subjects taking turns in an order that rotates from round to round, so that load"
                + " from other processes falls on all of them alike. Example: --rounds 5").build())
        .addOption(Option.builder().longOpt("warmup").hasArg().argName("N")
            .desc("articles each worker processes before timing starts (default: all of them once, so the JIT is warm)").build())
        .addOption(Option.builder().longOpt("settle").hasArg().argName("N")
            .desc("after the warm-up, at most N untimed rounds of all subjects until the JIT compiler is quiet"
                + " (compiling less than 5% of the time; default 4, 0 for none). Example: --settle 0").build())
        .addOption(Option.builder().longOpt("only").hasArg().argName("SUBJECT")
            .desc("measure one subject: garblecheck, lt-check or lt-analysis (default: all three)").build())
        .addOption(Option.builder().longOpt("batch").hasArg().argName("N")
            .desc("instead, stream N articles (cycling over the inputs) through the batch scorer with the first"
                + " thread count and report time and peak heap; run under -Xmx1g to check the memory bound."
                + " Example: java -Xmx1g -jar target/garblecheck.jar bench --batch 1000").build())
        .addOption(Cli.help());
  }

  @Override
  public String examples() {
    return "  garblecheck bench                          # corpus/clean, 1 and 2 threads, all subjects\n"
        + "  garblecheck bench -t 2 --rounds 3 articles/\n"
        + "  java -Xmx1g -jar target/garblecheck.jar bench --batch 1000 -t 2\n";
  }

  @Override
  public ExitCode execute(CommandLine line, Cli cli) throws Exception {
    List<String> paths = line.getArgList().isEmpty() ? List.of("corpus/clean") : line.getArgList();
    List<Integer> threads = new ArrayList<>();
    for (String t : line.getOptionValue("threads", "1,2").split(",")) {
      threads.add(positive(t.strip(), "--threads"));
    }
    int rounds = positive(line.getOptionValue("rounds", "3"), "--rounds");
    int warmup = line.hasOption("warmup") ? positive(line.getOptionValue("warmup"), "--warmup") : -1;
    List<Article> articles = new ArrayList<>();
    for (InputItem item : new Inputs(paths, cli.in)) {
      item.article().ifPresent(articles::add);
      item.problem().ifPresent(p -> cli.err.println("garblecheck: " + p));
    }
    if (articles.isEmpty()) {
      throw new UsageException("no articles to measure in " + String.join(", ", paths));
    }
    if (warmup < 0) {
      warmup = articles.size();
    }
    long chars = articles.stream().mapToLong(a -> a.text().length()).sum();
    cli.out.printf(Locale.ROOT, "articles: %d (%d chars), rounds: %d, warmup: %d, cores: %d, max heap: %d MB%n",
        articles.size(), chars, rounds, warmup, Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() / (1024 * 1024));
    GarbleCheck gc = Checkers.bundled();
    if (line.hasOption("batch")) {
      return batch(gc, articles, positive(line.getOptionValue("batch"), "--batch"), threads.get(0), cli);
    }
    int settle = line.hasOption("settle") ? nonNegative(line.getOptionValue("settle"), "--settle") : 4;
    Benchmark bench = new Benchmark(articles, rounds, warmup, settle);
    String only = line.getOptionValue("only", "all");
    if (!Arrays.asList("all", "garblecheck", "lt-check", "lt-analysis").contains(only)) {
      throw new UsageException("--only takes garblecheck, lt-check or lt-analysis, not '" + only + "'");
    }
    List<Benchmark.Subject> subjects = new ArrayList<>();
    if (only.equals("all") || only.equals("garblecheck")) {
      subjects.add(Benchmark.garblecheck(gc));
    }
    if (only.equals("all") || only.equals("lt-check")) {
      subjects.add(Benchmark.languageToolDefault());
    }
    if (only.equals("all") || only.equals("lt-analysis")) {
      subjects.add(Benchmark.languageToolAnalysis());
    }
    for (int t : threads) {
      List<Throughput> measured = bench.measure(subjects, t);
      cli.out.printf(Locale.ROOT, "  %d thread%s: %d untimed round%s after the warm-up (JIT compiling %.0f%% of the"
              + " last)%n", t, t == 1 ? "" : "s", bench.settleRounds(), bench.settleRounds() == 1 ? "" : "s",
          100 * bench.lastJitShare());
      measured.forEach(cli.out::println);
      if (measured.size() == 3) {
        Throughput ours = measured.get(0);
        Throughput check = measured.get(1);
        Throughput analysis = measured.get(2);
        cli.out.printf(Locale.ROOT, "  %d thread%s: garblecheck = %.2f× LanguageTool's default check, %.0f%% of"
                + " its analysis alone (by CPU time: %.2f×, %.0f%%)%n", t, t == 1 ? "" : "s",
            ours.charsPerSecond() / check.charsPerSecond(), 100 * ours.charsPerSecond() / analysis.charsPerSecond(),
            ours.charsPerCpuSecond() / check.charsPerCpuSecond(),
            100 * ours.charsPerCpuSecond() / analysis.charsPerCpuSecond());
      }
    }
    cli.out.printf(Locale.ROOT, "peak heap: %d MB%n", Benchmark.peakHeapBytes() / (1024 * 1024));
    return ExitCode.OK;
  }

  private static ExitCode batch(GarbleCheck gc, List<Article> articles, int n, int threads, Cli cli)
      throws InterruptedException {
    Iterable<InputItem> stream = () -> new java.util.Iterator<>() {
      private int i;

      @Override
      public boolean hasNext() {
        return i < n;
      }

      @Override
      public InputItem next() {
        Article a = articles.get(i % articles.size());
        i++;
        return InputItem.of(new Article(a.source() + "#" + i, a.id() + "-" + i, a.title(), a.text(), a.url()));
      }
    };
    long start = System.nanoTime();
    int[] done = new int[1];
    new Batch(gc, threads).run(stream, r -> done[0]++);
    double s = (System.nanoTime() - start) / 1e9;
    cli.out.printf(Locale.ROOT, "batch: %d articles on %d thread%s in %.1f s (%.2f articles/s), peak heap %d MB"
            + " of %d MB max%n", done[0], threads, threads == 1 ? "" : "s", s, done[0] / s,
        Benchmark.peakHeapBytes() / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024));
    return ExitCode.OK;
  }

  private static int nonNegative(String v, String option) throws UsageException {
    try {
      int n = Integer.parseInt(v.strip());
      if (n < 0) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new UsageException(option + " takes a whole number (0 or more), not '" + v + "'");
    }
  }

  private static int positive(String v, String option) throws UsageException {
    try {
      int n = Integer.parseInt(v);
      if (n < 1) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new UsageException(option + " takes a positive whole number, not '" + v + "'");
    }
  }
}
