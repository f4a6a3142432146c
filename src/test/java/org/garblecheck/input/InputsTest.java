package org.garblecheck.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {
  @TempDir
  Path dir;

  private List<String> describe(List<String> paths, String stdin) {
    List<String> out = new ArrayList<>();
    for (InputItem item : new Inputs(paths, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)))) {
      out.add(item.article().map(a -> "article " + a.source())
          .orElseGet(() -> "problem " + item.problem().orElseThrow()));
    }
    return out;
  }

  @Test
  void walksDirectoriesRecursivelyInSortedOrderByExtension() throws IOException {
    Files.createDirectories(dir.resolve("b/c"));
    Files.writeString(dir.resolve("b/c/two.md"), "Second story.\n");
    Files.writeString(dir.resolve("a.txt"), "First story.\n");
    Files.writeString(dir.resolve("notes.pdf"), "%PDF");
    Files.writeString(dir.resolve(".hidden.txt"), "skip me\n");
    List<String> got = describe(List.of(dir.toString()), "");
    assertEquals(List.of("article " + dir.resolve("a.txt"), "article " + dir.resolve("b/c/two.md")), got);
  }

  @Test
  void everyBadInputIsReportedAndTheRestIsRead() throws IOException {
    Path good = Files.writeString(dir.resolve("good.txt"), "A fine story.\n");
    Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
    Path binary = Files.write(dir.resolve("bin.txt"), new byte[] {1, 2, 0, 3});
    Path latin1 = Files.write(dir.resolve("latin.txt"), "Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    Path pdf = Files.writeString(dir.resolve("x.pdf"), "%PDF");
    Path emptyDir = Files.createDirectory(dir.resolve("nothing"));
    List<String> got = describe(List.of(empty.toString(), dir.resolve("missing.txt").toString(), binary.toString(),
        latin1.toString(), pdf.toString(), emptyDir.toString(), good.toString()), "");
    assertEquals(List.of(
        "problem " + empty + ": empty file",
        "problem " + dir.resolve("missing.txt") + ": no such file or directory",
        "problem " + binary + ": binary file (contains NUL bytes), not text",
        "problem " + latin1 + ": not valid UTF-8 (bad byte at offset 3); convert the file to UTF-8",
        "problem " + pdf + ": unsupported file type (expected .txt, .md, .markdown, .html, .htm, .jsonl, .ndjson,"
            + " .rss, .atom, .xml (feeds), .json (JSON Feed))",
        "problem " + emptyDir + ": no files with a known extension (.txt, .md, .markdown, .html, .htm, .jsonl,"
            + " .ndjson, .rss, .atom, .xml (feeds), .json (JSON Feed)) in this directory",
        "article " + good), got);
  }

  @Test
  void anArticleOverTheOneArticleLimitIsReportedAndTheRestIsRead() throws IOException {
    Path huge = Files.writeString(dir.resolve("huge.txt"), "Title\n" + "Word ".repeat(250_000) + "\n");
    Path good = Files.writeString(dir.resolve("good.txt"), "A fine story.\n");
    List<String> got = describe(List.of(huge.toString(), good.toString()), "");
    assertEquals(List.of("problem " + huge + ": the article text is 1,250,007 characters, over the 1,000,000-character"
        + " limit for one article; not scored", "article " + good), got);
  }

  @Test
  void readsStandardInputForDash() {
    assertEquals(List.of("article <stdin>"), describe(List.of("-"), "A story from a pipe.\n"));
    assertEquals(List.of("problem <stdin>: empty file"), describe(List.of("-"), ""));
  }
}
