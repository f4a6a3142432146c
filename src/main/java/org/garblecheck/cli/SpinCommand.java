package org.garblecheck.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.garblecheck.GarbleCheck;
import org.garblecheck.input.InputException;
import org.garblecheck.input.TextDecoder;
import org.garblecheck.spin.SpinResult;
import org.garblecheck.spin.Spinner;

/**
 * {@code garblecheck spin}: makes spun versions of plain-text articles, the way article-spinning bots do,
 * for building labelled test data. Line {@code i} of each output is the spun line {@code i} of its input.
 */
final class SpinCommand implements Command {
  private static final String STDIN = "-";
  /** Loaded on first use and kept: LanguageTool and WordNet take seconds to load. */
  private static Spinner spinner;

  private static synchronized Spinner spinner() {
    if (spinner == null) {
      spinner = Spinner.create(GarbleCheck.builder().passes(List.of()).build());
    }
    return spinner;
  }

  @Override
  public String name() {
    return "spin";
  }

  @Override
  public String summary() {
    return "make spun copies of .txt articles (WordNet synonyms, as spin bots do) for test data";
  }

  @Override
  public String arguments() {
    return "[options] INPUT... [-o DIR]";
  }

  @Override
  public Options options() {
    return new Options()
        .addOption(Option.builder().longOpt("rate").hasArg().argName("R")
            .desc("share of content words (nouns, verbs, adjectives, adverbs; never names, numbers or"
                + " function words) to replace, from 0 to 1 (default 0.2). Example: --rate 0.35").build())
        .addOption(Option.builder().longOpt("seed").hasArg().argName("S")
            .desc("whole number that picks the words and synonyms; the same seed and rate always give the"
                + " same output (default 1). Example: --seed 20").build())
        .addOption(Option.builder("o").longOpt("output").hasArg().argName("DIR")
            .desc("directory for the spun files, each under its input's name (created if missing; files are"
                + " written atomically). Without -o, or with '-o -', a single input is written to standard"
                + " output. Example: -o corpus/spun-20").build())
        .addOption(Option.builder("q").longOpt("quiet").desc("no summary line on standard error").build())
        .addOption(Cli.help());
  }

  @Override
  public String examples() {
    return "  garblecheck spin --rate 0.2 --seed 20 corpus/clean -o corpus/spun-20\n"
        + "  garblecheck spin story.txt                 # spun story to standard output\n"
        + "  cat story.txt | garblecheck spin --seed 7 -\n"
        + "INPUT is a .txt file, a directory (its *.txt files, not sub-directories) or '-' for standard input.\n"
        + "Exit codes: 0 everything spun, 2 usage error or an input that could not be read.\n";
  }

