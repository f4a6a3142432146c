package org.garblecheck.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.garblecheck.lm.FluencyModel;
import org.garblecheck.lm.LmBuild;
import org.garblecheck.lm.WordFrequencies;

/** {@code garblecheck build-lm}: rebuild the word and part-of-speech language models from text folders. */
final class BuildLmCommand implements Command {
  @Override
  public String name() {
    return "build-lm";
  }

  @Override
  public String summary() {
    return "build the language model of fluent English from folders of text (and .conllu files)";
  }

  @Override
  public String arguments() {
    return "--out DIR [options] PATH...";
  }

  @Override
  public Options options() {
    return new Options()
        .addOption(Option.builder().longOpt("out").hasArg().argName("DIR")
            .desc("write lm-words.fst and lm-pos.fst into DIR (created if missing). Example: --out corpus/models")
            .build())
        .addOption(Option.builder().longOpt("frequencies").hasArg().argName("FILE")
            .desc("also write lm-frequencies.fst from a 'word count' list (how common words are in English"
                + " at large). Example: --frequencies symspell-frequency-dictionary-en-82765.txt").build())
        .addOption(Option.builder().longOpt("pos-every").hasArg().argName("N")
            .desc("tag every N-th sentence for the part-of-speech model (default 1: all; tagging is the"
                + " slow part). Example: --pos-every 2").build())
        .addOption(Option.builder().longOpt("min-count").hasArg().argName("N")
            .desc("words seen fewer than N times become unknown-word tokens (default 2)").build())
        .addOption(Option.builder().longOpt("min-top").hasArg().argName("N")
            .desc("drop word trigrams seen fewer than N times (default 2)").build())
        .addOption(Option.builder("j").longOpt("jobs").hasArg().argName("N")
            .desc("tagging threads (default: number of cores). Example: -j 2").build())
        .addOption(Cli.help());
  }

  @Override
  public String examples() {
    return "  garblecheck build-lm --out corpus/models /tmp/lm-text/sotu /tmp/lm-text/europarl\n"
        + "  corpus/scripts/build-lm.sh     # fetches the sources and runs the line above\n";
  }

  @Override
  public ExitCode execute(CommandLine line, Cli cli) throws Exception {
    if (!line.hasOption("out")) {
      throw new UsageException("--out DIR is required");
    }
    List<Path> inputs = new ArrayList<>();
    for (String a : line.getArgList()) {
      Path p = Path.of(a);
      if (!Files.exists(p)) {
        throw new UsageException(a + ": no such file or folder");
      }
      inputs.add(p);
    }
    if (inputs.isEmpty()) {
      throw new UsageException("no input given: name folders of .txt or .conllu files");
    }
    Path out = Path.of(line.getOptionValue("out"));
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new UsageException("--out " + out + " is a file; give a folder");
    }
    LmBuild.Settings d = LmBuild.Settings.defaults();
    LmBuild.Settings s = new LmBuild.Settings(d.wordOrder(), d.posOrder(),
        count(line, "min-count", d.minWordCount()), count(line, "min-top", d.minTopCount()),
        count(line, "pos-every", d.posEvery()),
        count(line, "jobs", Runtime.getRuntime().availableProcessors()));
    Path frequencies = null;
    if (line.hasOption("frequencies")) {
      frequencies = Path.of(line.getOptionValue("frequencies"));
      if (!Files.isRegularFile(frequencies)) {
        throw new UsageException("--frequencies " + frequencies + ": no such file");
      }
    }
    long started = System.nanoTime();
    LmBuild build = new LmBuild(s, msg -> cli.err.println("build-lm: " + msg));
    List<Path> files = LmBuild.inputs(inputs);
    if (files.isEmpty()) {
      throw new UsageException("no .txt or .conllu files under " + inputs);
    }
    FluencyModel model = build.build(inputs);
    model.write(out);
    if (frequencies != null) {
      WordFrequencies.fromList(frequencies).write(out.resolve(WordFrequencies.FILE));
    }
    LmBuild.Stats st = build.stats();
    cli.err.println(String.format(Locale.ROOT,
        "build-lm: %d files, %d sentences, %d word tokens, %d tagged tokens; words %d kB (vocabulary %d),"
            + " pos %d kB; %.1f s -> %s",
        st.files(), st.sentences(), st.wordTokens(), st.posTokens(), model.words().sizeInBytes() / 1024,
        model.words().vocabularySize(), model.pos().sizeInBytes() / 1024,
        (System.nanoTime() - started) / 1e9, out));
    return ExitCode.OK;
  }

  /** A whole-number option of at least 1, or {@code def} when absent. */
  static int count(CommandLine line, String opt, int def) throws UsageException {
    if (!line.hasOption(opt)) {
      return def;
    }
    try {
      int v = Integer.parseInt(line.getOptionValue(opt).trim());
      if (v < 1) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw new UsageException("--" + opt + " must be a whole number of at least 1, not '"
          + line.getOptionValue(opt) + "'");
    }
  }
}
