package org.garblecheck.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.garblecheck.model.ArticleReport;
import org.garblecheck.model.Finding;
import org.garblecheck.model.SentenceScore;

/**
 * A finding with the sentence it sits in, so that reports can put the worst first: by the damage of that
 * sentence, then by severity, then by position. Findings outside every sentence (article-level signs such as
 * scraper residue) rank as damage 0.
 *
 * @param order the finding's position in the report's (position-sorted) findings
 */
public record RankedFinding(Finding finding, Optional<SentenceScore> sentence, int order) {
  /** Worst first; ties by position in the article. */
  public static final Comparator<RankedFinding> WORST_FIRST = Comparator
      .comparingDouble(RankedFinding::damage).reversed()
      .thenComparing(Comparator.comparingInt((RankedFinding r) -> r.finding().severity().ordinal()).reversed())
      .thenComparingInt(RankedFinding::order);

  public double damage() {
    return sentence.map(SentenceScore::damage).orElse(0.0);
  }

  /** Every finding of a report with its sentence, in position order. */
  public static List<RankedFinding> of(ArticleReport r) {
    List<RankedFinding> out = new ArrayList<>(r.findings().size());
    List<SentenceScore> sentences = r.sentences();
    for (int i = 0; i < r.findings().size(); i++) {
      Finding f = r.findings().get(i);
      out.add(new RankedFinding(f, containing(sentences, f), i));
    }
    return out;
  }

  /** The report's findings, worst first. */
  public static List<RankedFinding> worstFirst(ArticleReport r) {
    List<RankedFinding> all = of(r);
    all.sort(WORST_FIRST);
    return all;
  }

  /**
   * The sentence a finding starts in; a finding that starts between sentences belongs to the first sentence
   * it overlaps.
   */
  static Optional<SentenceScore> containing(List<SentenceScore> sentences, Finding f) {
    int lo = 0;
    int hi = sentences.size() - 1;
    int start = f.start();
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      SentenceScore s = sentences.get(mid);
      if (start < s.sentence().start()) {
        hi = mid - 1;
      } else if (start >= s.sentence().end()) {
        lo = mid + 1;
      } else {
        return Optional.of(s);
      }
    }
    if (lo < sentences.size()) {
      SentenceScore next = sentences.get(lo);
      if (next.sentence().span().overlaps(f.span())) {
        return Optional.of(next);
      }
    }
    return Optional.empty();
  }
}
