package org.garblecheck.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.garblecheck.GarbleCheck;
import org.garblecheck.model.Article;
import org.garblecheck.model.ArticleReport;
import org.garblecheck.model.Verdict;
import org.garblecheck.testing.Checkers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A baseline recorded from today's report, read back from its file, and applied by the facade: known
 * findings are neither reported nor scored; new ones are.
 */
class BaselineScoringTest {
  private static final String S1 = "The council met on Monday to discuss the new tram line.";
  private static final String S2 = "Members said the route through the old market would cost more than planned..";
  private static final String S3 = "The mayor said the scheme had been expectedd to help traders.";
  private static final String S4 = "Work on the depot is due to start in the spring.";
  private static final String TODAY = S1 + " " + S2 + " " + S3 + "\n\n" + S4;

  private static ArticleReport recorded;
  private static GarbleCheck withBaseline;

  @BeforeAll
  static void recordAndReload() throws IOException {
    recorded = score(Checkers.shared(), TODAY);
    StringWriter file = new StringWriter();
    Baseline.recorder().add(recorded).build().write(file);
    Baseline reloaded = Baseline.read(new StringReader(file.toString()), "baseline.json");
    withBaseline = GarbleCheck.builder().baseline(reloaded).build();
  }

  private static ArticleReport score(GarbleCheck gc, String text) {
    return gc.score(new Article("./feeds/council.txt", "council", "", text, Optional.empty()));
  }

  private static List<String> covered(ArticleReport r) {
    return r.findings().stream().map(f -> f.ruleId() + " " + f.span().of(r.article().text())).toList();
  }

  @Test
  void todaysFindingsAreKnownAndLeftOutOfTheScore() {
    assertTrue(covered(recorded).containsAll(List.of("WORD_BROKEN expectedd", "PUNCT_DOUBLED_STOP ..")),
        covered(recorded).toString());
    long before = withBaseline.suppressedByBaseline();
    ArticleReport again = score(withBaseline, TODAY);
    assertEquals(List.of(), again.findings());
    assertEquals(Verdict.CLEAN, again.verdict());
    assertTrue(recorded.verdict() != Verdict.CLEAN, "the recorded article should not be clean: " + recorded.score());
    // known findings weigh nothing, and the unshown evidence recorded with them neither
    assertEquals(List.of(), again.evidence());
    ArticleReport evidenceOnly = new ArticleReport(again.article(), again.paragraphs(), again.sentences(),
        List.of(), 0, Verdict.CLEAN, again.evidence());
    assertEquals(Checkers.shared().scorer().rescore(evidenceOnly).score(), again.score());
    assertTrue(again.score() > recorded.score(), again.score() + " vs " + recorded.score());
    assertEquals(before + recorded.allFindings().size(), withBaseline.suppressedByBaseline());
  }

  @Test
  void movedTextStillMatches() {
    String moved = S4 + "\n\n" + S3 + " " + S1 + " " + S2;
    assertEquals(List.of(), score(withBaseline, moved).findings());
  }

  @Test
  void aChangedSentenceReportsOnlyItsNewFinding() {
    String changed = TODAY.replace("new tram line", "new tram linne");
    ArticleReport r = score(withBaseline, changed);
    assertEquals(List.of("GC_UNKNOWN_WORD linne"), covered(r));
    int at = changed.indexOf("linne");
    assertEquals(at, r.findings().get(0).start());
    assertTrue(r.score() < 100 && r.score() < score(withBaseline, TODAY).score());
  }

  @Test
  void aSecondIdenticalFindingInANewPlaceIsNew() {
    String twice = TODAY + "\n\n" + S3;
    ArticleReport r = score(withBaseline, twice);
    // the repeated sentence is itself new damage (GC_DUPLICATE_SENTENCE, an article-level sign)
    assertEquals(List.of("GC_DUPLICATE_SENTENCE " + S3, "WORD_BROKEN expectedd"), covered(r));
    assertEquals(twice.lastIndexOf("expectedd"), r.findings().get(1).start(), "the later one is the new one");
  }
}
