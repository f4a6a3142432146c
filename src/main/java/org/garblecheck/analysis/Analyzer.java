package org.garblecheck.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.garblecheck.model.Article;
import org.garblecheck.model.Sentence;
import org.garblecheck.segment.Segmentation;
import org.garblecheck.segment.Segmenter;
import org.languagetool.AnalyzedSentence;
import org.languagetool.JLanguageTool;

/**
 * Segments an article and runs LanguageTool's analysis (tokenising, tagging, disambiguation) once per
 * sentence, so that every pass works from the same analysis. Holds a {@link JLanguageTool}: one per thread.
 */
public final class Analyzer {
  private final JLanguageTool languageTool;
  private final Segmenter segmenter;

  public Analyzer(JLanguageTool languageTool) {
    this.languageTool = languageTool;
    this.segmenter = new Segmenter(languageTool.getLanguage().getSentenceTokenizer());
  }

  public AnalyzedArticle analyze(Article article) {
    Segmentation seg = segmenter.segment(article.text());
    List<AnalyzedSentence> analyzed = new ArrayList<>(seg.sentences().size());
    try {
      for (Sentence s : seg.sentences()) {
        analyzed.add(languageTool.getAnalyzedSentence(s.span().of(article.text())));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("LanguageTool analysis failed", e);
    }
    return new AnalyzedArticle(article, seg.paragraphs(), seg.sentences(), analyzed);
  }

  public JLanguageTool languageTool() {
    return languageTool;
  }
}
