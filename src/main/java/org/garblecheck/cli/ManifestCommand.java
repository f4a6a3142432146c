package org.garblecheck.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.garblecheck.eval.corpus.CorpusException;
import org.garblecheck.eval.corpus.Layout;
import org.garblecheck.eval.corpus.Manifest;
import org.garblecheck.eval.corpus.Version;

/** {@code garblecheck manifest}: rebuild (or check) the labelled corpus manifest from the corpus files. */
final class ManifestCommand implements Command {
  @Override
  public String name() {
    return "manifest";
  }

  @Override
  public String summary() {
    return "rebuild corpus/manifest.tsv (versions, generators, splits, changed lines) from the corpus files";
  }

  @Override
  public String arguments() {
    return "[options]";
  }

  @Override
  public Options options() {
    return new Options()
        .addOption(Option.builder().longOpt("corpus").hasArg().argName("DIR")
            .desc("the corpus directory; DIR/" + Layout.FILE + " says which subdirectory holds which versions"
                + " (default: corpus). Example: --corpus corpus").build())
        .addOption(Option.builder("o").longOpt("out").hasArg().argName("FILE")
            .desc("where to write the manifest (default: DIR/manifest.tsv)").build())
        .addOption(Option.builder().longOpt("check")
            .desc("write nothing; exit 1 when the manifest file is not what the corpus gives").build())
        .addOption(Cli.help());
  }

  @Override
  public String examples() {
    return "  garblecheck manifest                 # rewrite corpus/manifest.tsv\n"
        + "  garblecheck manifest --check         # exit 1 if corpus/manifest.tsv is stale\n";
  }

  @Override
  public ExitCode execute(CommandLine line, Cli cli) throws Exception {
    Path corpus = Path.of(line.getOptionValue("corpus", "corpus"));
    if (!Files.isRegularFile(corpus.resolve(Layout.FILE))) {
      throw new UsageException("--corpus " + corpus + ": no " + Layout.FILE + " in that directory");
    }
    Path out = line.hasOption("out") ? Path.of(line.getOptionValue("out")) : corpus.resolve("manifest.tsv");
    Manifest m;
    try {
      m = Manifest.build(corpus);
    } catch (CorpusException e) {
      throw new UsageException(e.getMessage());
    }
    m.notes().forEach(n -> cli.err.println("garblecheck manifest: note: " + n));
    String text = m.format();
    if (line.hasOption("check")) {
      String current = Files.isRegularFile(out) ? Files.readString(out, StandardCharsets.UTF_8) : "";
      if (!current.equals(text)) {
        cli.err.println("garblecheck manifest: " + out + " is stale; run 'garblecheck manifest' to rebuild it");
        return ExitCode.BELOW_GATE;
      }
      cli.err.println("garblecheck manifest: " + out + " is up to date (" + summary(m) + ")");
      return ExitCode.OK;
    }
    try (AtomicOutput o = new AtomicOutput(out)) {
      o.writer().write(text);
      o.commit();
    } catch (IOException e) {
      throw new UsageException("cannot write " + out + ": " + e.getMessage());
    }
    cli.err.println("garblecheck manifest: wrote " + out + " (" + summary(m) + ")");
    return ExitCode.OK;
  }

  private static String summary(Manifest m) {
    Map<String, Integer> byGenerator = new TreeMap<>();
    for (Version v : m.versions()) {
      byGenerator.merge(v.isClean() ? "clean" : v.generator(), 1, Integer::sum);
    }
    StringBuilder b = new StringBuilder();
    byGenerator.forEach((k, n) -> b.append(b.length() == 0 ? "" : ", ").append(n).append(' ').append(k));
    return b.toString();
  }
}
