package org.garblecheck.input.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.garblecheck.input.InputProblem;
import org.garblecheck.input.JsonlArticleReader;
import org.garblecheck.model.Article;

/** Any text as JSON Lines: no exception; articles with text and unique ids; problems that name their line. */
class JsonlFuzzTest {
  private static final JsonlArticleReader READER = new JsonlArticleReader();

  @FuzzTest(maxDuration = "3s")
  void jsonl(byte[] data) {
    String in = new String(data, StandardCharsets.UTF_8);
    long lines = in.lines().count();
    List<Article> articles = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>();
    READER.read("a.jsonl", in, articles::add, problems::add);
    var sources = new HashSet<String>();
    for (Article a : articles) {
      assertFalse(a.text().isBlank());
      assertTrue(sources.add(a.source()), "unique source " + a.source());
    }
    for (InputProblem p : problems) {
      assertTrue(p.source().matches("a\\.jsonl:\\d+"), p.source());
      long line = Long.parseLong(p.source().substring("a.jsonl:".length()));
      assertTrue(line >= 1 && line <= lines, p.source() + " of " + lines + " lines");
    }
  }
}
