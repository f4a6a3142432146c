package org.garblecheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import org.garblecheck.model.ArticleReport;
import org.junit.jupiter.api.Test;

class GithubRendererTest {
  private static List<String> lines(List<ArticleReport> reports, RenderOptions options) {
    return ReportFixtures.render(ReportFormat.GITHUB, reports, options).lines().toList();
  }

  @Test
  void escapesMessagesAndProperties() {
    assertEquals("100%25 a%0D%0Ab: c, d", GithubRenderer.data("100% a\r\nb: c, d"));
    assertEquals("100%25 a%0D%0Ab%3A c%2C d", GithubRenderer.property("100% a\r\nb: c, d"));
    List<String> out = lines(List.of(ReportFixtures.hostile()), ReportFixtures.options());
    String broken = out.stream().filter(l -> l.contains("PERCENT_NEWLINE")).findFirst().orElseThrow();
    assertEquals("::warning file=feeds/wire%2Ceast%3A50%25.jsonl,title=PERCENT_NEWLINE (fragment) (item item-7)::"
        + "Broken line: 100%250A::error::injected, a:b second line [“100%25 of funds, line” → “100%25 of funds, | pipes |"
        + " \"quotes\"”] sentence damage 0.61", broken);
    for (String l : out) {
      assertTrue(l.startsWith("::warning ") || l.startsWith("::error ") || l.startsWith("::notice "), l);
    }
  }

  @Test
  void positionsAreOneBasedAndUtf16() {
    String what = lines(List.of(ReportFixtures.damaged()), ReportFixtures.options()).stream()
        .filter(l -> l.contains("WHAT_AS_RELATIVE")).findFirst().orElseThrow();
    assertTrue(what.startsWith("::error file=news/2024/minister-visit.txt,line=3,col=63,endLine=3,endColumn=72,"
        + "title=WHAT_AS_RELATIVE (grammar)::"), what);
  }

  @Test
  void worstFirstCappedWithACountOfTheRest() {
    RenderOptions capped = ReportFixtures.options().withFailUnder(OptionalDouble.of(70)).withMaxAnnotations(4);
    List<String> out = lines(ReportFixtures.batch(), capped);
    assertEquals(5, out.size());
    assertTrue(out.get(0).startsWith("::error file=news/2024/minister-visit.txt,title=garblecheck%3A below 70.0::"));
    assertTrue(out.get(1).startsWith("::error file=feeds/wire%2Ceast%3A50%25.jsonl,title=garblecheck%3A below 70.0"));
    assertTrue(out.get(2).contains("ARTICLE_BEFORE_TIME"), "the error in the worst sentence: " + out.get(2));
    assertTrue(out.get(3).contains("TL_LIGHT_VERB"), "then warnings in position order: " + out.get(3));
    // 2 gate failures + 17 findings, 4 shown
    assertEquals("::notice title=garblecheck::5 articles, 2 below 70.0; 19 annotations, 4 shown, 15 left out"
        + " (raise --max-annotations, now 4, to see more)", out.get(4));

    List<String> none = lines(ReportFixtures.batch(), capped.withMaxAnnotations(0));
    assertEquals(List.of("::notice title=garblecheck::5 articles, 2 below 70.0; 19 annotations, 0 shown, 19 left out"
        + " (raise --max-annotations, now 0, to see more)"), none);
  }
}
