package org.garblecheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.garblecheck.model.Article;
import org.garblecheck.model.ArticleReport;
import org.garblecheck.testing.Checkers;
import org.junit.jupiter.api.Test;

class WeakEvidenceReportTest {
  @Test
  void aSentenceDamagedByWeakEvidenceNamesItsRules() throws Exception {
    // the clean sample: no finding strong enough to show, yet its worst sentences carry some damage
    String text = Files.readString(Path.of("corpus/samples/clean-sample.txt"));
    ArticleReport r = Checkers.shared().score(Article.of("clean-sample", "", text));
    assertEquals(List.of(), r.findings(), "nothing shown");
    String out = ReportFixtures.render(ReportFormat.TEXT, List.of(r), ReportFixtures.options());
    List<String> worst = out.lines().filter(l -> l.startsWith("  line ")).toList();
    assertTrue(!worst.isEmpty(), out);
    for (String l : worst) {
      // "  line 4 damage 0.54 (mt 0.54, spin 0.00; from MT_WORDING): …": a rule of the weak evidence
      assertTrue(l.matches("  line \\d+ damage [0-9.]+ \\(mt [0-9.]+, spin [0-9.]+; from [A-Z_]+(, [A-Z_]+)*\\): .+"), l);
      String rules = l.substring(l.indexOf("; from ") + 7, l.indexOf("): "));
      for (String rule : rules.split(", ")) {
        assertTrue(r.evidence().stream().anyMatch(f -> f.ruleId().equals(rule)), rule + " is weak evidence");
      }
    }
    // the HTML report's damage strip says the same in the cell's label
    String html = ReportFixtures.render(ReportFormat.HTML, List.of(r), ReportFixtures.options());
    var labels = java.util.regex.Pattern.compile("aria-label=\"(Sentence \\d+ of 16: damage [0-9.]+, weak evidence from [^\"]+)\"")
        .matcher(html).results().map(m -> m.group(1)).toList();
    String worstDamage = worst.get(0).replaceFirst("^  line \\d+ (damage [0-9.]+) .*$", "$1");
    assertTrue(labels.stream().anyMatch(l -> l.contains(worstDamage + ", weak evidence from ")),
        worstDamage + " in " + labels);
  }
}
