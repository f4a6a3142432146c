package org.garblecheck.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.garblecheck.GarbleCheck;
import org.garblecheck.eval.corpus.CorpusScorer;
import org.garblecheck.eval.corpus.ScoredVersion;
import org.garblecheck.eval.fit.Calibrator;
import org.garblecheck.eval.fit.CrossValidation;
import org.garblecheck.eval.fit.ScoringYaml;
import org.garblecheck.eval.measure.EvalText;
import org.garblecheck.eval.measure.Evaluation;
import org.garblecheck.model.Category;
import org.garblecheck.rule.ScoringData;
import org.garblecheck.score.Scorer;

/** {@code garblecheck calibrate}: fit the scoring weights on the labelled corpus and write them to rules/. */
final class CalibrateCommand implements Command {
  @Override
  public String name() {
    return "calibrate";
  }

  @Override
  public String summary() {
    return "fit finding weights, article model and thresholds on the corpus's fit split; write scoring.yml";
  }

  @Override
  public String arguments() {
    return "[options]";
  }

  @Override
  public Options options() {
    return CorpusOptions.add(new Options(), false)
        .addOption(Option.builder().longOpt("out").hasArg().argName("FILE")
            .desc("where to write the fitted model (default rules/scoring.yml); its leading comments are kept")
            .build())
        .addOption(Option.builder().longOpt("also-clean").hasArg().argName("DIR")
            .desc("more clean articles (.txt, one paragraph per line) beside the corpus's own: negatives for the"
                + " weights, the article model and the thresholds, so that they hold on text unlike the"
                + " corpus; may be given several times. Example: --also-clean ../shared/data/text").build())
        .addOption(Option.builder().longOpt("dry-run").desc("fit and report, write nothing").build())
        .addOption(Option.builder().longOpt("seed").hasArg().argName("N")
            .desc("seed of the fold split (default 1); the same seed gives the same file").build())
        .addOption(Option.builder().longOpt("folds").hasArg().argName("K")
            .desc("cross-validation folds over articles (default 5)").build())
        .addOption(Option.builder().longOpt("l2-weights").hasArg().argName("L")
            .desc("L2 penalty of the finding-weight fit, toward the current weights (default 0.01)").build())
        .addOption(Option.builder().longOpt("l2-article").hasArg().argName("L")
            .desc("L2 penalty of the article model on standardised features (default 0.1)").build())
        .addOption(Option.builder().longOpt("features").hasArg().argName("LIST")
            .desc("article features to fit, comma-separated (default "
                + String.join(",", Calibrator.Options.DEFAULT_FEATURES) + ")").build())
        .addOption(Option.builder().longOpt("fixed").hasArg().argName("LIST")
            .desc("article features whose current coefficient is kept (default "
                + String.join(",", Calibrator.Options.DEFAULT_FIXED) + "); other current coefficients are"
                + " dropped").build())
        .addOption(Option.builder().longOpt("max-clean-below").hasArg().argName("SHARE")
            .desc("the clean threshold is the highest score with at most this share of the clean articles below"
                + " it (default 0.01)").build())
        .addOption(Option.builder().longOpt("garbled-odds").hasArg().argName("R")
            .desc("the garbled threshold is where the model's odds of damage are R times its odds at the clean"
                + " threshold (default 10)").build())
        .addOption(Option.builder().longOpt("context-strength").hasArg().argName("K")
            .desc("how far the rest of an article moves the damage shown for each of its sentences, 0 (not at"
                + " all) to 1 (a full odds update); default " + plain(Calibrator.Options.DEFAULT_CONTEXT_STRENGTH))
            .build())
        .addOption(Cli.help());
  }

  @Override
  public String examples() {
    return "  garblecheck calibrate                         # fit on corpus/manifest.tsv, write rules/scoring.yml\n"
        + "  garblecheck calibrate --dry-run --folds 10    # only report the cross-validated numbers\n"
        + "  garblecheck calibrate --seed 7 --out /tmp/scoring.yml\n"
        + "  garblecheck calibrate --also-clean ../shared/data/text   # thresholds that hold on other genres\n";
  }

