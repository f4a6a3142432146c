package org.garblecheck.spin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.garblecheck.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code garblecheck spin} as the shell runs it: exit codes, messages, files written. */
class SpinCommandTest {
  private static final String FIRST = "Council approves new tram line\n"
      + "The city council approved a new tram line on Tuesday after a long and heated debate.\n"
      + "Supporters said the route would cut journey times, while opponents warned about rising costs.\n";
  private static final String SECOND = "Storm closes mountain roads\n"
      + "Heavy snow closed several mountain roads overnight, and drivers were told to avoid travelling.\n";

  @TempDir
  Path dir;

  @Test
  void missingFileIsOneLineAndExitTwo() {
    Run r = run("spin", dir.resolve("nope.txt").toString());
    assertEquals(2, r.code);
    assertEquals(List.of("garblecheck spin: cannot read " + dir.resolve("nope.txt") + ": no such file or directory"),
        r.errLines());
    assertEquals("", r.out);
  }

  @Test
  void badOptionsAreUsageErrors() throws IOException {
    Path f = write("a.txt", FIRST);
    Run rate = run("spin", "--rate", "1.5", f.toString());
    assertEquals(2, rate.code);
    assertTrue(rate.err.startsWith("garblecheck spin: --rate takes a number from 0 to 1, not '1.5'"), rate.err);
    Run seed = run("spin", "--seed", "x", f.toString());
    assertEquals(2, seed.code);
    assertTrue(seed.err.startsWith("garblecheck spin: --seed takes a whole number, not 'x'"), seed.err);
    Run several = run("spin", f.toString(), write("b.txt", SECOND).toString());
    assertEquals(2, several.code);
    assertTrue(several.err.contains("add -o DIR"), several.err);
    Run none = run("spin");
    assertEquals(2, none.code);
    Run onto = run("spin", "-o", f.toString(), f.toString());
    assertEquals(2, onto.code);
    assertTrue(onto.err.contains("is a file; give a directory"), onto.err);
    assertEquals(FIRST, Files.readString(f), "the input is never written");
  }

  @Test
  void directoryIsSpunFileByFileIntoTheOutputDirectory() throws IOException {
    Path in = Files.createDirectory(dir.resolve("clean"));
    Files.writeString(in.resolve("a.txt"), FIRST);
    Files.writeString(in.resolve("b.txt"), SECOND);
    Files.writeString(in.resolve("notes.md"), "not an article\n");
    Path out = dir.resolve("spun");
    Run r = run("spin", "--rate", "0.4", "--seed", "9", in.toString(), "-o", out.toString());
    assertEquals(0, r.code, r.err);
    try (Stream<Path> s = Files.list(out)) {
      assertEquals(List.of("a.txt", "b.txt"), s.map(p -> p.getFileName().toString()).sorted().toList());
    }
    for (String[] f : new String[][] {{"a.txt", FIRST}, {"b.txt", SECOND}}) {
      String spun = Files.readString(out.resolve(f[0]));
      assertEquals(Spinners.shared().spin(f[1], 0.4, 9).text(), spun, f[0]);
      assertEquals(f[1].split("\n", -1).length, spun.split("\n", -1).length, f[0]);
      assertFalse(spun.equals(f[1]), f[0] + " was not spun");
    }
    assertTrue(r.err.startsWith("garblecheck spin: 2 files, "), r.err);
  }

  @Test
  void singleFileAndStandardInputGoToStandardOutput() throws IOException {
    Path f = write("a.txt", FIRST);
    String expected = Spinners.shared().spin(FIRST, 0.2, 1).text();
    Run file = run("spin", "-q", f.toString());
    assertEquals(0, file.code, file.err);
    assertEquals(expected, file.out);
    assertEquals("", file.err);
    Run stdin = runWithInput(FIRST, "spin", "-q", "-o", "-", "-");
    assertEquals(0, stdin.code, stdin.err);
    assertEquals(expected, stdin.out);
  }

  @Test
  void unreadableInputIsReportedAndTheOthersAreStillSpun() throws IOException {
    Path in = Files.createDirectory(dir.resolve("mixed"));
    Files.writeString(in.resolve("good.txt"), SECOND);
    Files.write(in.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9, '\n'});
    Path out = dir.resolve("out");
    Run r = run("spin", "-q", in.toString(), "-o", out.toString());
    assertEquals(2, r.code);
    assertEquals(1, r.errLines().size(), r.err);
    assertTrue(r.err.startsWith("garblecheck spin: " + in.resolve("latin1.txt") + ": not valid UTF-8"), r.err);
    assertTrue(Files.exists(out.resolve("good.txt")));
    assertFalse(Files.exists(out.resolve("latin1.txt")));
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private static Run run(String... args) {
    return runWithInput("", args);
  }

  private static Run runWithInput(String input, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        false);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private record Run(int code, String out, String err) {
    List<String> errLines() {
      return err.lines().toList();
    }
  }
}
