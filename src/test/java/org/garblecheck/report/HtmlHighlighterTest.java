package org.garblecheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class HtmlHighlighterTest {
  private static HtmlHighlighter.Range range(int start, int end, int rank, String name) {
    return new HtmlHighlighter.Range(start, end, rank,
        (first, last) -> "<m n=\"" + name + "\"" + (first ? " first=\"y\"" : "") + (last ? " last=\"y\"" : "") + ">",
        "</m>");
  }

  @Test
  void crossingRangesAreSplitAndNestingRangesAreNot() {
    String text = "abcdefghij";
    String html = HtmlHighlighter.render(text, List.of(range(0, 6, 2, "A"), range(3, 9, 2, "B"), range(1, 2, 2, "C")));
    assertEquals("<m n=\"A\" first=\"y\" last=\"y\">a<m n=\"C\" first=\"y\" last=\"y\">b</m>c"
        + "<m n=\"B\" first=\"y\">def</m></m><m n=\"B\" last=\"y\">ghi</m>j", html);
  }

  @Test
  void lowerRanksStayOutside() {
    String html = HtmlHighlighter.render("ab cd", List.of(range(1, 4, 2, "F"), range(0, 2, 1, "S1"), range(3, 5, 1, "S2")));
    assertEquals("<m n=\"S1\" first=\"y\" last=\"y\">a<m n=\"F\" first=\"y\">b</m></m><m n=\"F\"> </m>"
        + "<m n=\"S2\" first=\"y\" last=\"y\"><m n=\"F\" last=\"y\">c</m>d</m>", html);
  }

  @Test
  void emptyRangesBecomeEmptyElementsAndTextIsEscaped() {
    String html = HtmlHighlighter.render("a<b", List.of(range(1, 1, 2, "E")));
    assertEquals("a<m n=\"E\" first=\"y\" last=\"y\"></m>&lt;b", html);
  }

  /** Random ranges: the output is always well-formed, keeps the text, and shows every range once. */
  @Test
  void anyRangesGiveWellNestedOutput() throws Exception {
    Random random = new Random(42);
    for (int round = 0; round < 300; round++) {
      int len = 1 + random.nextInt(40);
      StringBuilder t = new StringBuilder();
      for (int i = 0; i < len; i++) {
        t.append((char) ('a' + random.nextInt(26)));
      }
      String text = t.toString();
      List<HtmlHighlighter.Range> ranges = new ArrayList<>();
      int n = random.nextInt(8);
      for (int i = 0; i < n; i++) {
        int s = random.nextInt(len + 1);
        int e = s + random.nextInt(len - s + 1);
        ranges.add(range(s, e, random.nextInt(3), "r" + i));
      }
      String html = HtmlHighlighter.render(text, ranges);
      Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
          .parse(new InputSource(new StringReader("<root>" + html + "</root>")));
      assertEquals(text, doc.getDocumentElement().getTextContent(), html);
      NodeList all = doc.getElementsByTagName("m");
      for (int i = 0; i < n; i++) {
        StringBuilder joined = new StringBuilder();
        int firsts = 0;
        int lasts = 0;
        for (int k = 0; k < all.getLength(); k++) {
          Element m = (Element) all.item(k);
          if (m.getAttribute("n").equals("r" + i)) {
            joined.append(m.getTextContent());
            firsts += m.hasAttribute("first") ? 1 : 0;
            lasts += m.hasAttribute("last") ? 1 : 0;
          }
        }
        HtmlHighlighter.Range r = ranges.get(i);
        assertEquals(text.substring(r.start(), r.end()), joined.toString(), "range r" + i + " in " + html);
        assertEquals(1, firsts, "r" + i + " in " + html);
        assertEquals(1, lasts, "r" + i + " in " + html);
      }
    }
  }
}
