package org.garblecheck.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.garblecheck.model.ArticleReport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads a generated HTML report in headless Chromium (Debian's {@code chromium}, which {@code .ci/run}
 * installs): the page's self-test (URL {@code #selftest}) sorts the index by score twice and focuses the
 * first highlight; the test then checks the DOM Chromium dumps, and saves a screenshot as
 * {@code target/report-screenshot.png}. Skipped only when no Chromium binary is on the PATH.
 */
class HtmlBrowserTest {
  private static final long TIMEOUT_SECONDS = 60;

  @Test
  void reportWorksInAHeadlessBrowser(@TempDir Path tmp) throws Exception {
    Optional<Path> chromium = findChromium();
    assumeTrue(chromium.isPresent(), "no chromium binary on the PATH (.ci/run installs Debian's chromium)");
    List<ArticleReport> batch = ReportFixtures.batch();
    Path page = Path.of("target", "report-sample.html").toAbsolutePath();
    Files.createDirectories(page.getParent());
    Files.writeString(page, ReportFixtures.render(ReportFormat.HTML, batch,
        ReportFixtures.options().withFailUnder(java.util.OptionalDouble.of(70))), StandardCharsets.UTF_8);

    String dom = run(chromium.get(), tmp, "--dump-dom", page.toUri() + "#selftest");
    Document d = Jsoup.parse(dom);
    String raw = d.body().attr("data-selftest");
    assertFalse(raw.isEmpty(), "the page's script did not run; DOM starts: " + dom.substring(0, Math.min(300, dom.length())));
    JsonNode self = new ObjectMapper().readTree(raw);

    int findings = batch.stream().mapToInt(r -> r.findings().size()).sum();
    assertEquals(findings, d.select("mark.f[tabindex]").size(), "one focusable highlight per finding");
    assertEquals(findings, self.get("highlights").asInt());
    assertEquals(findings, self.get("notes").asInt());

    double[] scores = batch.stream().mapToDouble(r -> Math.round(r.score() * 10) / 10.0).toArray();
    double[] ascending = scores.clone();
    Arrays.sort(ascending);
    double[] descending = new double[ascending.length];
    for (int i = 0; i < ascending.length; i++) {
      descending[i] = ascending[ascending.length - 1 - i];
    }
    assertArrayEquals(ascending, numbers(self.get("ascending")), 1e-9, "first click sorts ascending");
    assertArrayEquals(descending, numbers(self.get("descending")), 1e-9, "second click sorts descending");
    List<Double> shown = new ArrayList<>();
    for (Element row : d.select("#index tbody tr")) {
      shown.add(Double.parseDouble(row.child(3).attr("data-v")));
    }
    assertEquals(Arrays.stream(descending).boxed().toList(), shown, "the dumped DOM is in the last order");
    assertEquals("descending", d.selectFirst("#index th:has(button[data-sort=score])").attr("aria-sort"));

    assertTrue(self.get("indexFirst").asBoolean(), "the index is moved above the articles");
    assertEquals("index", d.getElementById("main").child(0).id());
    String firstRule = batch.get(2).findings().get(0).ruleId();
    assertTrue(self.get("tipOnFocus").asText().contains(firstRule), "focus shows the tooltip: " + self.get("tipOnFocus"));
    assertFalse(self.get("tipAfterBlur").asBoolean(), "the tooltip goes away on blur");
    assertEquals(1, d.select("script").size(), "nothing from the input became a script");
    assertTrue(d.select("img").isEmpty(), "nothing from the input became an image");

    Path shot = Path.of("target", "report-screenshot.png").toAbsolutePath();
    Files.deleteIfExists(shot);
    run(chromium.get(), tmp, "--hide-scrollbars", "--screenshot=" + shot, "--window-size=1280,2000", page.toUri().toString());
    byte[] png = Files.readAllBytes(shot);
    assertTrue(png.length > 10_000, "screenshot too small: " + png.length + " bytes");
    assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4));
  }

  private static double[] numbers(JsonNode array) {
    double[] out = new double[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).asDouble();
    }
    return out;
  }

  private static String run(Path chromium, Path tmp, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + tmp.resolve("profile")));
    cmd.addAll(List.of(args));
    Path stdout = tmp.resolve("stdout");
    Path stderr = tmp.resolve("stderr");
    Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
    if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish in " + TIMEOUT_SECONDS + " s: " + cmd);
    }
    String err = Files.readString(stderr, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), "chromium failed: " + err);
    return Files.readString(stdout, StandardCharsets.UTF_8);
  }

  static Optional<Path> findChromium() {
    String given = System.getProperty("chromium.binary");
    if (given != null && !given.isBlank()) {
      return Optional.of(Path.of(given));
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser")) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }
}
