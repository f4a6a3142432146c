package org.garblecheck.input.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.garblecheck.input.MarkdownArticleReader;
import org.garblecheck.model.Article;

/**
 * Markdown blanking keeps every offset: the checked text has the length of the file, and each character is
 * the original or a blank (line breaks never change).
 */
class MarkdownFuzzTest {
  private static final MarkdownArticleReader READER = new MarkdownArticleReader();

  @FuzzTest(maxDuration = "3s")
  void markdown(byte[] data) {
    String in = new String(data, StandardCharsets.UTF_8);
    List<Article> out = new ArrayList<>();
    READER.read("story.md", in, out::add, p -> { });
    assertEquals(1, out.size());
    String text = out.get(0).text();
    assertEquals(in.length(), text.length());
    for (int i = 0; i < in.length(); i++) {
      char o = in.charAt(i);
      char t = text.charAt(i);
      if (o == '\n' || o == '\r') {
        assertEquals(o, t, "line break at " + i);
      } else {
        assertTrue(t == o || t == ' ', "offset " + i + ": '" + o + "' became '" + t + "'");
      }
    }
    String title = out.get(0).title();
    assertTrue(title.isEmpty() || in.contains(title), "the title is taken from the text");
  }
}
