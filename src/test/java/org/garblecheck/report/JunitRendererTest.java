package org.garblecheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.OptionalDouble;
import javax.xml.parsers.DocumentBuilderFactory;
import org.garblecheck.model.ArticleReport;
import org.garblecheck.model.Verdict;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class JunitRendererTest {
  private static Document xml(List<ArticleReport> reports, RenderOptions options) throws Exception {
    String s = ReportFixtures.render(ReportFormat.JUNIT, reports, options);
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(s)));
  }

  @Test
  void withAGateArticlesBelowItFail() throws Exception {
    Document d = xml(ReportFixtures.batch(), ReportFixtures.options().withFailUnder(OptionalDouble.of(70)));
    Element suite = (Element) d.getElementsByTagName("testsuite").item(0);
    assertEquals("5", suite.getAttribute("tests"));
    assertEquals("2", suite.getAttribute("failures"));
    assertEquals("2", d.getDocumentElement().getAttribute("failures"));
    NodeList cases = d.getElementsByTagName("testcase");
    assertEquals(5, cases.getLength());
    Element damaged = (Element) cases.item(2);
    assertEquals("news/2024/minister-visit.txt", damaged.getAttribute("classname"));
    assertEquals("Minister visits the flood zone", damaged.getAttribute("name"));
    Element failure = (Element) damaged.getElementsByTagName("failure").item(0);
    assertEquals("score 31.6 is below 70.0 (garbled)", failure.getAttribute("message"));
    String body = failure.getTextContent();
    assertTrue(body.contains("1:72 ARTICLE_BEFORE_TIME (grammar, sentence damage 0.86): Remove “the”."), body);
    assertTrue(body.contains("… and 7 more"), body);
    Element hostile = (Element) cases.item(3);
    assertEquals(ReportFixtures.hostile().article().title(), hostile.getAttribute("name"));
    // suspect but above the gate: passes
    assertEquals(0, ((Element) cases.item(4)).getElementsByTagName("failure").getLength());
  }

  @Test
  void withoutAGateEveryArticleThatIsNotCleanFails() throws Exception {
    Document d = xml(ReportFixtures.batch(), ReportFixtures.options());
    assertEquals("3", ((Element) d.getElementsByTagName("testsuite").item(0)).getAttribute("failures"));
    Element suspect = (Element) d.getElementsByTagName("testcase").item(4);
    assertEquals("verdict suspect (score 72.4), expected clean",
        ((Element) suspect.getElementsByTagName("failure").item(0)).getAttribute("message"));
  }

  @Test
  void controlCharactersDoNotBreakTheXml() throws Exception {
    ArticleReport r = new ReportBuilder("a\u0001.txt", "a", "Title with \u0007 bell and \ud800 half")
        .paragraph("Fine.").build(40, Verdict.GARBLED);
    Document d = xml(List.of(r), ReportFixtures.options());
    Element c = (Element) d.getElementsByTagName("testcase").item(0);
    assertEquals("a\uFFFD.txt", c.getAttribute("classname"));
    assertEquals("Title with \uFFFD bell and \uFFFD half", c.getAttribute("name"));
  }

  @Test
  void anEmptyRunIsAnEmptySuite() throws Exception {
    Document d = xml(List.of(), ReportFixtures.options());
    assertEquals("0", d.getDocumentElement().getAttribute("tests"));
    assertEquals(0, d.getElementsByTagName("testcase").getLength());
  }
}
