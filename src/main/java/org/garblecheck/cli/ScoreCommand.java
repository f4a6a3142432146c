package org.garblecheck.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.garblecheck.Batch;
import org.garblecheck.GarbleCheck;
import org.garblecheck.baseline.Baseline;
import org.garblecheck.baseline.BaselineException;
import org.garblecheck.config.Config;
import org.garblecheck.config.ConfigException;
import org.garblecheck.input.InputOptions;
import org.garblecheck.input.Inputs;
import org.garblecheck.input.http.HttpFetcher;
import org.garblecheck.input.http.HttpSettings;
import org.garblecheck.lang.LanguageGate;
import org.garblecheck.model.ArticleReport;
import org.garblecheck.model.Verdict;
import org.garblecheck.report.RenderOptions;
import org.garblecheck.report.Renderer;
import org.garblecheck.report.ReportFormat;
import org.garblecheck.report.RuleMetadata;
import org.garblecheck.rule.RuleBook;
import org.garblecheck.rule.YamlFiles;

/** {@code garblecheck score}: read articles, score them, write a report. */
final class ScoreCommand implements Command {
  @Override
  public String name() {
    return "score";
  }

  @Override
  public String summary() {
    return "score articles (files, directories, JSON Lines, feeds, URLs, '-' for stdin) and report damage";
  }

  @Override
  public String arguments() {
    return "[options] PATH|URL...";
  }

  @Override
  public Options options() {
    return new Options()
        .addOption(Option.builder("f").longOpt("format").hasArg().argName("FORMAT")
            .desc("report format (default text): text (compiler-style lines), json, jsonl (one article per"
                + " line), html (a self-contained review page for editors), sarif (SARIF 2.1.0 for code"
                + " scanning), junit (JUnit XML, one test case per article), github (GitHub Actions"
                + " annotations), markdown (a summary table for a pull request or step summary), csv (one row"
                + " per article). Example: --format html -o report.html").build())
        .addOption(Option.builder("o").longOpt("output").hasArg().argName("FILE")
            .desc("write the report to FILE instead of standard output; written atomically, never left"
                + " half-written. Example: -o report.json").build())
        .addOption(Option.builder().longOpt("fail-under").hasArg().argName("SCORE")
            .desc("exit with code 1 when any article scores below SCORE (0-100); no gate unless given."
                + " The junit format fails those test cases (without a gate: any article that is not clean),"
                + " github, markdown and html mark them. Example: --fail-under 70").build())
        .addOption(Option.builder().longOpt("max-annotations").hasArg().argName("N")
            .desc("github format: write at most N annotations, worst first, and count the rest (default "
                + RenderOptions.DEFAULT_MAX_ANNOTATIONS + "). Example: --max-annotations 20").build())
        .addOption(Option.builder("j").longOpt("jobs").hasArg().argName("N")
            .desc("worker threads (default: number of cores). Example: -j 2").build())
        .addOption(Option.builder().longOpt("unordered")
            .desc("report each article as soon as it is scored instead of in input order, so that a slow"
                + " article holds back no others; the report's order then varies from run to run (scores,"
                + " findings, the summary and the exit code do not). Memory stays bounded either way").build())
        .addOption(Option.builder().longOpt("rules").hasArg().argName("DIR")
            .desc("use the rules in DIR instead of the bundled ones (DIR/index.yml lists them)."
                + " Example: --rules ./rules").build())
        .addOption(Option.builder().longOpt("config").hasArg().argName("FILE")
            .desc("read settings (rules on/off, weights, thresholds, accepted names, per-source overrides)"
                + " from FILE; by default ./" + Config.FILE_NAME + " is read when it exists."
                + " Example: --config ci/garblecheck.yml").build())
        .addOption(Option.builder().longOpt("no-config").desc("ignore ./" + Config.FILE_NAME).build())
        .addOption(Option.builder().longOpt("baseline").hasArg().argName("FILE")
            .desc("leave out findings recorded in FILE by --write-baseline: they are neither reported nor"
                + " scored, so --fail-under fails only on new damage. Example: --baseline"
                + " garblecheck-baseline.json").build())
        .addOption(Option.builder().longOpt("write-baseline").hasArg().argName("FILE")
            .desc("record this run's findings in FILE (JSON, sorted, written atomically) for later"
                + " --baseline runs. Example: --write-baseline garblecheck-baseline.json").build())
        .addOption(Option.builder().longOpt("no-color").desc("never colour the text report").build())
        .addOption(Option.builder().longOpt("color").desc("colour the text report even when not on a terminal").build())
        .addOption(Option.builder().longOpt("follow-links")
            .desc("for feeds (RSS, Atom, JSON Feed): fetch the page each item links to and score its article"
                + " text instead of the feed's content or summary; an item whose page cannot be fetched is"
                + " reported as failed").build())
        .addOption(Option.builder().longOpt("all-languages")
            .desc("score every article; by default articles detected as not English are skipped (listed on"
                + " standard error, counted in the summary, not failures)").build())
        .addOption(Option.builder().longOpt("timeout").hasArg().argName("SECONDS")
            .desc("for URLs: give up on a server that sends nothing for SECONDS (default 20; connecting"
                + " gets 10 s, a whole request at most 6 times this). Example: --timeout 5").build())
        .addOption(Option.builder("q").longOpt("quiet").desc("no progress display and no summary line on standard error").build())
        .addOption(Cli.help());
  }

