package org.garblecheck.detect.article;

import static org.garblecheck.testing.Spans.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.garblecheck.model.Article;
import org.garblecheck.model.Category;
import org.garblecheck.model.Finding;
import org.garblecheck.testing.Checkers;
import org.garblecheck.testing.Spans;
import org.junit.jupiter.api.Test;

class ArticlePassTest {
  @Test
  void theHeadlineRepeatedInTheBodyIsReportedNotTheHeadlineItself() {
    String text = "Storm cuts power to 20,000 homes\nThe storm hit the coast on Sunday night.\n"
        + "Storm cuts power to 20,000 homes.\nCrews worked until dawn.";
    assertEquals(List.of(at(text, "Storm cuts power to 20,000 homes.", 0)),
        Spans.of(ArticlePass.REPEATED_HEADLINE, text));
  }

  @Test
  void aTitleFromTheInputIsTheHeadlineEvenWhenTheTextDoesNotStartWithIt() {
    String text = "The storm hit the coast on Sunday night. Storm cuts power to 20,000 homes. Crews worked.";
    Article a = new Article("feed#1", "1", "Storm cuts power to 20,000 homes", text, java.util.Optional.empty());
    assertEquals(List.of(at(text, "Storm cuts power to 20,000 homes.", 0)),
        Spans.of(ArticlePass.REPEATED_HEADLINE, a));
  }

  @Test
  void duplicatedSentencesOfSixWordsOrMoreAreReportedAtTheRepeat() {
    String text = "The storm cut power to 20,000 homes. Crews worked until dawn. It rained. "
        + "The storm cut power to 20,000 homes! It rained.";
    assertEquals(List.of(at(text, "The storm cut power to 20,000 homes!", 0)),
        Spans.of(ArticlePass.DUPLICATE_SENTENCE, text));
  }

  @Test
  void pullQuotesAreNotDuplicates() {
    String text = "\"We will not wait another thirty years.\"\nThe mayor opened the bridge on Tuesday. "
        + "\"We will not wait another thirty years,\" she said.\n\"We will not wait another thirty years.\"";
    assertTrue(Spans.of(ArticlePass.DUPLICATE_SENTENCE, text).isEmpty());
  }

  @Test
  void articleSignsAreInfoAndNeverSentenceDamage() {
    String text = "The storm cut power to 20,000 homes. The storm cut power to 20,000 homes.";
    var report = Checkers.shared().score(Article.of("t", "", text));
    List<Finding> f = report.findings().stream().filter(x -> x.ruleId().equals(ArticlePass.DUPLICATE_SENTENCE)).toList();
    assertEquals(1, f.size());
    assertEquals(Category.ARTICLE, f.get(0).category());
    // the duplicate adds nothing to its sentence: it weighs what its identical twin weighs
    assertEquals(report.sentences().get(0).damage(), report.sentences().get(1).damage(), 1e-12);
    assertTrue(report.findings().stream().noneMatch(x -> x.category().countsAsSentenceDamage()), "the rest is clean");
  }

  @Test
  void sentenceKeyIgnoresCaseQuotesAndPunctuation() {
    assertEquals("we dont know 2 5", SentenceKey.of("“We DON'T know — 2.5!”"));
    assertEquals(SentenceKey.of("He said: \"It's over.\""), SentenceKey.of("he said “it’s over”"));
    assertEquals(3, SentenceKey.words(SentenceKey.of("One, two; three.")));
  }
}
