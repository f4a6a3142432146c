package org.garblecheck.eval.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.garblecheck.eval.Synthetic;
import org.garblecheck.model.ArticleReport;
import org.garblecheck.model.Paragraph;
import org.garblecheck.model.Sentence;
import org.garblecheck.model.SentenceScore;
import org.garblecheck.model.TextSpan;
import org.garblecheck.model.Verdict;
import org.junit.jupiter.api.Test;

class ScoredVersionTest {
  @Test
  void aSentenceLeftAsItWasInAChangedLineIsNotChanged() {
    String clean = "Title\nIt rained. Shops shut early.\nThe end.";
    String damaged = "Title\nIt rained. Shops was shut early.\nThe end.";
    // sentences: "Title" (line 1), "It rained." and "Shops was shut early." (line 2), "The end." (line 3)
    List<SentenceScore> s = List.of(
        sentence(0, 0, 0, 5, 0.0), sentence(1, 1, 6, 16, 0.2), sentence(2, 1, 17, 38, 0.9),
        sentence(3, 2, 39, 47, 0.4));
    ArticleReport r = new ArticleReport(org.garblecheck.model.Article.of("a", "", damaged),
        List.of(new Paragraph(0, new TextSpan(0, 5)), new Paragraph(1, new TextSpan(6, 38)),
            new Paragraph(2, new TextSpan(39, 47))), s, List.of(), 50, Verdict.SUSPECT);
    Version v = Synthetic.version("a", Kind.HANDMADE, "hand", Split.TEST, List.of(2));
    ScoredVersion sv = ScoredVersion.label(v, r, Lines.of(clean));
    assertArrayEquals(new int[] {1, 2, 2, 3}, sv.sentenceLines());
    assertArrayEquals(new boolean[] {false, false, true, false}, sv.sentenceChanged());
    assertArrayEquals(new double[] {0.0, 0.9, 0.4}, sv.lineDamage(), 0.0);
  }

  private static SentenceScore sentence(int i, int p, int from, int to, double damage) {
    return new SentenceScore(new Sentence(i, p, new TextSpan(from, to)), damage, damage, 0);
  }
}
