package org.garblecheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files for every report format and every fixture case, under
 * {@code src/test/resources/golden/<format>/<case>.<ext>}. Any difference fails the test; after an intended
 * change, regenerate them with {@code mvn test -Dtest=GoldenReportTest -Dgolden.update=true} and review the
 * diff.
 */
class GoldenReportTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  static List<Arguments> formatsAndCases() {
    List<Arguments> out = new ArrayList<>();
    for (ReportFormat f : ReportFormat.values()) {
      for (ReportFixtures.Case c : ReportFixtures.cases()) {
        out.add(Arguments.of(f, c));
      }
    }
    return out;
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("formatsAndCases")
  void matchesGolden(ReportFormat format, ReportFixtures.Case c) throws IOException {
    String actual = ReportFixtures.render(format, c.reports(), c.options());
    Path file = GOLDEN.resolve(format.id()).resolve(c.name() + "." + format.fileExtension());
    if (UPDATE) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(file)) {
      fail("no golden file " + file + "; create it with -Dgolden.update=true and review it");
    }
    String expected = Files.readString(file, StandardCharsets.UTF_8);
    if (!expected.equals(actual)) {
      assertEquals(expected, actual, file + " differs (first difference at line " + firstDifference(expected, actual)
          + "); if the change is intended, run with -Dgolden.update=true and review the diff");
    }
  }

  private static int firstDifference(String a, String b) {
    String[] x = a.split("\n", -1);
    String[] y = b.split("\n", -1);
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      if (!x[i].equals(y[i])) {
        return i + 1;
      }
    }
    return Math.min(x.length, y.length) + 1;
  }
}
