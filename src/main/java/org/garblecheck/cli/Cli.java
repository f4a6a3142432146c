package org.garblecheck.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.ParseException;
import org.garblecheck.rule.RuleFileException;

/** Parses the command line, dispatches to a {@link Command}, and turns user mistakes into one-line errors. */
public final class Cli {
  static final String VERSION = "0.1.0";
  final InputStream in;
  final PrintStream out;
  final PrintStream err;
  final boolean terminal;
  private final Map<String, Command> commands = new LinkedHashMap<>();

  Cli(InputStream in, PrintStream out, PrintStream err, boolean terminal) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.terminal = terminal;
    for (Command c : List.<Command>of(
        new ScoreCommand(),
        new SpinCommand(),
        new BenchCommand(),
        new EvalCommand(),
        new CalibrateCommand(),
        new ManifestCommand(),
        new BuildLmCommand(),
        new BuildWordingCommand())) {
      commands.put(c.name(), c);
    }
  }

  int run(String[] args) {
    if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help") || args[0].equals("help")) {
      if (args.length > 1 && commands.containsKey(args[1])) {
        help(commands.get(args[1]));
      } else {
        mainHelp();
      }
      return args.length == 0 ? ExitCode.ERROR.code() : ExitCode.OK.code();
    }
    if (args[0].equals("--version") || args[0].equals("-V")) {
      out.println("garblecheck " + VERSION);
      return ExitCode.OK.code();
    }
    Command cmd = commands.get(args[0]);
    if (cmd == null) {
      err.println("garblecheck: unknown command '" + args[0] + "'. Commands: " + String.join(", ", commands.keySet())
          + ". Try 'garblecheck --help'.");
      return ExitCode.ERROR.code();
    }
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    try {
      CommandLine line = new DefaultParser().parse(cmd.options(), rest);
      if (line.hasOption("help")) {
        help(cmd);
        return ExitCode.OK.code();
      }
      return cmd.execute(line, this).code();
    } catch (ParseException e) {
      err.println("garblecheck " + cmd.name() + ": " + e.getMessage());
      err.println("Try 'garblecheck " + cmd.name() + " --help'.");
      return ExitCode.ERROR.code();
    } catch (UsageException e) {
      err.println("garblecheck " + cmd.name() + ": " + e.getMessage());
      err.println("Try 'garblecheck " + cmd.name() + " --help'.");
      return ExitCode.ERROR.code();
    } catch (RuleFileException e) {
      err.println("garblecheck " + cmd.name() + ": bad rules: " + e.getMessage());
      return ExitCode.ERROR.code();
    } catch (Exception e) {
      err.println("garblecheck " + cmd.name() + ": internal error: " + e);
      err.println("Please report this with the input that caused it.");
      return ExitCode.ERROR.code();
    }
  }

  private void mainHelp() {
    out.println("garblecheck " + VERSION + " — finds machine-translation round-trip and spin-bot damage in"
        + " English news,");
    out.println("sentence by sentence, and writes a quality report per article.");
    out.println();
    out.println("Usage: garblecheck COMMAND [options] [arguments]");
    out.println();
    out.println("Commands:");
    for (Command c : commands.values()) {
      out.printf("  %-11s %s%n", c.name(), c.summary());
    }
    out.println();
    out.println("Options:");
    out.println("  -h, --help     this help; 'garblecheck COMMAND --help' explains a command");
    out.println("  -V, --version  print the version");
    out.println();
    out.println("Exit codes: 0 all articles pass, 1 an article is below --fail-under,"
        + " 2 usage error or unreadable input.");
    out.println();
    out.println("Example:");
    out.println("  garblecheck score corpus/samples/damaged-sample.txt");
  }

  void help(Command c) {
    PrintWriter pw = new PrintWriter(out, true);
    HelpFormatter f = new HelpFormatter();
    f.setWidth(100);
    f.setOptionComparator(null);
    f.printHelp(pw, 100, "garblecheck " + c.name() + " " + c.arguments(), c.summary() + "\n\nOptions:",
        c.options(), 2, 3, "\nExamples:\n" + c.examples(), false);
    pw.flush();
  }

  static Option help() {
    return Option.builder("h").longOpt("help").desc("show this help and exit").build();
  }
}
