package org.garblecheck.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.garblecheck.model.Article;
import org.garblecheck.model.ArticleReport;
import org.garblecheck.model.Category;
import org.garblecheck.model.SentenceScore;
import org.garblecheck.model.Verdict;
import org.garblecheck.testing.Checkers;
import org.junit.jupiter.api.Test;

/** Scraper residue marks a scraped copy however long the story: the article is at best suspect. */
class ScraperResidueScoringTest {
  private static final String STORY = "Shares in the airline fell sharply after it cut its profit forecast for the year.\n"
      + "The company blamed higher fuel costs and a weaker summer season in southern Europe.\n"
      + "Analysts had expected the warning after two rivals made similar cuts last month.\n"
      + "The chief executive said the airline would keep its plans to add twelve routes next spring.\n";

  @Test
  void theStoryAloneIsClean() {
    ArticleReport r = Checkers.shared().score(Article.of("t", "", STORY));
    assertEquals(Verdict.CLEAN, r.verdict(), "score " + r.score() + " " + r.allFindings());
  }

  @Test
  void oneResidueLineMakesTheSameStorySuspect() {
    ArticleReport r = Checkers.shared().score(Article.of("t", "",
        STORY + "The post Airline cuts profit forecast appeared first on Daily Wire Desk."));
    assertTrue(r.allFindings().stream().anyMatch(f -> f.category() == Category.RESIDUE), r.allFindings().toString());
    assertEquals(Verdict.SUSPECT, r.verdict(), "score " + r.score());
  }

  @Test
  void theResidueLineIsADamagedSentenceOnNeitherAxis() {
    String text = STORY + "Source link";
    ArticleReport r = Checkers.shared().score(Article.of("t", "", text));
    SentenceScore last = r.sentences().get(r.sentences().size() - 1);
    assertEquals("Source link", last.sentence().span().of(text));
    assertEquals(1.0, last.damage());
    assertEquals(0.0, last.mt());
    assertEquals(0.0, last.spin());
    assertTrue(last.residue());
    assertTrue(r.sentences().stream().limit(4).noneMatch(SentenceScore::residue));
  }
}
