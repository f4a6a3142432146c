package org.garblecheck.input;

import java.util.Optional;
import org.garblecheck.model.Article;

/** One thing that came out of the inputs: an article to score, or a problem to report. */
public record InputItem(Optional<Article> article, Optional<InputProblem> problem) {
  public static InputItem of(Article a) {
    return new InputItem(Optional.of(a), Optional.empty());
  }

  public static InputItem of(InputProblem p) {
    return new InputItem(Optional.empty(), Optional.of(p));
  }
}
