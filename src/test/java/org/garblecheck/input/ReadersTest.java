package org.garblecheck.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.garblecheck.model.Article;
import org.garblecheck.model.LineMap;
import org.junit.jupiter.api.Test;

class ReadersTest {
  private final List<Article> articles = new ArrayList<>();
  private final List<InputProblem> problems = new ArrayList<>();

  @Test
  void plainTextTakesAHeadlineAsTitle() {
    new TextArticleReader().read("dir/tram-vote.txt", "Council backs tram plan\nThe council voted 9-4 on Monday.\n",
        articles::add, problems::add);
    Article a = articles.get(0);
    assertEquals("tram-vote", a.id());
    assertEquals("Council backs tram plan", a.title());
    assertEquals("dir/tram-vote.txt", a.source());
  }

  @Test
  void plainTextWithoutAHeadlineHasNoTitle() {
    new TextArticleReader().read("x.txt",
        "The council voted nine to four on Monday to extend the tram line, officials said.\nIt opens in 2029.\n",
        articles::add, problems::add);
    assertEquals("", articles.get(0).title());
  }

  @Test
  void markdownKeepsOffsetsByBlankingMarkup() {
    String md = "# Tram vote\n\nThe **council** voted, [reports say](https://example.org/x).\n\n- Item one\n";
    new MarkdownArticleReader().read("a.md", md, articles::add, problems::add);
    Article a = articles.get(0);
    assertEquals(md.length(), a.text().length());
    assertEquals("Tram vote", a.title());
    int council = md.indexOf("council");
    assertEquals("council", a.text().substring(council, council + 7));
    assertFalse(a.text().contains("**"));
    assertFalse(a.text().contains("https://"));
    assertFalse(a.text().contains("#"));
    int reports = md.indexOf("reports say");
    assertEquals("reports say", a.text().substring(reports, reports + 11));
    assertTrue(a.text().contains("  Item one"));
  }

  @Test
  void markdownBlanksCodeBlocks() {
    String md = "Intro line.\n\n```\nint x = 1;\n```\n\nOutro line.\n";
    new MarkdownArticleReader().read("a.md", md, articles::add, problems::add);
    assertFalse(articles.get(0).text().contains("int x"));
    assertEquals(md.length(), articles.get(0).text().length());
  }

  @Test
  void htmlDropsPageFurnitureAndKeepsParagraphs() throws InputException {
    String html = "<html><head><title>Site | Tram vote</title><script>var x = 'no';</script></head><body>"
        + "<nav>Home News Sport</nav><header>Daily Paper</header>"
        + "<article><h1>Tram vote passes</h1><p>The council voted on <b>Monday</b>.</p>"
        + "<p>Work starts in May.</p><aside>Related: other news</aside></article>"
        + "<footer>Copyright</footer></body></html>";
    new HtmlArticleReader().read("page.html", html, articles::add, problems::add);
    Article a = articles.get(0);
    assertEquals("Tram vote passes", a.title());
    assertEquals("Tram vote passes\n\nThe council voted on Monday.\n\nWork starts in May.\n", a.text());
  }

  @Test
  void htmlLinesAndColumnsAreThoseOfThePageSource() throws InputException {
    String html = "<html>\n<body>\n<nav>Home</nav>\n<article>\n  <h1>Ferry   vote</h1>\n"
        + "  <p>Fares rise &amp; the\r\n     night ferry stops.</p>\n"
        + "  <p>Caf&eacute; owners    object.</p>\n</article>\n</body>\n</html>\n";
    new HtmlArticleReader().read("page.html", html, articles::add, problems::add);
    Article a = articles.get(0);
    assertEquals("Ferry vote\n\nFares rise & the night ferry stops.\n\nCafé owners object.\n", a.text());
    LineMap lines = a.lines();
    // "vote" after a collapsed run of spaces: line 5, column 16 of the page
    int vote = a.text().indexOf("vote");
    assertEquals(5, lines.line(vote));
    assertEquals(html.split("\n", -1)[4].indexOf("vote") + 1, lines.column(vote));
    // "the" after a character reference, "night" after a CR LF and indentation on the next line
    int the = a.text().indexOf("the");
    assertEquals(6, lines.line(the));
    assertEquals(html.split("\n", -1)[5].indexOf("the") + 1, lines.column(the));
    int night = a.text().indexOf("night");
    assertEquals(7, lines.line(night));
    assertEquals(6, lines.column(night));
    assertEquals(html.indexOf("night"), lines.offset(night));
    // "owners" after "&eacute;" on line 8
    int owners = a.text().indexOf("owners");
    assertEquals(8, lines.line(owners));
    assertEquals(html.indexOf("owners"), lines.offset(owners));
    assertEquals(html.indexOf("Caf&eacute;") + 3, lines.offset(a.text().indexOf("é")));
  }

  @Test
  void textAndMarkdownLinesAreThoseOfTheirText() throws InputException {
    new TextArticleReader().read("a.txt", "Title\nOne line.\nTwo lines.\n", articles::add, problems::add);
    Article a = articles.get(0);
    assertEquals(new LineMap(a.text()), a.lines());
    assertEquals(3, a.lines().line(a.text().indexOf("Two")));
  }

  @Test
  void htmlWithoutTextIsAnError() {
    assertThrows(InputException.class, () -> new HtmlArticleReader()
        .read("empty.html", "<html><body><script>x()</script></body></html>", articles::add, problems::add));
  }

  @Test
  void jsonLinesReportsBadLinesAndReadsTheRest() {
    String jsonl = "{\"id\":\"a1\",\"title\":\"One\",\"text\":\"First story.\"}\n"
        + "{not json}\n"
        + "{\"id\":\"a3\",\"title\":\"Three\"}\n"
        + "\n"
        + "{\"id\":\"a1\",\"title\":\"Again\",\"text\":\"Same id.\",\"url\":\"https://example.org/a\"}\n";
    new JsonlArticleReader().read("feed.jsonl", jsonl, articles::add, problems::add);
    assertEquals(List.of("feed.jsonl#a1", "feed.jsonl#a1~5"), articles.stream().map(Article::source).toList());
    assertEquals("https://example.org/a", articles.get(1).url().orElseThrow());
    assertEquals(3, problems.size());
    assertEquals("feed.jsonl:2", problems.get(0).source());
    assertTrue(problems.get(0).reason().startsWith("not valid JSON"));
    assertEquals("feed.jsonl:3", problems.get(1).source());
    assertEquals("missing or empty \"text\"", problems.get(1).reason());
    assertTrue(problems.get(2).reason().startsWith("duplicate id"));
  }
}
