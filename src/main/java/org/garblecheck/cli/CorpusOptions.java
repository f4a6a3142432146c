package org.garblecheck.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.garblecheck.GarbleCheck;
import org.garblecheck.eval.corpus.CorpusException;
import org.garblecheck.eval.corpus.CorpusScorer;
import org.garblecheck.eval.corpus.Manifest;
import org.garblecheck.rule.RuleBook;
import org.garblecheck.rule.YamlFiles;

/** The options {@code eval} and {@code calibrate} share: which corpus, which rules, how many threads. */
final class CorpusOptions {
  static final String DEFAULT_MANIFEST = "corpus/manifest.tsv";

  private CorpusOptions() {}

  static Options add(Options o, boolean pairs) {
    o.addOption(Option.builder().longOpt("manifest").hasArg().argName("FILE")
        .desc("the labelled corpus (default " + DEFAULT_MANIFEST + "); paths in it are relative to its"
            + " directory").build());
    if (pairs) {
      o.addOption(Option.builder().longOpt("clean").hasArg().argName("DIR")
          .desc("instead of a manifest: clean files, one paragraph per line").build());
      o.addOption(Option.builder().longOpt("damaged").hasArg().argName("DIR")
          .desc("damaged copies of the --clean files, same names, line-aligned; may be given several times,"
              + " one generator per directory (named after it)").build());
    }
    o.addOption(Option.builder("j").longOpt("jobs").hasArg().argName("N")
        .desc("worker threads (default: number of cores)").build());
    o.addOption(Option.builder().longOpt("rules").hasArg().argName("DIR")
        .desc("use the rules in DIR instead of the bundled ones (DIR/index.yml lists them)").build());
    o.addOption(Option.builder("q").longOpt("quiet").desc("no progress lines on standard error").build());
    return o;
  }

  /** The corpus named on the command line, and the directory its paths are relative to. */
  record Corpus(Manifest manifest, Path base, String description) {}

  static Corpus corpus(CommandLine line) throws UsageException {
    try {
      if (line.hasOption("clean") || line.hasOption("damaged")) {
        if (line.hasOption("manifest")) {
          throw new UsageException("give either --manifest or --clean/--damaged, not both");
        }
        if (!line.hasOption("clean") || !line.hasOption("damaged")) {
          throw new UsageException("--clean DIR and --damaged DIR go together");
        }
        List<Path> damaged = new ArrayList<>();
        for (String d : line.getOptionValues("damaged")) {
          damaged.add(Path.of(d));
        }
        Path clean = Path.of(line.getOptionValue("clean"));
        return new Corpus(Manifest.pair(clean, damaged), Path.of(""),
            "clean " + clean + " vs " + String.join(", ", line.getOptionValues("damaged")));
      }
      Path file = Path.of(line.getOptionValue("manifest", DEFAULT_MANIFEST));
      if (!Files.isRegularFile(file)) {
        throw new UsageException("no manifest at " + file + " (run 'garblecheck manifest', or give --manifest"
            + " FILE or --clean DIR --damaged DIR)");
      }
      Path base = file.toAbsolutePath().getParent();
      return new Corpus(Manifest.read(file), base, "manifest " + file);
    } catch (CorpusException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** The checker: with the rules of {@code --rules DIR}, or the bundled one (built once per process). */
  static GarbleCheck checker(CommandLine line) throws UsageException {
    if (!line.hasOption("rules")) {
      return Checkers.bundled();
    }
    Path dir = Path.of(line.getOptionValue("rules"));
    if (!Files.isRegularFile(dir.resolve("index.yml"))) {
      throw new UsageException("--rules " + dir + ": no index.yml in that directory");
    }
    return GarbleCheck.builder().rules(RuleBook.load(YamlFiles.in(dir))).build();
  }

  static int jobs(CommandLine line) throws UsageException {
    if (!line.hasOption("jobs")) {
      return Runtime.getRuntime().availableProcessors();
    }
    String v = line.getOptionValue("jobs");
    try {
      int n = Integer.parseInt(v);
      if (n >= 1 && n <= 256) {
        return n;
      }
    } catch (NumberFormatException e) {
      // fall through
    }
    throw new UsageException("--jobs takes a whole number from 1 to 256, not '" + v + "'");
  }

  /** Scores every version; files that cannot be read are reported on stderr and left out. */
  static CorpusScorer.Result score(Corpus corpus, GarbleCheck checker, int jobs, Cli cli, boolean quiet,
      String who)
      throws UsageException, InterruptedException {
    if (!quiet) {
      cli.err.println("garblecheck " + who + ": scoring " + corpus.manifest().versions().size()
          + " article versions with " + jobs + (jobs == 1 ? " thread" : " threads") + "...");
    }
    CorpusScorer.Result r;
    try {
      r = CorpusScorer.score(checker, jobs, corpus.base(), corpus.manifest(),
          msg -> {
            if (!quiet) {
              cli.err.println("garblecheck " + who + ": " + msg);
            }
          });
    } catch (CorpusException e) {
      throw new UsageException(e.getMessage());
    }
    r.problems().forEach(p -> cli.err.println("garblecheck " + who + ": " + p));
    return r;
  }
}
