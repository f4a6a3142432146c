package org.garblecheck.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/** A subcommand of {@code garblecheck}. */
interface Command {
  String name();

  /** One line for the command list. */
  String summary();

  /** The usage line's arguments, e.g. {@code [options] PATH...}. */
  String arguments();

  Options options();

  /** Worked examples printed at the end of {@code --help}. */
  String examples();

  ExitCode execute(CommandLine line, Cli cli) throws UsageException, Exception;
}