  @Override
  public ExitCode execute(CommandLine line, Cli cli) throws Exception {
    long seed = whole(line, "seed", 1, 0, Long.MAX_VALUE);
    int folds = (int) whole(line, "folds", 5, 2, 100);
    Calibrator.Options options;
    try {
      options = new Calibrator.Options(number(line, "l2-weights", 0.01, 1e-9, 1e9),
          number(line, "l2-article", 0.1, 1e-9, 1e9),
          list(line, "features", Calibrator.Options.DEFAULT_FEATURES),
          list(line, "fixed", Calibrator.Options.DEFAULT_FIXED), number(line, "max-clean-below", 0.01, 0, 0.5),
          number(line, "garbled-odds", 10, 1, 1e6),
          number(line, "context-strength", Calibrator.Options.DEFAULT_CONTEXT_STRENGTH, 0, 1));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    Path out = Path.of(line.getOptionValue("out", "rules/scoring.yml"));
    boolean dryRun = line.hasOption("dry-run");
    if (!dryRun) {
      Path dir = out.toAbsolutePath().getParent();
      if (dir == null || !Files.isDirectory(dir)) {
        throw new UsageException("--out " + out + ": directory " + dir + " does not exist");
      }
    }
    CorpusOptions.Corpus corpus = withMoreClean(CorpusOptions.corpus(line), line);
    int jobs = CorpusOptions.jobs(line);
    GarbleCheck checker = CorpusOptions.checker(line);
    CorpusScorer.Result scored = CorpusOptions.score(corpus, checker, jobs, cli, line.hasOption("quiet"), name());
    if (!scored.problems().isEmpty()) {
      throw new UsageException(scored.problems().size() + " corpus file(s) could not be scored (see above);"
          + " fix the corpus first");
    }
    ScoringData prior = checker.scorer().data();
    List<ScoredVersion> all = scored.scored();
    Calibrator.Fit fit;
    CrossValidation.Result cv;
    try {
      cv = CrossValidation.run(all, prior, options, folds, seed);
      fit = Calibrator.fit(CrossValidation.fitSplit(all), prior, options);
    } catch (IllegalArgumentException e) {
      throw new UsageException("cannot fit: " + e.getMessage());
    }
    ScoringData model = fit.scoring();
    Scorer scorer = new Scorer(model);
    List<ScoredVersion> rescored = all.stream().map(v -> v.withReport(scorer.rescore(v.report()))).toList();

    Evaluation.Result cvResult = Evaluation.of(cv.heldOut(), Optional.empty(), prior.damagedSentence(),
        Double.NaN, Double.NaN);
    Evaluation.Result fullResult = Evaluation.of(rescored, Optional.empty(), model.damagedSentence(),
        model.cleanAtLeast(), model.garbledBelow());
    StringBuilder report = new StringBuilder();
    report.append(model(prior, fit));
    double lo = cv.models().stream().mapToDouble(ScoringData::cleanAtLeast).min().orElse(Double.NaN);
    double hi = cv.models().stream().mapToDouble(ScoringData::cleanAtLeast).max().orElse(Double.NaN);
    report.append('\n').append(EvalText.levels(String.format(Locale.ROOT, "CROSS-VALIDATED: %d folds over"
        + " articles (seed %d), each held-out article scored by the model fitted without it (its clean"
        + " threshold %.1f-%.1f). Fit-split generators: cross-validated. Test-split generators:"
        + " cross-generator.", folds, seed, lo, hi), cvResult));
    report.append('\n').append(EvalText.levels("FULL FIT (the model written): fit-split generators in-sample;"
        + " test-split generators cross-generator (clean articles in-sample).", fullResult));
    cli.out.print(report);
    cli.out.flush();
    if (dryRun) {
      return ExitCode.OK;
    }
    String previous = Files.isRegularFile(out) ? Files.readString(out, StandardCharsets.UTF_8) : "";
    List<String> provenance = new ArrayList<>();
    provenance.add(String.format(Locale.ROOT, "--seed %d --folds %d --l2-weights %s --l2-article %s", seed,
        folds, plain(options.l2Weights()), plain(options.l2Article())));
    provenance.add("--features " + String.join(",", options.features()) + " --fixed "
        + String.join(",", options.fixed()) + " --max-clean-below " + plain(options.maxCleanBelow())
        + " --context-strength " + plain(options.contextStrength()));
    provenance.add(String.format(Locale.ROOT, "on %s: %d clean articles, %d damaged fit versions (%s).",
        corpus.description(), fit.cleanArticles(), fit.damagedVersions(), fitGenerators(all)));
    provenance.add(headline("cross-validated", cvResult, "fit"));
    provenance.add(headline("cross-generator", cvResult, "test"));
    provenance.add("Do not edit the numbers by hand; rerun garblecheck calibrate (see README).");
    String yaml = ScoringYaml.write(model, previous, provenance);
    try (AtomicOutput o = new AtomicOutput(out)) {
      o.writer().write(yaml);
      o.commit();
    } catch (IOException e) {
      throw new UsageException("cannot write " + out + ": " + e.getMessage());
    }
    cli.err.println("garblecheck calibrate: wrote " + out);
    return ExitCode.OK;
  }

  /** The corpus with the clean articles of every {@code --also-clean DIR} added. */
  private static CorpusOptions.Corpus withMoreClean(CorpusOptions.Corpus corpus, CommandLine line)
      throws UsageException {
    if (!line.hasOption("also-clean")) {
      return corpus;
    }
    List<org.garblecheck.eval.corpus.Version> versions = new ArrayList<>(corpus.manifest().versions());
    StringBuilder description = new StringBuilder(corpus.description());
    for (String dir : line.getOptionValues("also-clean")) {
      try {
        // absolute paths, so that they resolve whatever the corpus's base directory
        versions.addAll(org.garblecheck.eval.corpus.Manifest.pair(Path.of(dir).toAbsolutePath(), List.of())
            .versions());
      } catch (org.garblecheck.eval.corpus.CorpusException e) {
        throw new UsageException("--also-clean " + dir + ": " + e.getMessage());
      }
      description.append(" + clean ").append(dir);
    }
    return new CorpusOptions.Corpus(new org.garblecheck.eval.corpus.Manifest(versions, corpus.manifest().notes()),
        corpus.base(), description.toString());
  }

  /** One provenance line: article and paragraph AUC of the generators of one split, out of fold. */
  private static String headline(String label, Evaluation.Result r, String split) {
    StringBuilder b = new StringBuilder(label + " article/paragraph AUC:");
    boolean any = false;
    for (Evaluation.Group g : r.groups()) {
      if (g.split().equals(split) && !g.generator().equals("all")) {
        b.append(String.format(Locale.ROOT, " %s %.3f/%.3f", g.generator(), g.articles().auc(),
            g.paragraphs().auc()));
        any = true;
      }
    }
    return any ? b.toString() : label + ": no " + split + "-split versions";
  }

  private static String fitGenerators(List<ScoredVersion> all) {
    Map<String, Integer> n = new TreeMap<>();
    for (ScoredVersion v : CrossValidation.fitSplit(all)) {
      if (!v.version().isClean() && !v.version().changedLines().isEmpty()) {
        n.merge(v.version().generator(), 1, Integer::sum);
      }
    }
    List<String> parts = new ArrayList<>();
    n.forEach((k, v) -> parts.add(k + " " + v));
    return String.join(", ", parts);
  }

  private static String model(ScoringData prior, Calibrator.Fit fit) {
    ScoringData m = fit.scoring();
    StringBuilder b = new StringBuilder("FITTED MODEL (current -> fitted)\n");
    for (Calibrator.AxisFit a : fit.axes().values()) {
      b.append(a.fitted()
          ? String.format(Locale.ROOT, "%s axis: %d damaged vs %d clean sentences; damage no finding explains"
              + " (leak) %.3f\n", a.axis(), a.positives(), a.negatives(), a.leak())
          : String.format(Locale.ROOT, "%s axis: no damaged sentences of that kind in the fit split; weights"
              + " kept\n", a.axis()));
    }
    b.append(String.format(Locale.ROOT, "%-15s %15s %15s\n", "category", "mt", "spin"));
    for (Category c : Category.values()) {
      ScoringData.Weight p = prior.categoryWeights().get(c);
      ScoringData.Weight w = m.categoryWeights().get(c);
      b.append(String.format(Locale.ROOT, "%-15s %6.3f -> %5.3f %6.3f -> %5.3f\n", c.id(), p.mt(), w.mt(),
          p.spin(), w.spin()));
    }
    b.append(String.format(Locale.ROOT, "article bias %s -> %s; coefficients %s -> %s\n", plain(prior.bias()),
        plain(m.bias()), prior.coefficients(), m.coefficients()));
    b.append(String.format(Locale.ROOT, "thresholds clean %s -> %s, garbled %s -> %s\n",
        plain(prior.cleanAtLeast()), plain(m.cleanAtLeast()), plain(prior.garbledBelow()), plain(m.garbledBelow())));
    return b.toString();
  }

  private static String plain(double v) {
    return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  private static List<String> list(CommandLine line, String option, List<String> fallback) {
    if (!line.hasOption(option)) {
      return fallback;
    }
    String v = line.getOptionValue(option).strip();
    return v.isEmpty() ? List.of() : Arrays.stream(v.split(",")).map(String::strip).toList();
  }

  private static long whole(CommandLine line, String option, long fallback, long min, long max)
      throws UsageException {
    if (!line.hasOption(option)) {
      return fallback;
    }
    String v = line.getOptionValue(option);
    try {
      long n = Long.parseLong(v.strip());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // fall through
    }
    throw new UsageException("--" + option + " takes a whole number from " + min + " to " + max + ", not '" + v
        + "'");
  }

  private static double number(CommandLine line, String option, double fallback, double min, double max)
      throws UsageException {
    if (!line.hasOption(option)) {
      return fallback;
    }
    String v = line.getOptionValue(option);
    try {
      double d = Double.parseDouble(v);
      if (d >= min && d <= max) {
        return d;
      }
    } catch (NumberFormatException e) {
      // fall through
    }
    throw new UsageException("--" + option + " takes a number from " + plain(min) + " to " + plain(max)
        + ", not '" + v + "'");
  }
}
