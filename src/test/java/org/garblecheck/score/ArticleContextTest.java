package org.garblecheck.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.garblecheck.model.Sentence;
import org.garblecheck.model.SentenceScore;
import org.garblecheck.model.TextSpan;
import org.garblecheck.rule.ScoringData;
import org.junit.jupiter.api.Test;

class ArticleContextTest {
  private static final ScoringData.Context CONTEXT = new ScoringData.Context(0.75, 0.1, 0.1);

  /** Sentences with the given damage on the mt axis and none on the spin axis. */
  private static List<SentenceScore> mt(double... d) {
    List<SentenceScore> out = new ArrayList<>();
    for (int i = 0; i < d.length; i++) {
      out.add(new SentenceScore(new Sentence(i, i, new TextSpan(i * 10, i * 10 + 9)), d[i], d[i], 0));
    }
    return out;
  }

  private static double odds(double p) {
    return p / (1 - p);
  }

  @Test
  void theOddsOfEachSentenceMoveByTheOtherSentencesMeanAgainstTheCleanLevel() {
    List<SentenceScore> out = ArticleContext.apply(mt(0.2, 0.6, 0.6, 0.6), CONTEXT);
    // the others of sentence 0: (0.6 * 3 + 2 prior sentences at 0.1) / (3 + 2) = 0.4
    double factor = Math.pow(odds(0.4) / odds(0.1), 0.75);
    double expected = odds(0.2) * factor / (1 + odds(0.2) * factor);
    assertEquals(expected, out.get(0).mt(), 1e-12);
    assertEquals(expected, out.get(0).damage(), 1e-12);
    assertEquals(0.0, out.get(0).spin());
    assertTrue(out.get(0).mt() > 0.4, "a weak sign among damaged sentences rises: " + out.get(0).mt());
  }

  @Test
  void aWeakSignInAnOtherwiseCleanArticleFalls() {
    List<SentenceScore> out = ArticleContext.apply(mt(0.4, 0, 0, 0, 0, 0, 0, 0.01), CONTEXT);
    assertTrue(out.get(0).mt() < 0.4 / 2, "fell to " + out.get(0).mt());
    assertEquals(0.0, out.get(1).mt(), "a sentence without findings stays at 0");
  }

  @Test
  void anArticleAtTheCleanLevelLeavesItsSentencesAsTheyAre() {
    // every sentence's others average exactly the base level
    List<SentenceScore> out = ArticleContext.apply(mt(0.1, 0.1, 0.1), CONTEXT);
    for (SentenceScore s : out) {
      assertEquals(0.1, s.mt(), 1e-12);
    }
  }

  @Test
  void noContextOneSentenceOrNoCleanLevelChangeNothing() {
    List<SentenceScore> in = mt(0.3, 0.9);
    assertSame(in, ArticleContext.apply(in, ScoringData.Context.NONE));
    List<SentenceScore> one = mt(0.3);
    assertSame(one, ArticleContext.apply(one, CONTEXT));
    List<SentenceScore> out = ArticleContext.apply(in, new ScoringData.Context(0.75, 0, 0.1));
    assertEquals(0.3, out.get(0).mt(), 1e-12);
  }

  @Test
  void theAxesMoveApartAndCombineAsInTheScorer() {
    List<SentenceScore> in = List.of(
        new SentenceScore(new Sentence(0, 0, new TextSpan(0, 9)), 1 - 0.8 * 0.7, 0.2, 0.3),
        new SentenceScore(new Sentence(1, 1, new TextSpan(10, 19)), 0.5, 0.5, 0),
        new SentenceScore(new Sentence(2, 2, new TextSpan(20, 29)), 0.5, 0.5, 0));
    SentenceScore s = ArticleContext.apply(in, CONTEXT).get(0);
    assertTrue(s.mt() > 0.2, "mt rises: the other sentences are damaged on it");
    assertTrue(s.spin() < 0.3, "spin falls: the other sentences have none");
    assertEquals(1 - (1 - s.mt()) * (1 - s.spin()), s.damage(), 1e-12);
  }

  @Test
  void aResidueLineStaysFullyDamagedWhateverItsContext() {
    List<SentenceScore> in = new ArrayList<>(mt(0, 0, 0));
    in.add(SentenceScore.of(new Sentence(3, 3, new TextSpan(30, 41)), 0, 0, true));
    List<SentenceScore> out = ArticleContext.apply(in, CONTEXT);
    assertEquals(1.0, out.get(3).damage());
    assertEquals(0.0, out.get(3).mt());
    assertTrue(out.get(3).residue());
    assertEquals(0.0, out.get(0).damage());
  }
}
