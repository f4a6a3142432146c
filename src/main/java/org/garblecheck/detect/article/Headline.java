package org.garblecheck.detect.article;

import org.garblecheck.analysis.AnalyzedArticle;
import org.garblecheck.model.Paragraph;
import org.garblecheck.model.Sentence;

/**
 * An article's headline: its title when the reader found one, otherwise a first paragraph that is a single
 * sentence without a final full stop. {@code sentence} is the index of the sentence that <em>is</em> the
 * headline at the top of the text (-1 when the title is not part of the text).
 */
record Headline(String text, int sentence) {
  static Headline of(AnalyzedArticle a) {
    String title = a.article().title().strip();
    if (a.sentences().isEmpty()) {
      return new Headline(title, -1);
    }
    Sentence first = a.sentences().get(0);
    Paragraph p0 = a.paragraphs().get(first.paragraph());
    String firstText = a.textOf(first);
    boolean wholeParagraph = p0.span().equals(first.span());
    if (!title.isEmpty()) {
      boolean atTop = wholeParagraph && SentenceKey.of(firstText).equals(SentenceKey.of(title));
      return new Headline(title, atTop ? 0 : -1);
    }
    boolean looksLikeHeadline = wholeParagraph && a.sentences().size() > 1 && !firstText.endsWith(".")
        && !firstText.endsWith(":") && !firstText.endsWith(",");
    return looksLikeHeadline ? new Headline(firstText, 0) : new Headline("", -1);
  }
}
