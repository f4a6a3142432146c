package org.garblecheck.report;

import java.io.IOException;
import java.io.Writer;
import org.garblecheck.model.ArticleReport;
import org.garblecheck.model.Category;

/**
 * {@code --format csv}: one row per article (RFC 4180: a header row, CRLF line ends, fields with a comma,
 * quote or line break in double quotes, quotes doubled). A text field that a spreadsheet would take for a
 * formula (starting with {@code = + - @}, tab or CR) gets a leading {@code '}.
 */
public final class CsvRenderer implements Renderer {
  public static final String NAME = "csv";
  private static final String EOL = "\r\n";

  private final Writer out;

  public CsvRenderer(Writer out) {
    this.out = out;
  }

  @Override
  public void start() throws IOException {
    StringBuilder b = new StringBuilder("source,id,title,score,verdict,sentences,damaged_sentences,findings");
    for (Category c : Category.values()) {
      b.append(',').append(c.id());
    }
    out.write(b.append(EOL).toString());
    out.flush();
  }

  @Override
  public void article(ArticleReport r) throws IOException {
    StringBuilder b = new StringBuilder();
    b.append(text(r.article().source())).append(',').append(text(r.article().id())).append(',')
        .append(text(r.article().title())).append(',').append(Numbers.fixed(r.score(), 1)).append(',')
        .append(r.verdict().id()).append(',').append(r.sentences().size()).append(',')
        .append(r.sentences().stream().filter(s -> s.damage() >= HtmlRenderer.DAMAGED).count()).append(',')
        .append(r.findings().size());
    for (Category c : Category.values()) {
      b.append(',').append(r.countOf(c));
    }
    out.write(b.append(EOL).toString());
    out.flush();
  }

  @Override
  public void end() throws IOException {
    out.flush();
  }

  /** A text field: guarded against formulas, quoted when RFC 4180 needs it. */
  static String text(String s) {
    String v = s;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
      return '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }
}
