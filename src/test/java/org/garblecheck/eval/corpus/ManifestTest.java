package org.garblecheck.eval.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {
  @TempDir Path dir;

  private void write(String path, String text) throws IOException {
    Path p = dir.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
  }

  private void layout() throws IOException {
    write("versions.tsv", "# dir kind generator split\nclean\tclean\tnone\tfit\nrt\troundtrip\tapertium-es\tfit\n"
        + "hand\thandmade\thand\ttest\nspun\tspun\tspin-20\tfit\n");
  }

  @Test
  void buildsOneRowPerVersionWithTheChangedLines() throws Exception {
    layout();
    write("clean/b.txt", "Title B\nOne.\nTwo.\n");
    write("clean/a.txt", "Title A\nFirst line.\nSecond line.\nThird line.\n");
    write("rt/a.txt", "Title A\nFirst line changed.\nSecond line.\nThird, changed.");
    write("rt/b.txt", "Title B\r\nOne.\r\nTwo.\r\n");
    write("hand/a.txt", "Title A!\nFirst line.\nSecond line.\nThird line.\n");
    write("hand/NOTES.md", "not a version\n");
    Manifest m = Manifest.build(dir);
    assertEquals(List.of(
        new Version("clean/a.txt", "a", Kind.CLEAN, "none", Split.FIT, List.of()),
        new Version("clean/b.txt", "b", Kind.CLEAN, "none", Split.FIT, List.of()),
        new Version("rt/a.txt", "a", Kind.ROUNDTRIP, "apertium-es", Split.FIT, List.of(2, 4)),
        new Version("rt/b.txt", "b", Kind.ROUNDTRIP, "apertium-es", Split.FIT, List.of()),
        new Version("hand/a.txt", "a", Kind.HANDMADE, "hand", Split.TEST, List.of(1))), m.versions());
    assertEquals(List.of(dir.resolve("spun") + ": not there yet, skipped"), m.notes());
    assertEquals("path\tarticle\tkind\tgenerator\tsplit\tchanged_lines\n"
        + "clean/a.txt\ta\tclean\tnone\tfit\t\n"
        + "clean/b.txt\tb\tclean\tnone\tfit\t\n"
        + "rt/a.txt\ta\troundtrip\tapertium-es\tfit\t2,4\n"
        + "rt/b.txt\tb\troundtrip\tapertium-es\tfit\t\n"
        + "hand/a.txt\ta\thandmade\thand\ttest\t1\n", m.format());
  }

  @Test
  void readsWhatItWrites() throws Exception {
    layout();
    write("clean/a.txt", "T\nx\ny\n");
    write("rt/a.txt", "T\nx2\ny2\n");
    Manifest m = Manifest.build(dir);
    Path file = dir.resolve("manifest.tsv");
    Files.writeString(file, m.format(), StandardCharsets.UTF_8);
    assertEquals(m.versions(), Manifest.read(file).versions());
  }

  @Test
  void aMisalignedVersionIsAnErrorNamingTheFile() throws Exception {
    layout();
    write("clean/a.txt", "T\nx\ny\n");
    write("rt/a.txt", "T\nx and y\n");
    CorpusException e = assertThrows(CorpusException.class, () -> Manifest.build(dir));
    assertEquals(dir.resolve("rt").resolve("a.txt") + ": not line-aligned with the clean version (2 lines, clean has 3)",
        e.getMessage());
  }

  @Test
  void aVersionWithoutCleanOriginalIsAnError() throws Exception {
    layout();
    write("clean/a.txt", "T\nx\n");
    write("rt/z.txt", "T\nx\n");
    CorpusException e = assertThrows(CorpusException.class, () -> Manifest.build(dir));
    assertTrue(e.getMessage().endsWith(": no clean version " + dir.resolve("clean").resolve("z.txt")), e.getMessage());
  }

  @Test
  void badManifestRowsNameTheLine() throws Exception {
    Path file = dir.resolve("m.tsv");
    Files.writeString(file, Manifest.HEADER + "\nclean/a.txt\ta\tclean\tnone\tfit\t\nrt/a.txt\ta\tweird\tx\tfit\t1\n");
    CorpusException e = assertThrows(CorpusException.class, () -> Manifest.read(file));
    assertEquals(file + " line 3: unknown kind 'weird' (expected clean, roundtrip, spun, mixed, slips, grammar, handmade, damaged)",
        e.getMessage());
    Files.writeString(file, Manifest.HEADER + "\nrt/a.txt\ta\troundtrip\tx\tfit\t3,2\n");
    e = assertThrows(CorpusException.class, () -> Manifest.read(file));
    assertTrue(e.getMessage().startsWith(file + " line 2: changed lines must be ascending"), e.getMessage());
    Files.writeString(file, "path,article\n");
    e = assertThrows(CorpusException.class, () -> Manifest.read(file));
    assertTrue(e.getMessage().startsWith(file + ": not a corpus manifest"), e.getMessage());
  }

  @Test
  void pairsDirectoriesByFileName() throws Exception {
    write("docs/a.txt", "T\nx\ny\n");
    write("docs/b.txt", "U\nx\n");
    write("rt-es/a.txt", "T\nx\nz\n");
    Manifest m = Manifest.pair(dir.resolve("docs"), List.of(dir.resolve("rt-es")));
    assertEquals(3, m.versions().size());
    Version damaged = m.versions().get(2);
    assertEquals("rt-es", damaged.generator());
    assertEquals(Kind.DAMAGED, damaged.kind());
    assertEquals(List.of(3), damaged.changedLines());
  }

  @Test
  void linesIgnoreAFinalLineBreakAndCarriageReturns() {
    assertEquals(List.of("a", "b"), Lines.of("a\r\nb\r\n"));
    assertEquals(List.of("a", "", "b"), Lines.of("a\n\nb"));
    assertEquals(List.of(), Lines.of(""));
  }

  @Test
  void layoutRejectsTwoCleanDirectories() throws Exception {
    write("versions.tsv", "clean\tclean\tnone\tfit\nother\tclean\tnone\tfit\n");
    CorpusException e = assertThrows(CorpusException.class, () -> Layout.read(dir.resolve("versions.tsv")));
    assertTrue(e.getMessage().contains("generator 'none' is listed twice"), e.getMessage());
  }
}
