package org.garblecheck.analysis;

import java.util.List;
import org.garblecheck.model.Article;
import org.garblecheck.model.Paragraph;
import org.garblecheck.model.Sentence;
import org.garblecheck.model.TextSpan;
import org.languagetool.AnalyzedSentence;

/**
 * An article after segmentation and linguistic analysis: the sentences with LanguageTool's tokens, tags
 * and disambiguation, one {@link AnalyzedSentence} per {@link Sentence} (same index). Token positions in an
 * analysed sentence are relative to the sentence start.
 */
public record AnalyzedArticle(
    Article article, List<Paragraph> paragraphs, List<Sentence> sentences, List<AnalyzedSentence> analyzed) {

  public AnalyzedArticle {
    paragraphs = List.copyOf(paragraphs);
    sentences = List.copyOf(sentences);
    analyzed = List.copyOf(analyzed);
    if (sentences.size() != analyzed.size()) {
      throw new IllegalArgumentException("one analysis per sentence");
    }
  }

  public String text() {
    return article.text();
  }

  public String textOf(Sentence s) {
    return s.span().of(article.text());
  }

  /** The sentence containing an offset, or the last sentence that starts before it; -1 if none. */
  public int sentenceIndexAt(int offset) {
    return Sentence.indexAt(sentences, offset);
  }

  /** Converts a span relative to sentence {@code i} into an article span. */
  public TextSpan inArticle(int i, int from, int to) {
    return new TextSpan(from, to).shift(sentences.get(i).start());
  }
}
