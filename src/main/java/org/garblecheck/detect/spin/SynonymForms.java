package org.garblecheck.detect.spin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.languagetool.AnalyzedToken;
import org.languagetool.synthesis.Synthesizer;

/**
 * The surface forms a WordNet lemma takes for a Penn tag ("talk", NNS → "talks"; "confer", VBD →
 * "conferred"), by LanguageTool's synthesizer; the lemma itself for base tags, multi-word lemmas inflected
 * on their last word, and the lemma when there is no synthesizer or it knows no form (not in
 * {@link #inflected}). Not thread-safe (a cache per instance): one per worker.
 */
final class SynonymForms {
  private final Synthesizer synthesizer;
  /** The synthesizer's forms per tag and lemma, empty when it knows none (asked once for both views). */
  private final Map<String, List<String>> synthesized = new HashMap<>();

  SynonymForms(Synthesizer synthesizer) {
    this.synthesizer = synthesizer;
  }

  List<String> of(String lemma, String tag) {
    List<String> forms = synthesize(lemma, tag);
    return forms.isEmpty() ? List.of(lemma) : forms;
  }

  /**
   * The forms for an inflecting tag only when the synthesizer knows them: never the bare lemma in place of
   * "busiest" or "conferred" (a suggestion must fit where the word stands). Base tags, and every tag when
   * there is no synthesizer, give the lemma.
   */
  List<String> inflected(String lemma, String tag) {
    return synthesizer != null && inflecting(tag) ? synthesize(lemma, tag) : List.of(lemma);
  }

  private static boolean inflecting(String tag) {
    return !tag.equals("NN") && !tag.equals("JJ") && !tag.equals("VB") && !tag.equals("RB");
  }

  private List<String> synthesize(String lemma, String tag) {
    if (synthesizer == null || !inflecting(tag)) {
      return List.of();
    }
    return synthesized.computeIfAbsent(tag + ' ' + lemma, k -> {
      Set<String> out = new LinkedHashSet<>();
      int space = lemma.lastIndexOf(' ');
      String head = lemma.substring(space + 1);
      try {
        for (String f : synthesizer.synthesize(new AnalyzedToken(head, tag, head), tag)) {
          out.add(lemma.substring(0, space + 1) + f.toLowerCase(Locale.ROOT));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("LanguageTool's synthesizer failed", e);
      }
      return List.copyOf(out);
    });
  }
}
