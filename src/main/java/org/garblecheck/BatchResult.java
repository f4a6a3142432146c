package org.garblecheck;

import java.util.Optional;
import org.garblecheck.input.InputProblem;
import org.garblecheck.input.Skipped;
import org.garblecheck.model.ArticleReport;

/**
 * What came of one input item in a batch: a report, a problem that kept it from being scored, or a reason
 * it was deliberately skipped (not English). Exactly one is present.
 */
public record BatchResult(Optional<ArticleReport> report, Optional<InputProblem> problem,
    Optional<Skipped> skipped) {
  public static BatchResult of(ArticleReport r) {
    return new BatchResult(Optional.of(r), Optional.empty(), Optional.empty());
  }

  public static BatchResult of(InputProblem p) {
    return new BatchResult(Optional.empty(), Optional.of(p), Optional.empty());
  }

  public static BatchResult of(Skipped s) {
    return new BatchResult(Optional.empty(), Optional.empty(), Optional.of(s));
  }
}