  @Override
  public String examples() {
    return "  garblecheck score corpus/samples/damaged-sample.txt\n"
        + "  garblecheck score --format json -o report.json articles/\n"
        + "  garblecheck score --fail-under 70 feed.jsonl   # exit 1 if any article scores below 70\n"
        + "  garblecheck score --unordered --format jsonl big-feed.jsonl   # each article as soon as it is done\n"
        + "  garblecheck score --format html -o review.html articles/\n"
        + "  garblecheck score --format github --fail-under 70 articles/   # annotations in GitHub Actions\n"
        + "  garblecheck score --format sarif -o garblecheck.sarif articles/\n"
        + "  cat story.txt | garblecheck score -\n"
        + "  garblecheck score --config ci/garblecheck.yml feeds/   # settings from a file\n"
        + "  garblecheck score --write-baseline baseline.json feeds/   # record today's findings\n"
        + "  garblecheck score --baseline baseline.json --fail-under 70 feeds/   # fail only on new damage\n"
        + "  garblecheck score https://example.org/news/feed.xml   # RSS, Atom or JSON Feed, one report per item\n"
        + "  garblecheck score --follow-links feeds/site.rss       # score the linked pages, not the excerpts\n";
  }

  @Override
  public ExitCode execute(CommandLine line, Cli cli) throws Exception {
    List<String> paths = line.getArgList();
    if (paths.isEmpty()) {
      throw new UsageException("no input given: name one or more files or directories, or '-' for stdin");
    }
    ReportFormat format = ReportFormat.parse(line.getOptionValue("format", "text"))
        .orElseThrow(() -> new UsageException("unknown format '" + line.getOptionValue("format")
            + "' (expected " + ReportFormat.names() + ")"));
    Double gate = null;
    if (line.hasOption("fail-under")) {
      gate = number(line.getOptionValue("fail-under"), "--fail-under", 0, 100);
    }
    int maxAnnotations = line.hasOption("max-annotations")
        ? (int) number(line.getOptionValue("max-annotations"), "--max-annotations", 0, 100000)
        : RenderOptions.DEFAULT_MAX_ANNOTATIONS;
    int jobs = line.hasOption("jobs")
        ? (int) number(line.getOptionValue("jobs"), "--jobs", 1, 256)
        : Runtime.getRuntime().availableProcessors();
    InputOptions inputOptions = InputOptions.defaults().withFollowLinks(line.hasOption("follow-links"));
    if (line.hasOption("timeout")) {
      double seconds = number(line.getOptionValue("timeout"), "--timeout", 1, 3600);
      Duration read = Duration.ofMillis((long) (seconds * 1000));
      HttpSettings http = HttpSettings.defaults();
      inputOptions = inputOptions.withHttp(new HttpFetcher(http.withTimeouts(
          read.compareTo(http.connectTimeout()) < 0 ? read : http.connectTimeout(), read, read.multipliedBy(6))));
    }
    LanguageGate languages = line.hasOption("all-languages") ? null : new LanguageGate();
    Path output = line.hasOption("output") ? Path.of(line.getOptionValue("output")) : null;
    if (output != null && Files.isDirectory(output)) {
      throw new UsageException("--output " + output + " is a directory; give a file name");
    }
    RuleBook rules = null;
    if (line.hasOption("rules")) {
      Path dir = Path.of(line.getOptionValue("rules"));
      if (!Files.isRegularFile(dir.resolve("index.yml"))) {
        throw new UsageException("--rules " + dir + ": no index.yml in that directory");
      }
      rules = RuleBook.load(YamlFiles.in(dir));
    }
    if (line.hasOption("config") && line.hasOption("no-config")) {
      throw new UsageException("--config and --no-config cannot be combined");
    }
    if (line.hasOption("baseline") && line.hasOption("write-baseline")) {
      throw new UsageException("--baseline and --write-baseline cannot be combined; to refresh a baseline,"
          + " run with --write-baseline alone");
    }
    Path writeBaseline = line.hasOption("write-baseline") ? Path.of(line.getOptionValue("write-baseline")) : null;
    if (writeBaseline != null) {
      Path dir = writeBaseline.toAbsolutePath().getParent();
      if (Files.isDirectory(writeBaseline) || dir == null || !Files.isDirectory(dir)) {
        throw new UsageException("--write-baseline " + writeBaseline + ": "
            + (Files.isDirectory(writeBaseline) ? "is a directory; give a file name" : "its directory does not exist"));
      }
    }
    Optional<Path> configFile = configFile(line, Path.of(""));
    Config config;
    Baseline baseline;
    try {
      config = configFile.isPresent() ? Config.load(configFile.get()) : Config.none();
      baseline = line.hasOption("baseline") ? Baseline.read(Path.of(line.getOptionValue("baseline"))) : null;
    } catch (ConfigException | BaselineException e) {
      cli.err.println("garblecheck score: " + e.getMessage());
      return ExitCode.ERROR;
    }
    boolean color = output == null && format == ReportFormat.TEXT && !line.hasOption("no-color")
        && (line.hasOption("color") || cli.terminal);
    GarbleCheck checker;
    if (rules == null && config.isEmpty() && baseline == null) {
      checker = Checkers.bundled();
    } else {
      GarbleCheck.Builder builder = GarbleCheck.builder().config(config);
      if (rules != null) {
        builder.rules(rules);
      }
      if (baseline != null) {
        builder.baseline(baseline);
      }
      try {
        checker = builder.build();
      } catch (ConfigException e) {
        cli.err.println("garblecheck score: " + e.getMessage());
        return ExitCode.ERROR;
      }
    }
    RenderOptions renderOptions = RenderOptions.defaults()
        .withFailUnder(gate == null ? OptionalDouble.empty() : OptionalDouble.of(gate))
        .withMaxAnnotations(maxAnnotations)
        .withRules(RuleMetadata.of(checker.rules(), checker::describeLanguageToolRule))
        .withToolVersion(Cli.VERSION);
    Tally tally = new Tally();
    Baseline.Recorder recorder = writeBaseline != null ? Baseline.recorder() : null;
    long started = System.nanoTime();
    if (output == null) {
      Writer w = new BufferedWriter(new OutputStreamWriter(cli.out, StandardCharsets.UTF_8));
      runBatch(checker, jobs, paths, cli, format.create(w, renderOptions.withColor(color)), tally, gate,
          line.hasOption("quiet"), recorder, inputOptions, languages, line.hasOption("unordered"));
      w.flush();
    } else {
      try (AtomicOutput out = new AtomicOutput(output)) {
        runBatch(checker, jobs, paths, cli, format.create(out.writer(), renderOptions), tally, gate,
            line.hasOption("quiet"), recorder, inputOptions, languages, line.hasOption("unordered"));
        out.commit();
      } catch (IOException e) {
        throw new UsageException("cannot write " + output + ": " + e.getMessage());
      }
    }
    StringBuilder extra = new StringBuilder();
    configFile.ifPresent(f -> extra.append(", config ").append(f));
    if (baseline != null) {
      extra.append(", ").append(checker.suppressedByBaseline()).append(" known findings left out by the baseline");
    }
    if (recorder != null) {
      Baseline written = recorder.build();
      try (AtomicOutput out = new AtomicOutput(writeBaseline)) {
        written.write(out.writer());
        out.commit();
      } catch (IOException e) {
        cli.err.println("garblecheck score: cannot write baseline " + writeBaseline + ": " + e.getMessage());
        return ExitCode.ERROR;
      }
      extra.append(", baseline ").append(writeBaseline).append(" written (")
          .append(plural(written.findingCount(), "finding")).append(" in ")
          .append(plural(written.articleCount(), "article")).append(')');
    }
    if (!line.hasOption("quiet")) {
      cli.err.println(tally.summary((System.nanoTime() - started) / 1e9, extra.toString()));
    }
    if (tally.failed > 0) {
      return ExitCode.ERROR;
    }
    return tally.belowGate > 0 ? ExitCode.BELOW_GATE : ExitCode.OK;
  }

