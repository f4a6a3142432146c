package org.garblecheck.eval.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.garblecheck.eval.Folds;
import org.garblecheck.eval.corpus.ScoredVersion;
import org.garblecheck.eval.corpus.Split;
import org.garblecheck.rule.ScoringData;
import org.garblecheck.score.Scorer;

/**
 * k-fold cross-validation over articles: the articles are dealt into folds ({@link Folds}); for each fold the
 * whole calibration runs on the other folds' clean and fit-split versions, and every version of the
 * held-out articles (clean, fit and test split) is scored with that model. The pooled held-out versions
 * then give out-of-fold numbers: for fit-split generators they are the cross-validated numbers, for
 * test-split generators the cross-generator numbers (neither the article nor the generator was seen).
 */
public final class CrossValidation {
  private CrossValidation() {}

  /** The held-out versions, each scored by the model that did not see its article; and the fold models. */
  public record Result(List<ScoredVersion> heldOut, List<ScoringData> models) {}

  public static Result run(List<ScoredVersion> all, ScoringData prior, Calibrator.Options options, int folds,
      long seed) {
    Map<String, Integer> fold = Folds.assign(all.stream().map(v -> v.version().article()).toList(), folds, seed);
    List<ScoredVersion> heldOut = new ArrayList<>();
    List<ScoringData> models = new ArrayList<>();
    for (int k = 0; k < folds; k++) {
      int f = k;
      List<ScoredVersion> training = all.stream()
          .filter(v -> fold.get(v.version().article()) != f)
          .filter(v -> v.version().isClean() || v.version().split() == Split.FIT)
          .toList();
      ScoringData model = Calibrator.fit(training, prior, options).scoring();
      models.add(model);
      Scorer scorer = new Scorer(model);
      for (ScoredVersion v : all) {
        if (fold.get(v.version().article()) == f) {
          heldOut.add(v.withReport(scorer.rescore(v.report())));
        }
      }
    }
    return new Result(heldOut, models);
  }

  /** The versions a final fit uses: clean articles and the fit split. */
  public static List<ScoredVersion> fitSplit(List<ScoredVersion> all) {
    return all.stream().filter(v -> v.version().isClean() || v.version().split() == Split.FIT).toList();
  }
}
