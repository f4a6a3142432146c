package org.garblecheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import org.garblecheck.model.ArticleReport;
import org.garblecheck.model.Finding;
import org.garblecheck.model.SentenceScore;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {
  private static final List<ArticleReport> BATCH = ReportFixtures.batch();

  private static Document render(List<ArticleReport> reports) {
    return Jsoup.parse(ReportFixtures.render(ReportFormat.HTML, reports, ReportFixtures.options()));
  }

  @Test
  void hostileInputShowsAsTextAndRunsNothing() throws Exception {
    Document d = render(BATCH);
    Elements scripts = d.select("script");
    assertEquals(1, scripts.size(), "only the report's own script");
    for (Element e : d.getAllElements()) {
      for (Attribute a : e.attributes()) {
        assertFalse(a.getKey().toLowerCase().startsWith("on"), "event handler attribute " + a + " on " + e.tagName());
        assertFalse(a.getValue().strip().toLowerCase().startsWith("javascript:"), "javascript: URL in " + a);
      }
    }
    assertTrue(d.select("img, iframe, object, embed, form, input, base, link").isEmpty(), "no injected element");

    ArticleReport hostile = ReportFixtures.hostile();
    Element section = d.getElementById("a4");
    assertEquals(hostile.article().title(), section.selectFirst("h2").text());
    assertEquals(hostile.article().title(), d.select("#index tbody tr").get(3).child(2).text());
    String shown = section.selectFirst(".text").wholeText();
    assertTrue(shown.contains("\"><img src=x onerror=alert(1)>"), shown);
    assertTrue(shown.contains("<script>alert(1)</script>"), shown);
    assertEquals("javascript:alert(1)", section.selectFirst(".meta .url").text(), "shown, not linked");
    assertTrue(section.select(".findings .sugg").text().contains("</q><script>alert(2)</script>"));

    // Even a missed escape could not run: the policy allows only this page's script and style, by hash.
    String csp = d.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
    assertTrue(csp.startsWith("default-src 'none';"), csp);
    assertTrue(csp.contains("script-src '" + sha256(scripts.first().data()) + "'"), csp);
    assertTrue(csp.contains("style-src '" + sha256(d.selectFirst("style").data()) + "'"), csp);
  }

  @Test
  void everyFindingIsHighlightedOnceWithItsExactText() {
    Document d = render(BATCH);
    for (int n = 1; n <= BATCH.size(); n++) {
      ArticleReport r = BATCH.get(n - 1);
      Element section = d.getElementById("a" + n);
      assertEquals(r.findings().size(), section.select("mark.f[tabindex]").size(), "focusable highlights in a" + n);
      assertEquals(r.findings().size(), section.select("ol.findings > li").size(), "notes in a" + n);
      for (int k = 1; k <= r.findings().size(); k++) {
        Finding f = r.findings().get(k - 1);
        String id = "a" + n + "-f" + k;
        Elements pieces = section.select("mark.f[data-f=" + id + "]");
        assertEquals(1, pieces.stream().filter(p -> p.id().equals(id)).count(), id);
        String joined = pieces.stream().map(Element::wholeText).collect(Collectors.joining());
        assertEquals(lf(f.span().of(r.article().text())), lf(joined), id + " " + f.ruleId());
        Element primary = d.getElementById(id);
        assertEquals("0", primary.attr("tabindex"));
        assertEquals("a" + n + "-n" + k, primary.attr("aria-describedby"));
        Element note = d.getElementById("a" + n + "-n" + k);
        assertTrue(note.text().contains(f.ruleId()) && note.text().contains(Texts.oneLine(f.message())), note.text());
        assertEquals(1, pieces.stream().filter(p -> p.hasClass("last")).count(), id + " has one label");
      }
    }
  }

  @Test
  void textAndSentencesComeOutWhole() {
    Document d = render(BATCH);
    for (int n = 1; n <= BATCH.size(); n++) {
      ArticleReport r = BATCH.get(n - 1);
      Element text = d.getElementById("a" + n).selectFirst(".text");
      assertEquals(lf(r.article().text()).strip(), lf(text.wholeText()).strip());
      for (SentenceScore s : r.sentences()) {
        Element e = d.getElementById("a" + n + "-s" + s.sentence().index());
        assertEquals(lf(s.sentence().span().of(r.article().text())), lf(e.wholeText()));
      }
    }
  }

  @Test
  void nestedAndCrossingFindingsNest() {
    Document d = render(List.of(ReportFixtures.damaged()));
    // ARTICLE_BEFORE_TIME ("the yesterday") lies inside THE_YESTERDAY ("in the yesterday morning"): nested, not split
    Element outer = d.getElementById("a1-f3");
    Element inner = d.getElementById("a1-f4");
    assertEquals(outer, inner.parent());
    assertEquals(1, d.select("mark[data-f=a1-f4]").size());
    // FUTURE_CALQUE ("the help will arrive") and ARRIVE_TO ("arrive to the families") cross: the later one is split
    assertEquals(1, d.select("mark[data-f=a1-f6]").size());
    assertEquals(2, d.select("mark[data-f=a1-f7]").size());
    // TENSE_SHIFT crosses the sentence break: one piece per sentence, sentences stay whole
    Elements shift = d.select("mark[data-f=a1-f5]");
    assertTrue(shift.size() >= 2);
    assertEquals("a1-s0", shift.first().closest(".sent").id());
    assertEquals("a1-s1", shift.last().closest(".sent").id());
  }

  @Test
  void sidePanelStripAndIndexLinkToTheirTargets() {
    Document d = render(BATCH);
    for (Element a : d.select("a[href^=#]")) {
      String target = a.attr("href").substring(1);
      assertTrue(d.getElementById(target) != null, "link to missing #" + target);
    }
    Element damaged = d.getElementById("a3");
    assertEquals(5, damaged.select(".strip li").size());
    assertEquals("Sentence 1 of 5: damage 0.86, 5 findings",
        damaged.select(".strip li").first().child(0).attr("aria-label"));
    assertEquals(List.of("a3-s0", "a3-s1", "a3-s3", "a3-s2", "a3-s4"),
        damaged.select(".panel ol.worst a").eachAttr("href").stream().map(h -> h.substring(1)).toList());
    assertEquals("5", damaged.select(".panel table.cats tr").first().selectFirst("td").text());

    Elements rows = d.select("#index tbody tr");
    assertEquals(BATCH.size(), rows.size());
    for (int i = 0; i < rows.size(); i++) {
      assertEquals("#a" + (i + 1), rows.get(i).selectFirst("a").attr("href"));
      assertEquals(Numbers.fixed(BATCH.get(i).score(), 1), rows.get(i).child(3).attr("data-v"));
    }
    Element scoreHeader = d.selectFirst("#index th:has(button[data-sort=score])");
    assertEquals("none", scoreHeader.attr("aria-sort"));
    assertEquals("button", scoreHeader.child(0).tagName());
  }

  @Test
  void aSingleArticleHasNoIndexAndAnEmptyRunSaysSo() {
    assertTrue(render(List.of(ReportFixtures.clean())).select("#index").isEmpty());
    Document empty = render(List.of());
    assertEquals("No articles were scored.", empty.selectFirst("p.empty").text());
  }

  @Test
  void linksOnlyHttpUrls() {
    assertEquals("https://example.com/a?b=1&c=2", Html.linkable("https://example.com/a?b=1&c=2").orElseThrow());
    assertTrue(Html.linkable("javascript:alert(1)").isEmpty());
    assertTrue(Html.linkable(" JAVASCRIPT:alert(1)").isEmpty());
    assertTrue(Html.linkable("data:text/html,<script>alert(1)</script>").isEmpty());
    assertTrue(Html.linkable("//evil.example/x").isEmpty());
    assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;\uFFFD", Html.escape("<a href=\"x\" title='y'>&\u0000"));
  }

  /** Line breaks as a browser's parser leaves them (CR LF becomes LF). */
  private static String lf(String s) {
    return s.replace("\r\n", "\n");
  }

  private static String sha256(String s) throws Exception {
    return "sha256-" + Base64.getEncoder().encodeToString(
        MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
  }
}
