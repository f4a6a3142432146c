package org.garblecheck.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.garblecheck.model.Article;
import org.garblecheck.model.ArticleReport;
import org.garblecheck.model.Verdict;
import org.garblecheck.testing.Checkers;
import org.junit.jupiter.api.Test;

/** A feed summary of one sentence is little evidence either way: the prior keeps its verdict from extremes. */
class ShortArticleScoringTest {
  @Test
  void oneOddWordInAOneSentenceSummaryIsNotAGarbledArticle() {
    ArticleReport r = Checkers.shared().score(Article.of("t", "",
        "The report praised the profundity of her analysis."));
    assertTrue(r.findings().stream().anyMatch(f -> f.ruleId().equals("SPIN_RARE_SYNONYM")), r.findings().toString());
    assertNotEquals(Verdict.GARBLED, r.verdict(), "score " + r.score());
  }

  @Test
  void aOneSentenceSummaryWithoutFindingsIsClean() {
    ArticleReport r = Checkers.shared().score(Article.of("t", "",
        "Shares in the airline fell sharply after it cut its profit forecast for the year."));
    assertEquals(Verdict.CLEAN, r.verdict(), "score " + r.score() + " " + r.allFindings());
  }
}
