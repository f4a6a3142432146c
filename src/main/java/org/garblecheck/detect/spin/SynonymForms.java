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
 * on their last word, and the lemma when there is no synthesizer or it knows no form. Not thread-safe (a
 * cache per instance): one per worker.
 */
final class SynonymForms {
  private final Synthesizer synthesizer;
  private final Map<String, List<String>> cache = new HashMap<>();

  SynonymForms(Synthesizer synthesizer) {
    this.synthesizer = synthesizer;
  }

  List<String> of(String lemma, String tag) {
    String key = tag + ' ' + lemma;
    List<String> hit = cache.get(key);
    if (hit != null) {
      return hit;
    }
    Set<String> out = new LinkedHashSet<>();
    int space = lemma.lastIndexOf(' ');
    String head = lemma.substring(space + 1);
    if (synthesizer != null && !tag.equals("NN") && !tag.equals("JJ") && !tag.equals("VB")
        && !tag.equals("RB")) {
      try {
        for (String f : synthesizer.synthesize(new AnalyzedToken(head, tag, head), tag)) {
          out.add(lemma.substring(0, space + 1) + f.toLowerCase(Locale.ROOT));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("LanguageTool's synthesizer failed", e);
      }
    }
    if (out.isEmpty()) {
      out.add(lemma);
    }
    List<String> l = List.copyOf(out);
    cache.put(key, l);
    return l;
  }
}
