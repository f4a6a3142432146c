package org.garblecheck.lm;

import java.util.ArrayList;
import java.util.List;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;

/**
 * The part-of-speech sequence the POS model reads: for every token of LanguageTool's analysis (the
 * sentence-start token skipped), the Penn tag of its first reading, without LanguageTool's subtype suffix
 * ({@code NN:UN} → {@code NN}); markers such as {@code SENT_END} are skipped, and a token with no tag is
 * {@value #UNKNOWN}. Words of the closed classes (determiners, prepositions, conjunctions, pronouns,
 * modals, particles, wh-words: {@link #LEXICAL}) stay as their lower-case word joined to the tag
 * ({@code IN:of}), since which preposition or determiner comes where is most of what a round trip gets
 * wrong; open-class words are reduced to their tag, so the model generalises from little text. The same
 * function serves the model build and the scoring.
 */
public final class PosTags {
  public static final String UNKNOWN = "UNK";
  /** Penn tags of the closed word classes, whose words the model keeps. */
  static final java.util.Set<String> LEXICAL = java.util.Set.of("DT", "PDT", "IN", "TO", "CC", "PRP",
      "PRP$", "WDT", "WP", "WP$", "WRB", "EX", "RP", "POS", "MD");

  private PosTags() {}

  public static List<String> of(AnalyzedSentence s) {
    AnalyzedTokenReadings[] tokens = s.getTokensWithoutWhitespace();
    List<String> tags = new ArrayList<>(tokens.length);
    for (int i = 1; i < tokens.length; i++) {
      tags.add(tagOf(tokens[i]));
    }
    return tags;
  }

  static String tagOf(AnalyzedTokenReadings t) {
    for (AnalyzedToken r : t.getReadings()) {
      String tag = r.getPOSTag();
      if (tag == null || tag.isEmpty() || tag.equals("SENT_END") || tag.equals("PARA_END")
          || tag.equals("SENT_START")) {
        continue;
      }
      int colon = tag.indexOf(':');
      String base = colon > 0 ? tag.substring(0, colon) : tag;
      return LEXICAL.contains(base) ? base + ":" + t.getToken().toLowerCase(java.util.Locale.ROOT) : base;
    }
    return UNKNOWN;
  }
}
