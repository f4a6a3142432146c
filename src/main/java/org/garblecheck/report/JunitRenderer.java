package org.garblecheck.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.garblecheck.model.ArticleReport;
import org.garblecheck.model.Finding;
import org.garblecheck.model.LineMap;

/**
 * {@code --format junit}: JUnit XML for CI test reports. One test case per article (class name = source,
 * name = title or id) that fails when the article does not pass the gate ({@code --fail-under}, or a verdict
 * other than clean when no gate is given), with the worst findings in the failure text. The suite's totals
 * come first in the XML, so the test cases (a few lines each, never the article text) are kept until the
 * end.
 */
public final class JunitRenderer implements Renderer {
  public static final String NAME = "junit";
  private static final int WORST = 5;
  private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

  private final Writer out;
  private final RenderOptions options;
  private final StringBuilder cases = new StringBuilder();
  private int tests;
  private int failures;

  public JunitRenderer(Writer out, RenderOptions options) {
    this.out = out;
    this.options = options;
  }

  @Override
  public void start() {}

  @Override
  public void article(ArticleReport r) throws IOException {
    tests++;
    boolean pass = options.passes(r);
    if (!pass) {
      failures++;
    }
    StringWriter sw = new StringWriter();
    try {
      XMLStreamWriter x = XML.createXMLStreamWriter(sw);
      x.writeCharacters("    ");
      x.writeStartElement("testcase");
      x.writeAttribute("classname", Xml.clean(r.article().source()));
      x.writeAttribute("name", Xml.clean(Texts.titleOrId(r)));
      x.writeCharacters("\n");
      String summary = "score " + Numbers.fixed(r.score(), 1) + "/100 (" + r.verdict().id() + "), "
          + r.findings().size() + (r.findings().size() == 1 ? " finding" : " findings") + ", "
          + r.sentences().stream().filter(s -> s.damage() >= HtmlRenderer.DAMAGED).count() + " of "
          + r.sentences().size() + " sentences damaged";
      if (!pass) {
        x.writeCharacters("      ");
        x.writeStartElement("failure");
        x.writeAttribute("message", Xml.clean(options.gateFailure(r)));
        x.writeAttribute("type", r.verdict().id());
        x.writeCharacters(Xml.clean(summary + "\n" + worst(r)));
        x.writeEndElement();
        x.writeCharacters("\n");
      }
      x.writeCharacters("      ");
      x.writeStartElement("system-out");
      x.writeCharacters(Xml.clean(summary));
      x.writeEndElement();
      x.writeCharacters("\n    ");
      x.writeEndElement();
      x.writeCharacters("\n");
      x.flush();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
    }
    cases.append(sw);
  }

  private static String worst(ArticleReport r) {
    if (r.findings().isEmpty()) {
      return "no findings";
    }
    String text = r.article().text();
    LineMap lines = r.article().lines();
    List<RankedFinding> ranked = RankedFinding.worstFirst(r);
    StringBuilder b = new StringBuilder("worst findings:\n");
    for (RankedFinding rf : ranked.subList(0, Math.min(WORST, ranked.size()))) {
      Finding f = rf.finding();
      b.append("  ").append(lines.line(f.start())).append(':').append(lines.column(f.start())).append(' ')
          .append(f.ruleId()).append(" (").append(f.category().id()).append(", sentence damage ")
          .append(Numbers.fixed(rf.damage(), 2)).append("): ").append(Texts.oneLine(f.message()))
          .append(" [\u201c").append(Texts.excerpt(f.span().of(text), 80)).append('\u201d');
      String sugg = Texts.suggestion(f);
      if (!sugg.isEmpty()) {
        b.append(" \u2192 \u201c").append(Texts.oneLine(sugg)).append('\u201d');
      }
      b.append("]\n");
    }
    if (ranked.size() > WORST) {
      b.append("  \u2026 and ").append(ranked.size() - WORST).append(" more\n");
    }
    return b.toString();
  }

  @Override
  public void end() throws IOException {
    StringWriter sw = new StringWriter();
    try {
      XMLStreamWriter x = XML.createXMLStreamWriter(sw);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      x.writeStartElement("testsuites");
      totals(x);
      x.writeCharacters("\n  ");
      x.writeStartElement("testsuite");
      totals(x);
      x.writeCharacters("\n    ");
      x.writeStartElement("properties");
      x.writeCharacters("\n      ");
      x.writeEmptyElement("property");
      x.writeAttribute("name", "gate");
      x.writeAttribute("value", options.failUnder().isPresent()
          ? "score >= " + Numbers.fixed(options.failUnder().getAsDouble(), 1) : "verdict clean");
      x.writeCharacters("\n      ");
      x.writeEmptyElement("property");
      x.writeAttribute("name", "version");
      x.writeAttribute("value", Xml.clean(options.toolVersion()));
      x.writeCharacters("\n    ");
      x.writeEndElement();
      x.writeCharacters("\n");
      x.flush();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
    }
    out.write(sw.toString());
    out.write(cases.toString());
    out.write("  </testsuite>\n</testsuites>\n");
    out.flush();
  }

  private void totals(XMLStreamWriter x) throws XMLStreamException {
    x.writeAttribute("name", "garblecheck");
    x.writeAttribute("tests", Integer.toString(tests));
    x.writeAttribute("failures", Integer.toString(failures));
    x.writeAttribute("errors", "0");
    x.writeAttribute("skipped", "0");
  }
}
