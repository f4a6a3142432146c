package org.garblecheck.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.garblecheck.Batch;
import org.garblecheck.GarbleCheck;
import org.garblecheck.input.Inputs;
import org.garblecheck.model.ArticleReport;
import org.garblecheck.model.Verdict;
import org.garblecheck.report.Renderer;
import org.garblecheck.report.ReportFormat;
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
    return "score articles (files, directories, JSON Lines, '-' for stdin) and report damage";
  }

  @Override
  public String arguments() {
    return "[options] PATH...";
  }

  @Override
  public Options options() {
    return new Options()
        .addOption(Option.builder("f").longOpt("format").hasArg().argName("FORMAT")
            .desc("report format: " + ReportFormat.names() + " (default text). Example: --format json").build())
        .addOption(Option.builder("o").longOpt("output").hasArg().argName("FILE")
            .desc("write the report to FILE instead of standard output; written atomically, never left"
                + " half-written. Example: -o report.json").build())
        .addOption(Option.builder().longOpt("fail-under").hasArg().argName("SCORE")
            .desc("exit with code 1 when any article scores below SCORE (0-100); no gate unless given."
                + " Example: --fail-under 70").build())
        .addOption(Option.builder("j").longOpt("jobs").hasArg().argName("N")
            .desc("worker threads (default: number of cores). Example: -j 2").build())
        .addOption(Option.builder().longOpt("rules").hasArg().argName("DIR")
            .desc("use the rules in DIR instead of the bundled ones (DIR/index.yml lists them)."
                + " Example: --rules ./rules").build())
        .addOption(Option.builder().longOpt("no-color").desc("never colour the text report").build())
        .addOption(Option.builder().longOpt("color").desc("colour the text report even when not on a terminal").build())
        .addOption(Option.builder("q").longOpt("quiet").desc("no progress display and no summary line on standard error").build())
        .addOption(Cli.help());
  }

  @Override
  public String examples() {
    return "  garblecheck score corpus/samples/damaged-sample.txt\n"
        + "  garblecheck score --format json -o report.json articles/\n"
        + "  garblecheck score --fail-under 70 feed.jsonl   # exit 1 if any article scores below 70\n"
        + "  cat story.txt | garblecheck score -\n";
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
    int jobs = line.hasOption("jobs")
        ? (int) number(line.getOptionValue("jobs"), "--jobs", 1, 256)
        : Runtime.getRuntime().availableProcessors();
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
    boolean color = output == null && format == ReportFormat.TEXT && !line.hasOption("no-color")
        && (line.hasOption("color") || cli.terminal);
    GarbleCheck checker = rules != null ? GarbleCheck.builder().rules(rules).build() : Checkers.bundled();
    Tally tally = new Tally();
    long started = System.nanoTime();
    if (output == null) {
      Writer w = new BufferedWriter(new OutputStreamWriter(cli.out, StandardCharsets.UTF_8));
      runBatch(checker, jobs, paths, cli, format.create(w, color), tally, gate, line.hasOption("quiet"));
      w.flush();
    } else {
      try (AtomicOutput out = new AtomicOutput(output)) {
        runBatch(checker, jobs, paths, cli, format.create(out.writer(), false), tally, gate,
            line.hasOption("quiet"));
        out.commit();
      } catch (IOException e) {
        throw new UsageException("cannot write " + output + ": " + e.getMessage());
      }
    }
    if (!line.hasOption("quiet")) {
      cli.err.println(tally.summary((System.nanoTime() - started) / 1e9));
    }
    if (tally.failed > 0) {
      return ExitCode.ERROR;
    }
    return tally.belowGate > 0 ? ExitCode.BELOW_GATE : ExitCode.OK;
  }

  private static void runBatch(GarbleCheck checker, int jobs, List<String> paths, Cli cli, Renderer renderer,
      Tally tally, Double gate, boolean quiet) throws IOException, InterruptedException {
    renderer.start();
    IOException[] writeFailure = new IOException[1];
    Progress progress = new Progress(cli.err, Progress.wanted(cli.terminal, quiet), Inputs.countFiles(paths));
    new Batch(checker, jobs).run(new Inputs(paths, cli.in), result -> {
      progress.step();
      if (writeFailure[0] != null) {
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

    String summary(double seconds) {
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
      b.append(", ").append(failed).append(" failed");
      b.append(String.format(Locale.ROOT, ", %.1f s", seconds));
      return b.toString();
    }
  }
}
