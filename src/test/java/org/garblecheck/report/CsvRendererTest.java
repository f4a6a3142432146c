package org.garblecheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.garblecheck.model.Category;
import org.junit.jupiter.api.Test;

class CsvRendererTest {
  @Test
  void oneQuotedRowPerArticleThatParsesBack() {
    String csv = ReportFixtures.render(ReportFormat.CSV, ReportFixtures.batch(), ReportFixtures.options());
    List<List<String>> rows = parse(csv);
    assertEquals(1 + ReportFixtures.batch().size(), rows.size());
    int width = 8 + Category.values().length;
    rows.forEach(r -> assertEquals(width, r.size(), r.toString()));
    assertEquals(List.of("source", "id", "title", "score", "verdict", "sentences", "damaged_sentences", "findings"),
        rows.get(0).subList(0, 8));
    List<String> hostile = rows.get(4);
    assertEquals("feeds/wire,east:50%.jsonl#item-7", hostile.get(0));
    assertEquals(ReportFixtures.hostile().article().title(), hostile.get(2));
    assertEquals("58.3", hostile.get(3));
    assertEquals("2", hostile.get(8 + Category.RESIDUE.ordinal()));
    assertEquals("'" + ReportFixtures.formulaTitle().article().title(), rows.get(5).get(2), "no formula");
    List<String> damaged = rows.get(3);
    assertEquals(List.of("5", "4", "12"), damaged.subList(5, 8));
    assertEquals("5", damaged.get(8 + Category.GRAMMAR.ordinal()));
    assertEquals("\"a \"\"b\"\", c\"", CsvRenderer.text("a \"b\", c"));
    assertEquals("\"x\r\ny\"", CsvRenderer.text("x\r\ny"));
  }

  /** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes. */
  private static List<List<String>> parse(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    boolean quoted = false;
    while (i < csv.length()) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          field.append('"');
          i += 2;
          continue;
        }
        if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
        i++;
        continue;
      }
      if (c == '"' && field.length() == 0) {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else if (c == '\n' || c == '\r' || c == '"') {
        throw new AssertionError("bare line break or quote at " + i);
      } else {
        field.append(c);
      }
      i++;
    }
    if (!row.isEmpty() || field.length() > 0) {
      throw new AssertionError("last record without CRLF");
    }
    return rows;
  }
}
