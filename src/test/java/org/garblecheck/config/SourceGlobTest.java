package org.garblecheck.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SourceGlobTest {
  @Test
  void starStaysInOneDirectoryAndDoubleStarCrosses() {
    SourceGlob g = SourceGlob.of("feeds/partner-*/**");
    assertTrue(g.matches("feeds/partner-acme/a.txt"));
    assertTrue(g.matches("feeds/partner-acme/2024/05/a.txt"));
    assertFalse(g.matches("feeds/own/a.txt"));
    assertFalse(g.matches("feeds/partner-acme"));
    assertFalse(g.matches("old/feeds/partner-acme/a.txt"));
    SourceGlob star = SourceGlob.of("feeds/*.txt");
    assertTrue(star.matches("feeds/a.txt"));
    assertFalse(star.matches("feeds/sub/a.txt"));
  }

  @Test
  void leadingDoubleStarSlashAlsoMatchesTheTopDirectory() {
    SourceGlob g = SourceGlob.of("**/*.jsonl");
    assertTrue(g.matches("wire.jsonl"));
    assertTrue(g.matches("feeds/2024/wire.jsonl"));
    assertFalse(g.matches("wire.jsonl.bak"));
  }

  @Test
  void questionMarkClassesBracesAndEscapes() {
    assertTrue(SourceGlob.of("a?.txt").matches("a1.txt"));
    assertFalse(SourceGlob.of("a?.txt").matches("a/.txt"));
    assertTrue(SourceGlob.of("[ab]*.md").matches("b-story.md"));
    assertFalse(SourceGlob.of("[!ab]*.md").matches("b-story.md"));
    assertTrue(SourceGlob.of("[!ab]*.md").matches("c-story.md"));
    SourceGlob braces = SourceGlob.of("feeds/{wire,partner}/*.{txt,md}");
    assertTrue(braces.matches("feeds/wire/a.md"));
    assertTrue(braces.matches("feeds/partner/a.txt"));
    assertFalse(braces.matches("feeds/own/a.txt"));
    assertTrue(SourceGlob.of("odd\\*name.txt").matches("odd*name.txt"));
    assertFalse(SourceGlob.of("odd\\*name.txt").matches("oddXname.txt"));
    assertTrue(SourceGlob.of("a+b (1).txt").matches("a+b (1).txt"));
  }

  @Test
  void sourcesAreNormalisedAndTriedAsGivenAndRelativeToTheConfigDirectory() {
    assertEquals("feeds/a.txt", SourcePaths.normalise("./feeds//a.txt"));
    assertEquals("feeds/a.txt", SourcePaths.normalise(".\\feeds\\a.txt"));
    Path base = Path.of("/srv/site").toAbsolutePath();
    Set<String> c = SourcePaths.candidates("feeds/wire.jsonl#42", Optional.of(base), base.resolve("sub"));
    assertEquals(Set.of("feeds/wire.jsonl#42", "feeds/wire.jsonl", "sub/feeds/wire.jsonl",
        "sub/feeds/wire.jsonl#42"), c);
    Set<String> outside = SourcePaths.candidates("/tmp/x.txt", Optional.of(base), base);
    assertEquals(Set.of("/tmp/x.txt"), outside);
  }
}
