package org.garblecheck.input;

import java.util.Optional;
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

  /**
   * Reads the raw bytes of an input. The default decodes them as strict UTF-8 ({@link TextDecoder});
   * formats that declare their own character set (HTML, XML feeds) override this.
   *
   * @param contentType the HTTP {@code Content-Type} the bytes came with, if they came over HTTP
   */
  default void readBytes(String source, byte[] bytes, Optional<String> contentType, Consumer<Article> articles,
      Consumer<InputProblem> problems) throws InputException {
    read(source, TextDecoder.decode(bytes), articles, problems);
  }
}
