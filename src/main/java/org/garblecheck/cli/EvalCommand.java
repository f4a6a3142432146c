package org.garblecheck.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.garblecheck.GarbleCheck;
import org.garblecheck.eval.corpus.CorpusScorer;
import org.garblecheck.eval.corpus.Split;
import org.garblecheck.eval.measure.EvalJson;
import org.garblecheck.eval.measure.EvalText;
import org.garblecheck.eval.measure.Evaluation;
import org.garblecheck.rule.ScoringData;

/** {@code garblecheck eval}: score a labelled corpus and measure how well damage is found. */
final class EvalCommand implements Command {
  @Override
  public String name() {
    return "eval";
  }

  @Override
  public String summary() {
    return "measure detection on a labelled corpus: AUC, precision/recall/FPR, noisy rules, per generator";
  }

  @Override
  public String arguments() {
    return "[options]";
  }

  @Override
  public Options options() {
    return CorpusOptions.add(new Options(), true)
        .addOption(Option.builder().longOpt("split").hasArg().argName("SPLIT")
            .desc("which damaged versions to measure: fit, test or all (default all); clean articles are"
                + " always the negatives").build())
        .addOption(Option.builder("f").longOpt("format").hasArg().argName("FORMAT")
            .desc("text (default) or json").build())
        .addOption(Option.builder("o").longOpt("output").hasArg().argName("FILE")
            .desc("write to FILE instead of standard output").build())
        .addOption(Option.builder().longOpt("top").hasArg().argName("N")
            .desc("rules listed in the text table (default 20; json lists all)").build())
        .addOption(Cli.help());
  }

  @Override
  public String examples() {
    return "  garblecheck eval                                  # corpus/manifest.tsv, all splits\n"
        + "  garblecheck eval --split test --format json -o eval.json\n"
        + "  garblecheck eval --clean docs/ --damaged rt-es/ --damaged rt-gl/\n";
  }

  @Override
  public ExitCode execute(CommandLine line, Cli cli) throws Exception {
    String splitName = line.getOptionValue("split", "all");
    Optional<Split> split = Optional.empty();
    if (!splitName.equals("all")) {
      split = Optional.of(Split.parse(splitName).orElseThrow(() ->
          new UsageException("--split takes fit, test or all, not '" + splitName + "'")));
    }
    String format = line.getOptionValue("format", "text");
    if (!format.equals("text") && !format.equals("json")) {
      throw new UsageException("unknown format '" + format + "' (expected text or json)");
    }
    int top = 20;
    if (line.hasOption("top")) {
      try {
        top = Integer.parseInt(line.getOptionValue("top"));
      } catch (NumberFormatException e) {
        top = -1;
      }
      if (top < 0) {
        throw new UsageException("--top takes a whole number, not '" + line.getOptionValue("top") + "'");
      }
    }
    CorpusOptions.Corpus corpus = CorpusOptions.corpus(line);
    int jobs = CorpusOptions.jobs(line);
    GarbleCheck checker = CorpusOptions.checker(line);
    CorpusScorer.Result scored = CorpusOptions.score(corpus, checker, jobs, cli, line.hasOption("quiet"), name());
    ScoringData s = checker.scorer().data();
    Evaluation.Result result = Evaluation.of(scored.scored(), split, s.damagedSentence(), s.cleanAtLeast(),
        s.garbledBelow());
    String text = format.equals("json")
        ? EvalJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(EvalJson.of(result)) + "\n"
        : EvalText.render("garblecheck eval: " + corpus.description(), result, top);
    if (line.hasOption("output")) {
      Path out = Path.of(line.getOptionValue("output"));
      try (AtomicOutput o = new AtomicOutput(out)) {
        o.writer().write(text);
        o.commit();
      } catch (IOException e) {
        throw new UsageException("cannot write " + out + ": " + e.getMessage());
      }
    } else {
      Writer w = new java.io.OutputStreamWriter(cli.out, StandardCharsets.UTF_8);
      w.write(text);
      w.flush();
    }
    return scored.problems().isEmpty() ? ExitCode.OK : ExitCode.ERROR;
  }
}
