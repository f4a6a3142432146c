package org.garblecheck.detect.spin;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;

/**
 * The article's own terms: lemmas (lower case, of each token's first reading) that appear in at least
 * {@value #MIN_SENTENCES} of its sentences. A story about a lantern festival says "lantern" again and again; a
 * spinner swaps a word for a random synonym each time it chooses to, so its rare synonyms seldom recur.
 * A rare word the article keeps using is its subject matter, not a swap, and the spin detectors leave it
 * alone (as the speller leaves alone a coinage used twice).
 */
public final class ArticleTerms {
  /** In how many sentences a lemma must appear to be one of the article's terms. */
  public static final int MIN_SENTENCES = 2;
  /** No terms: every word is judged on its own (single sentences, training). */
  public static final ArticleTerms NONE = new ArticleTerms(Set.of());

  private final Set<String> terms;

  private ArticleTerms(Set<String> terms) {
    this.terms = terms;
  }

  public static ArticleTerms of(List<AnalyzedSentence> sentences) {
    Map<String, Integer> sentenceCounts = new HashMap<>();
    for (AnalyzedSentence s : sentences) {
      Set<String> seen = new HashSet<>();
      for (AnalyzedTokenReadings t : s.getTokensWithoutWhitespace()) {
        String lemma = lemmaOf(t);
        if (lemma != null && seen.add(lemma)) {
          sentenceCounts.merge(lemma, 1, Integer::sum);
        }
      }
    }
    Set<String> terms = new HashSet<>();
    sentenceCounts.forEach((lemma, n) -> {
      if (n >= MIN_SENTENCES) {
        terms.add(lemma);
      }
    });
    return new ArticleTerms(terms);
  }

  /** Whether the lemma (any case) is one of the article's terms. */
  public boolean contains(String lemma) {
    return lemma != null && terms.contains(lemma.toLowerCase(Locale.ROOT));
  }

  private static String lemmaOf(AnalyzedTokenReadings t) {
    if (t.isSentenceStart() || t.getToken().isEmpty() || !Character.isLetter(t.getToken().codePointAt(0))) {
      return null;
    }
    List<AnalyzedToken> readings = t.getReadings();
    String lemma = readings.isEmpty() ? null : readings.get(0).getLemma();
    return (lemma == null ? t.getToken() : lemma).toLowerCase(Locale.ROOT);
  }
}
