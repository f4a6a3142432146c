package org.garblecheck;

import java.util.Optional;
import org.garblecheck.input.InputProblem;
import org.garblecheck.model.ArticleReport;

/** What came of one input item in a batch: a report, or a problem that kept it from being scored. */
public record BatchResult(Optional<ArticleReport> report, Optional<InputProblem> problem) {
  public static BatchResult of(ArticleReport r) {
    return new BatchResult(Optional.of(r), Optional.empty());
  }

  public static BatchResult of(InputProblem p) {
    return new BatchResult(Optional.empty(), Optional.of(p));
  }
}