  @Override
  public ExitCode execute(CommandLine line, Cli cli) throws Exception {
    List<String> args = line.getArgList();
    if (args.isEmpty()) {
      throw new UsageException("no input given: name .txt files or directories, or '-' for stdin");
    }
    double rate = rate(line.getOptionValue("rate", "0.2"));
    long seed = seed(line.getOptionValue("seed", "1"));
    String out = line.getOptionValue("output", STDIN);
    boolean toStdout = out.equals(STDIN);

    List<String> problems = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    boolean stdin = false;
    boolean directoryInput = false;
    for (String arg : args) {
      if (arg.equals(STDIN)) {
        stdin = true;
        continue;
      }
      Path p = Path.of(arg);
      if (Files.isDirectory(p)) {
        directoryInput = true;
        List<Path> txt = textFiles(p);
        if (txt.isEmpty()) {
          problems.add(arg + ": no .txt files in this directory");
        }
        files.addAll(txt);
      } else if (!Files.exists(p)) {
        problems.add("cannot read " + arg + ": no such file or directory");
      } else if (!Files.isReadable(p) || !Files.isRegularFile(p)) {
        problems.add("cannot read " + arg + ": not a readable file");
      } else {
        files.add(p);
      }
    }
    if (stdin && args.size() > 1) {
      throw new UsageException("'-' (standard input) cannot be combined with other inputs");
    }
    if (toStdout && (directoryInput || files.size() + (stdin ? 1 : 0) > 1)) {
      throw new UsageException("several inputs need an output directory: add -o DIR");
    }
    if (stdin && !toStdout) {
      throw new UsageException("standard input has no file name to write under -o; leave out -o to write"
          + " to standard output");
    }
    Path dir = toStdout ? null : Path.of(out);
    if (dir != null) {
      if (Files.exists(dir) && !Files.isDirectory(dir)) {
        throw new UsageException("-o " + out + " is a file; give a directory");
      }
      checkNames(files, dir);
    }
    if (!problems.isEmpty()) {
      for (String p : problems) {
        cli.err.println("garblecheck spin: " + p);
      }
      return ExitCode.ERROR;
    }
    if (dir != null) {
      try {
        Files.createDirectories(dir);
      } catch (IOException e) {
        throw new UsageException("cannot create the output directory " + out + ": " + e.getMessage());
      }
    }

    Spinner spinner = spinner();
    Tally tally = new Tally();
    if (stdin) {
      spinOne("standard input", cli.in.readAllBytes(), null, spinner, rate, seed, cli, tally);
    }
    for (Path f : files) {
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(f);
      } catch (IOException e) {
        cli.err.println("garblecheck spin: cannot read " + f + ": " + e.getMessage());
        tally.failed++;
        continue;
      }
      spinOne(f.toString(), bytes, dir == null ? null : dir.resolve(f.getFileName().toString()), spinner, rate,
          seed, cli, tally);
    }
    if (!line.hasOption("quiet")) {
      cli.err.println(tally.summary());
    }
    return tally.failed > 0 ? ExitCode.ERROR : ExitCode.OK;
  }

  private static void spinOne(String name, byte[] bytes, Path target, Spinner spinner, double rate, long seed,
      Cli cli, Tally tally) throws UsageException {
    String text;
    try {
      text = TextDecoder.decode(bytes);
    } catch (InputException e) {
      cli.err.println("garblecheck spin: " + name + ": " + e.getMessage());
      tally.failed++;
      return;
    }
    SpinResult r = spinner.spin(text, rate, seed);
    if (lines(r.text()) != lines(text)) {
      throw new IllegalStateException("spinning " + name + " changed its line count");
    }
    if (target == null) {
      cli.out.print(r.text());
      cli.out.flush();
    } else {
      try (AtomicOutput o = new AtomicOutput(target)) {
        o.writer().write(r.text());
        o.commit();
      } catch (IOException e) {
        throw new UsageException("cannot write " + target + ": " + e.getMessage());
      }
    }
    tally.files++;
    tally.content += r.contentWords();
    tally.replaced += r.replacedWords();
  }

  /** The {@code *.txt} regular files directly in a directory, sorted by name. */
  private static List<Path> textFiles(Path dir) throws UsageException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p))
          .sorted().toList();
    } catch (IOException | UncheckedIOException e) {
      throw new UsageException("cannot list " + dir + ": " + e.getMessage());
    }
  }

  /** Refuses two inputs with one name (one would overwrite the other) and writing over an input. */
  private static void checkNames(List<Path> files, Path dir) throws UsageException {
    Map<String, Path> seen = new HashMap<>();
    for (Path f : files) {
      String n = f.getFileName().toString();
      Path before = seen.put(n, f);
      if (before != null) {
        throw new UsageException("two inputs are named " + n + " (" + before + ", " + f
            + "); they would be written to the same output file");
      }
      Path target = dir.resolve(n);
      try {
        if (Files.exists(target) && Files.isSameFile(target, f)) {
          throw new UsageException("-o " + dir + " would overwrite the input " + f
              + "; choose another directory");
        }
      } catch (NoSuchFileException e) {
        // the input is checked and reported elsewhere
      } catch (IOException e) {
        throw new UsageException("cannot check " + target + ": " + e.getMessage());
      }
    }
  }

  private static double rate(String value) throws UsageException {
    try {
      double v = Double.parseDouble(value);
      if (v >= 0 && v <= 1) {
        return v;
      }
    } catch (NumberFormatException e) {
      // fall through to the message
    }
    throw new UsageException("--rate takes a number from 0 to 1, not '" + value + "'");
  }

  private static long seed(String value) throws UsageException {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new UsageException("--seed takes a whole number, not '" + value + "'");
    }
  }

  static long lines(String text) {
    return text.chars().filter(c -> c == '\n').count();
  }

  /** Counts for the summary line. */
  private static final class Tally {
    int files;
    int failed;
    long content;
    long replaced;

    String summary() {
      return String.format(Locale.ROOT,
          "garblecheck spin: %d %s, %d of %d content words replaced (%.1f%%), %d failed",
          files, files == 1 ? "file" : "files", replaced, content,
          content == 0 ? 0.0 : 100.0 * replaced / content, failed);
    }
  }
}
