package org.garblecheck.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.garblecheck.detect.spin.SpinFeatures;
import org.garblecheck.detect.spin.WordNetSynonyms;
import org.garblecheck.lm.FluencyModel;
import org.garblecheck.lm.SlipBuild;
import org.garblecheck.lm.WordFrequencies;
import org.garblecheck.lm.WordingBuild;
import org.garblecheck.lm.WordingModel;
import org.languagetool.Languages;

/**
 * {@code garblecheck build-wording}: train a sentence model from fluent English and damaged copies of it:
 * machine-translated wording ({@code MT_WORDING}, round trips), spun wording ({@code SPIN_WORDING}) or
 * grammatical slips ({@code GRAMMAR_WORDING}, word by word).
 */
final class BuildWordingCommand implements Command {
  @Override
  public String name() {
    return "build-wording";
  }

  @Override
  public String summary() {
    return "train a sentence model (translated, spun or slipped wording) from fluent text and damaged copies";
  }

  @Override
  public String arguments() {
    return "--fluent DIR --translated DIR [--translated DIR] --out FILE [options]";
  }

  @Override
  public Options options() {
    return new Options()
        .addOption(Option.builder().longOpt("fluent").hasArg().argName("DIR")
            .desc("fluent English: .txt files, one sentence or paragraph per line").build())
        .addOption(Option.builder().longOpt("translated").hasArg().argName("DIR")
            .desc("damaged copies of the --fluent files (round trips for --kind mt, spun copies for --kind"
                + " spin, copies with slips for --kind grammar): same names, line-aligned; may be given several"
                + " times").build())
        .addOption(Option.builder().longOpt("out").hasArg().argName("FILE")
            .desc("the model file to write (replaced only when training succeeds). Example: --out"
                + " corpus/models/" + WordingModel.FILE).build())
        .addOption(Option.builder().longOpt("kind").hasArg().argName("KIND")
            .desc("mt (default): the model of machine-translated wording (MT_WORDING), trained on round trips;"
                + " spin: the model of spun wording (SPIN_WORDING), trained on synonym-spun copies; grammar: the"
                + " model of grammatical slips (GRAMMAR_WORDING), trained word by word on copies with slips"
                + " (corpus/scripts/grammar-slips.py)").build())
        .addOption(Option.builder().longOpt("epochs").hasArg().argName("N")
            .desc("passes over the training sentences (default 4)").build())
        .addOption(Option.builder("j").longOpt("jobs").hasArg().argName("N")
            .desc("analysis threads (default: number of cores)").build())
        .addOption(Cli.help());
  }

  @Override
  public String examples() {
    return "  garblecheck build-wording --fluent /tmp/w/fluent --translated /tmp/w/rt-es --out corpus/models/"
        + WordingModel.FILE + "\n"
        + "  garblecheck build-wording --kind spin --fluent /tmp/w/fluent --translated /tmp/w/spun --out"
        + " corpus/models/spin-wording.bin.gz\n"
        + "  garblecheck build-wording --kind grammar --fluent /tmp/w/fluent --translated /tmp/w/slips --out"
        + " corpus/models/grammar-wording.bin.gz\n"
        + "  corpus/scripts/build-wording.sh mt|spin|grammar   # fetches the text, makes the damaged copies, trains\n";
  }

  @Override
  public ExitCode execute(CommandLine line, Cli cli) throws Exception {
    Path fluent = folder(line, "fluent");
    if (!line.hasOption("translated")) {
      throw new UsageException("--translated DIR is required (round trips of the --fluent files)");
    }
    List<Path> translated = new ArrayList<>();
    for (String t : line.getOptionValues("translated")) {
      Path p = Path.of(t);
      if (!Files.isDirectory(p)) {
        throw new UsageException("--translated " + t + ": no such folder");
      }
      translated.add(p);
    }
    if (!line.hasOption("out")) {
      throw new UsageException("--out FILE is required");
    }
    Path out = Path.of(line.getOptionValue("out")).toAbsolutePath();
    if (out.getParent() == null || !Files.isDirectory(out.getParent())) {
      throw new UsageException("--out " + out + ": its folder does not exist");
    }
    WordingBuild.Settings d = WordingBuild.Settings.defaults();
    WordingBuild.Settings s = new WordingBuild.Settings(count(line, "epochs", d.epochs()), d.rate(), d.l2(),
        d.seed(), count(line, "jobs", d.jobs()));
    long started = System.nanoTime();
    String kind = line.getOptionValue("kind", "mt");
    java.util.function.Consumer<String> log = msg -> cli.err.println("build-wording: " + msg);
    WordingModel model;
    WordingBuild.Stats st;
    String damaged = "translated";
    if (kind.equals("grammar")) {
      SlipBuild build = new SlipBuild(s, log);
      model = build.build(fluent, translated);
      st = build.stats();
      damaged = "slipped";
    } else {
      WordingBuild.Featurizer features = switch (kind) {
        case "mt" -> WordingBuild.wording(FluencyModel.bundled());
        case "spin" -> SpinFeatures.featurizer(FluencyModel.bundled().words(), WordFrequencies.bundled(),
            WordNetSynonyms.shared(), Languages.getLanguageForShortCode("en-US").getSynthesizer());
        default -> throw new UsageException("--kind takes mt, spin or grammar, not '" + kind + "'");
      };
      WordingBuild build = new WordingBuild(s, features, log);
      model = build.build(fluent, translated);
      st = build.stats();
    }
    write(model, out);
    cli.err.println(String.format(Locale.ROOT,
        "build-wording: %d files, %d fluent and %d %s sentences; %.1f s -> %s", st.files(),
        st.fluentSentences(), st.translatedSentences(), damaged, (System.nanoTime() - started) / 1e9, out));
    return ExitCode.OK;
  }

  /** Writes the model to a temporary file beside {@code out} and moves it into place. */
  private static void write(WordingModel model, Path out) throws java.io.IOException {
    Path temp = Files.createTempFile(out.getParent(), "." + out.getFileName() + ".", ".tmp");
    try {
      try (OutputStream o = Files.newOutputStream(temp)) {
        model.write(o);
      }
      try {
        // a temporary file is private to its owner; the model is a data file like the others
        Files.setPosixFilePermissions(temp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: keep what it gives
      }
      Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static Path folder(CommandLine line, String opt) throws UsageException {
    if (!line.hasOption(opt)) {
      throw new UsageException("--" + opt + " DIR is required");
    }
    Path p = Path.of(line.getOptionValue(opt));
    if (!Files.isDirectory(p)) {
      throw new UsageException("--" + opt + " " + p + ": no such folder");
    }
    return p;
  }

  private static int count(CommandLine line, String opt, int def) throws UsageException {
    return BuildLmCommand.count(line, opt, def);
  }
}
