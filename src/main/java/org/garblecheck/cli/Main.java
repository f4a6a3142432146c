package org.garblecheck.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** The {@code garblecheck} command. A thin shell: parsing and printing here, the work in the library. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
        StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
        StandardCharsets.UTF_8);
    System.exit(run(args, System.in, out, err, System.console() != null));
  }

  /** Runs the command as the shell would, without exiting; for tests and embedding. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, InputStream.nullInputStream(), out, err, false);
  }

  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, boolean terminal) {
    return new Cli(in, out, err, terminal).run(args);
  }
}
