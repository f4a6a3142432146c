package org.garblecheck.input.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.garblecheck.input.HtmlArticleReader;
import org.garblecheck.input.InputException;
import org.garblecheck.model.Article;

/** Any bytes as an HTML page, and any text as a feed item's HTML: text with clean paragraph breaks. */
class HtmlFuzzTest {
  private static final HtmlArticleReader READER = new HtmlArticleReader();

  @FuzzTest(maxDuration = "5s")
  void html(byte[] data) {
    String html = new String(data, StandardCharsets.UTF_8);
    String fragment = HtmlArticleReader.fragmentText(html);
    assertTrue(fragment.endsWith("\n"));
    if (!html.toLowerCase(java.util.Locale.ROOT).contains("<pre")) {
      // preformatted text keeps its blank lines; everywhere else blocks are one blank line apart
      assertFalse(fragment.contains("\n\n\n"), "at most one blank line between paragraphs");
    }
    List<Article> page = new ArrayList<>();
    try {
      READER.readBytes("page.html", data, Optional.of("text/html"), page::add, p -> { });
    } catch (InputException e) {
      assertFalse(e.getMessage().isBlank());
      return;
    }
    assertEquals(1, page.size());
    Article a = page.get(0);
    assertFalse(a.text().isBlank());
    assertTrue(a.text().endsWith("\n"));
    assertFalse(a.text().startsWith(" ") || a.text().startsWith("\n"));
    // every offset of the extracted text lies in the page (decoding never yields more chars than bytes)
    var lines = a.lines();
    for (int o = 0; o <= a.text().length(); o++) {
      int at = lines.offset(o);
      assertTrue(at >= 0 && at <= data.length, "offset " + o + " -> " + at + " of " + data.length);
      assertTrue(lines.line(o) >= 1 && lines.column(o) >= 1);
    }
  }
}
