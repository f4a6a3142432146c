package org.garblecheck.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.garblecheck.model.Article;
import org.garblecheck.model.ArticleReport;
import org.garblecheck.model.Finding;
import org.garblecheck.model.SentenceScore;
import org.garblecheck.model.TextSpan;
import org.garblecheck.model.Verdict;
import org.garblecheck.testing.Checkers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled samples: the damaged one shows every kind of damage the brief names, and the report must mark
 * each at its exact span; the clean one must come out clean.
 */
class SampleArticlesTest {
  private static String damagedText;
  private static ArticleReport damaged;
  private static ArticleReport clean;

  @BeforeAll
  static void score() throws IOException {
    damagedText = Files.readString(Path.of("corpus/samples/damaged-sample.txt"), StandardCharsets.UTF_8);
    damaged = Checkers.shared().score(Article.of("damaged-sample", "", damagedText));
    String cleanText = Files.readString(Path.of("corpus/samples/clean-sample.txt"), StandardCharsets.UTF_8);
    clean = Checkers.shared().score(Article.of("clean-sample", "", cleanText));
  }

  /** The span of the n-th (0-based) occurrence of {@code needle} in the damaged sample. */
  private static TextSpan at(String needle, int occurrence) {
    int i = -1;
    for (int k = 0; k <= occurrence; k++) {
      i = damagedText.indexOf(needle, i + 1);
    }
    assertTrue(i >= 0, needle);
    return new TextSpan(i, i + needle.length());
  }

  private static TextSpan trimmed(TextSpan s, int endDelta) {
    return new TextSpan(s.start(), s.end() + endDelta);
  }

  private static void assertMarked(String rule, TextSpan span) {
    List<Finding> hits = damaged.findings().stream()
        .filter(f -> f.ruleId().equals(rule) && f.span().equals(span)).toList();
    assertEquals(1, hits.size(), rule + " at " + span + " “" + span.of(damagedText) + "” in " + damaged.findings());
  }

  @Test
  void wordWithJunkGluedOn() {
    assertMarked("WORD_BROKEN", at("expectedd", 0));
  }

  @Test
  void mangledNameBesideTheRightOne() {
    assertMarked("NAME_GARBLED", trimmed(at("Okonkow ", 0), -1));
  }

  @Test
  void firstPersonSlipInThirdPersonReporting() {
    TextSpan tried = at("I tried", 0);
    assertMarked("GC_PERSON_FLIP", new TextSpan(tried.start(), tried.start() + 1));
    TextSpan am = at("I am committed", 0);
    assertMarked("GC_PERSON_FLIP", new TextSpan(am.start(), am.start() + 1));
  }

  @Test
  void verblessFragment() {
    assertMarked("GC_FRAGMENT_NO_SUBJECT", at("Stated", 0));
  }

  @Test
  void literalLabel() {
    assertMarked("LABEL_LOWERCASE_LINE_START", at("look:", 0));
  }

  @Test
  void brokenQuotes() {
    assertMarked("EN_UNPAIRED_QUOTES", at("\"", 2));
  }

  @Test
  void doubledPunctuation() {
    assertMarked("PUNCT_DOUBLED_STOP", at("..", 0));
  }

  @Test
  void scraperResidueIsAResidueLineNotTranslationOrSpinDamage() {
    TextSpan residue = at("Source link", 0);
    assertMarked("RESIDUE_SOURCE_LINK", residue);
    SentenceScore line = damaged.sentences().stream().filter(s -> s.sentence().span().overlaps(residue))
        .findFirst().orElseThrow();
    assertEquals(1.0, line.damage());
    assertEquals(0.0, line.mt());
    assertEquals(0.0, line.spin());
  }

  @Test
  void theDamagedSampleIsNotClean() {
    assertTrue(damaged.verdict() != Verdict.CLEAN, "score " + damaged.score());
  }

  @Test
  void theCleanSampleIsClean() {
    assertTrue(clean.score() >= 80, "score " + clean.score() + " findings " + clean.findings());
    assertEquals(Verdict.CLEAN, clean.verdict());
  }
}
