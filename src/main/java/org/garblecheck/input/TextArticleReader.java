package org.garblecheck.input;

import java.util.Optional;
import java.util.function.Consumer;
import org.garblecheck.model.Article;

/** Plain text: the whole file is the article; its first line is the title when it looks like a headline. */
public final class TextArticleReader implements ArticleReader {
  @Override
  public void read(String source, String text, Consumer<Article> articles, Consumer<InputProblem> problems) {
    String first = text.strip().lines().findFirst().orElse("");
    boolean more = text.strip().contains("\n");
    String title = more && Names.looksLikeHeadline(first) ? first.strip() : "";
    articles.accept(new Article(source, Names.baseName(source), title, text, Optional.empty()));
  }
}
