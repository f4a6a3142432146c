package org.garblecheck.input;

import java.util.function.Consumer;
import org.garblecheck.model.Article;

/** Turns the decoded text of one input into articles; one reader per input format. */
public interface ArticleReader {
  /**
   * Reads {@code text} that came from {@code source}. Articles go to {@code articles}; an item that cannot
   * be read (a bad line of a JSON Lines file) goes to {@code problems} and reading goes on.
   */
  void read(String source, String text, Consumer<Article> articles, Consumer<InputProblem> problems)
      throws InputException;
}
