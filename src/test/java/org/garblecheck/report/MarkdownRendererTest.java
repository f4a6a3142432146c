package org.garblecheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
  @Test
  void everyTableRowHasItsSixCellsWhateverTheTitle() {
    String md = ReportFixtures.render(ReportFormat.MARKDOWN, ReportFixtures.batch(),
        ReportFixtures.options().withFailUnder(OptionalDouble.of(70)));
    List<String> rows = md.lines().filter(l -> l.startsWith("|")).toList();
    assertEquals(2 + ReportFixtures.batch().size(), rows.size());
    for (String row : rows) {
      // unescaped pipes delimit the cells: 7 delimiters for 6 cells
      assertEquals(7, row.replace("\\|", "").chars().filter(c -> c == '|').count(), row);
    }
    assertTrue(rows.get(5).contains("\\<script\\>alert(1)\\</script\\>"), rows.get(5));
    assertTrue(rows.get(6).contains("\\@editor \\#12 \\*bold\\* \\[x\\](y)"), rows.get(6));
    assertTrue(rows.get(4).contains("| 31.6 ❌ below 70.0 | ❌ garbled | 12 | grammar 5, translationese 2, fluency 2 |"));
    assertTrue(md.contains("\n1. **0.86** “The minister of the interior has made a visit to the zone of floods in the"
        + " yesterday morning.” — Minister visits the flood zone, line 1\n"), md);
  }

  @Test
  void anEmptyRunSaysSo() {
    String md = ReportFixtures.render(ReportFormat.MARKDOWN, List.of(), ReportFixtures.options());
    assertTrue(md.contains("No articles were scored."), md);
  }
}
