package org.garblecheck.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
            .desc("also write lm-frequencies.fst from 'word count' and 'word word count' lists (how common"
                + " words and word pairs are in English at large); give it once per list. With no PATH, only"
                + " this table is written. Example: --frequencies frequency_dictionary_en_82_765.txt"
                + " --frequencies frequency_bigramdictionary_en_243_342.txt").build())
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
    if (inputs.isEmpty() && !line.hasOption("frequencies")) {
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
    List<Path> frequencies = new ArrayList<>();
    for (String f : line.hasOption("frequencies") ? line.getOptionValues("frequencies") : new String[0]) {
      Path p = Path.of(f);
      if (!Files.isRegularFile(p)) {
        throw new UsageException("--frequencies " + f + ": no such file");
      }
      frequencies.add(p);
    }
    if (inputs.isEmpty()) {
      Files.createDirectories(out);
      WordFrequencies.fromLists(frequencies, britishToAmerican()).write(out.resolve(WordFrequencies.FILE));
      cli.err.println("build-lm: " + frequencies.size() + " frequency list(s) -> "
          + out.resolve(WordFrequencies.FILE));
      return ExitCode.OK;
    }
    long started = System.nanoTime();
    LmBuild build = new LmBuild(s, msg -> cli.err.println("build-lm: " + msg));
    List<Path> files = LmBuild.inputs(inputs);
    if (files.isEmpty()) {
      throw new UsageException("no .txt or .conllu files under " + inputs);
    }
    FluencyModel model = build.build(inputs);
    model.write(out);
    if (!frequencies.isEmpty()) {
      WordFrequencies.fromLists(frequencies, britishToAmerican()).write(out.resolve(WordFrequencies.FILE));
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

  /**
   * British → American spellings from LanguageTool's own en-US ↔ en-GB list ({@code colour → color}), so
   * that a frequency list that folds American spellings into British ones still counts both.
   */
  static Map<String, String> britishToAmerican() throws IOException {
    String res = "/org/languagetool/resource/en/en-US-GB.txt";
    Map<String, String> map = new HashMap<>();
    try (var in = BuildLmCommand.class.getResourceAsStream(res)) {
      if (in == null) {
        throw new IOException("LanguageTool's " + res + " is not on the class path");
      }
      for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String[] f = l.trim().split(";");
        if (!l.startsWith("#") && f.length == 2) {
          map.putIfAbsent(f[1].toLowerCase(Locale.ROOT), f[0].toLowerCase(Locale.ROOT));
        }
      }
    }
    return map;
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
