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
 * {@link #inflected}). Not thread-safe (a
 * cache per instance): one per worker.
 */
final class SynonymForms {
  private final Synthesizer synthesizer;
  private final Map<String, List<String>> cache = new HashMap<>();

  SynonymForms(Synthesizer synthesizer) {
    this.synthesizer = synthesizer;
  }

  List<String> of(String lemma, String tag) {
    return of(lemma, tag, false);
  }

  /**
   * The forms for an inflecting tag only when the synthesizer knows them: never the bare lemma in place of
   * "busiest" or "conferred" (a suggestion must fit where the word stands). Base tags give the lemma.
   */
  List<String> inflected(String lemma, String tag) {
    return of(lemma, tag, true);
  }

  private List<String> of(String lemma, String tag, boolean strict) {
    String key = (strict ? "!" : "") + tag + ' ' + lemma;
    List<String> hit = cache.get(key);
    if (hit != null) {
      return hit;
    }
    Set<String> out = new LinkedHashSet<>();
    int space = lemma.lastIndexOf(' ');
    String head = lemma.substring(space + 1);
    boolean inflecting = !tag.equals("NN") && !tag.equals("JJ") && !tag.equals("VB") && !tag.equals("RB");
    if (synthesizer != null && inflecting) {
      try {
        for (String f : synthesizer.synthesize(new AnalyzedToken(head, tag, head), tag)) {
          out.add(lemma.substring(0, space + 1) + f.toLowerCase(Locale.ROOT));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("LanguageTool's synthesizer failed", e);
      }
    }
    if (out.isEmpty() && !(strict && inflecting && synthesizer != null)) {
      out.add(lemma);
    }
    List<String> l = List.copyOf(out);
    cache.put(key, l);
    return l;
  }
}
