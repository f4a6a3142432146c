package org.garblecheck.eval.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The committed manifests must be what the corpus files give; rebuild with {@code garblecheck manifest}. */
class CommittedManifestTest {
  @Test
  void corpusManifestIsUpToDate() throws Exception {
    assertUpToDate(Path.of("corpus"));
  }

  @Test
  void testFixtureManifestIsUpToDate() throws Exception {
    assertUpToDate(Path.of("src/test/resources/eval-corpus"));
  }

  private static void assertUpToDate(Path corpus) throws Exception {
    String committed = Files.readString(corpus.resolve("manifest.tsv"), StandardCharsets.UTF_8);
    assertEquals(Manifest.build(corpus).format(), committed,
        corpus + "/manifest.tsv is stale: run 'bin/garblecheck manifest --corpus " + corpus + "'");
  }
}