  /** The configuration file to read: {@code --config}, else {@code garblecheck.yml} in {@code workingDir}. */
  static Optional<Path> configFile(CommandLine line, Path workingDir) {
    if (line.hasOption("no-config")) {
      return Optional.empty();
    }
    if (line.hasOption("config")) {
      return Optional.of(Path.of(line.getOptionValue("config")));
    }
    return Config.find(workingDir);
  }

  private static void runBatch(GarbleCheck checker, int jobs, List<String> paths, Cli cli, Renderer renderer,
      Tally tally, Double gate, boolean quiet, Baseline.Recorder recorder, InputOptions inputOptions,
      LanguageGate languages, boolean unordered)
      throws IOException, InterruptedException {
    renderer.start();
    IOException[] writeFailure = new IOException[1];
    Progress progress = new Progress(cli.err, Progress.wanted(cli.terminal, quiet), Inputs.countFiles(paths));
    Batch batch = new Batch(checker, jobs, languages);
    (unordered ? batch.unordered() : batch).run(new Inputs(paths, cli.in, inputOptions), result -> {
      progress.step();
      if (writeFailure[0] != null) {
        return;
      }
      if (result.skipped().isPresent()) {
        tally.skipped++;
        progress.clear();
        cli.err.println("garblecheck: skipped " + result.skipped().get());
        return;
      }
      if (result.problem().isPresent()) {
        tally.failed++;
        progress.clear();
        cli.err.println("garblecheck: " + result.problem().get());
        return;
      }
      ArticleReport r = result.report().orElseThrow();
      tally.add(r, gate);
      if (recorder != null) {
        recorder.add(r);
      }
      try {
        renderer.article(r);
      } catch (IOException e) {
        writeFailure[0] = e;
      }
    });
    progress.clear();
    if (writeFailure[0] != null) {
      throw writeFailure[0];
    }
    renderer.end();
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  private static double number(String value, String option, double min, double max) throws UsageException {
    try {
      double v = Double.parseDouble(value);
      if (v < min || v > max || Double.isNaN(v)) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw new UsageException(option + " takes a number from " + (long) min + " to " + (long) max
          + ", not '" + value + "'");
    }
  }

  /** Counts for the summary line. */
  private static final class Tally {
    int articles;
    int failed;
    int skipped;
    int belowGate;
    double scoreSum;
    final Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);

    void add(ArticleReport r, Double gate) {
      articles++;
      scoreSum += r.score();
      verdicts.merge(r.verdict(), 1, Integer::sum);
      if (gate != null && r.score() < gate) {
        belowGate++;
      }
    }

    String summary(double seconds, String extra) {
      StringBuilder b = new StringBuilder("garblecheck: ");
      b.append(articles).append(articles == 1 ? " article" : " articles");
      if (articles > 0) {
        b.append(String.format(Locale.ROOT, ", mean score %.1f", scoreSum / articles));
        for (Verdict v : Verdict.values()) {
          b.append(", ").append(verdicts.getOrDefault(v, 0)).append(' ').append(v.id());
        }
      }
      if (belowGate > 0) {
        b.append(", ").append(belowGate).append(" below the gate");
      }
      if (skipped > 0) {
        b.append(", ").append(skipped).append(" skipped");
      }
      b.append(", ").append(failed).append(" failed");
      b.append(extra);
      b.append(String.format(Locale.ROOT, ", %.1f s", seconds));
      return b.toString();
    }
  }
}
