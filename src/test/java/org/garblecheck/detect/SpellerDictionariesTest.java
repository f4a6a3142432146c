package org.garblecheck.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import morfologik.stemming.Dictionary;
import org.garblecheck.pass.StandardPasses;
import org.junit.jupiter.api.Test;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.spelling.morfologik.MorfologikMultiSpeller;
import org.languagetool.rules.spelling.morfologik.MorfologikSpellerRule;

/**
 * The word lists garblecheck builds for LanguageTool's variety spellers hold exactly the words of the ones
 * LanguageTool builds itself, under the key LanguageTool looks them up by; so every variety speller
 * answers as it would have.
 */
class SpellerDictionariesTest {
  @SuppressWarnings("unchecked")
  static Map<String, Dictionary> languageToolCache() throws ReflectiveOperationException {
    Field f = MorfologikMultiSpeller.class.getDeclaredField("dicPathToDict");
    f.setAccessible(true);
    return (Map<String, Dictionary>) f.get(null);
  }

  static Set<String> words(Dictionary d) {
    Set<String> out = new HashSet<>();
    for (ByteBuffer b : d.fsa) {
      out.add(new String(b.array(), b.position(), b.remaining(), StandardCharsets.ISO_8859_1));
    }
    return out;
  }

  @Test
  void sameWordsAsLanguageToolBuildsForEveryVariety() throws Exception {
    Map<String, Dictionary> cache = languageToolCache();
    for (String code : StandardPasses.VARIETIES) {
      Language lang = Languages.getLanguageForShortCode(code);
      MorfologikSpellerRule rule = (MorfologikSpellerRule) lang.getDefaultSpellingRule();
      SpellerDictionaries.Source s = SpellerDictionaries.Source.of(rule);
      assertNotNull(s, code);
      Dictionary ours = SpellerDictionaries.build(s, lang);
      Dictionary theirs;
      synchronized (Lexicon.SPELLERS) {
        Dictionary before = cache.remove(s.key());
        try {
          // LanguageTool's own construction puts its dictionary into the cache under the key
          new MorfologikMultiSpeller(s.binaryDict(), s.plainTexts(), s.variant(), null, 1, lang);
          theirs = cache.get(s.key());
        } finally {
          if (before != null) {
            cache.put(s.key(), before);
          }
        }
      }
      assertNotNull(theirs, code + ": LanguageTool keeps its dictionary under another key than " + s.key());
      Set<String> w = words(ours);
      assertTrue(w.size() > 20_000, code + ": " + w.size());
      assertEquals(words(theirs), w, code);
      assertEquals(theirs.metadata.getAttributes(), ours.metadata.getAttributes(), code);
    }
  }

  /**
   * The article's own speller also makes suggestions, by walking the automaton: for misspellings of the
   * sample articles' words (one or two letters changed, dropped or added) both automata give the same
   * candidates at the same distances in the same order, and the same answers to "known?" and "how frequent?".
   */
  @Test
  void sameSuggestionsAsLanguageToolsOwnDictionary() throws Exception {
    Language us = Languages.getLanguageForShortCode("en-US");
    SpellerDictionaries.Source s = SpellerDictionaries.Source.of((MorfologikSpellerRule) us.getDefaultSpellingRule());
    Dictionary ours = SpellerDictionaries.build(s, us);
    Dictionary theirs;
    java.io.ByteArrayOutputStream image = new morfologik.fsa.builders.CFSA2Serializer()
        .serialize(morfologik.fsa.builders.FSABuilder.build(SpellerDictionaries.lines(s, us)),
            new java.io.ByteArrayOutputStream());
    try (java.io.InputStream info = org.languagetool.JLanguageTool.getDataBroker()
        .getFromResourceDirAsStream(s.info())) {
      theirs = Dictionary.read(new java.io.ByteArrayInputStream(image.toByteArray()), info);
    }
    java.util.TreeSet<String> words = new java.util.TreeSet<>();
    for (String f : java.util.List.of("corpus/samples/damaged-sample.txt", "corpus/samples/clean-sample.txt")) {
      for (String w : java.nio.file.Files.readString(java.nio.file.Path.of(f)).split("[^\\p{L}'-]+")) {
        if (w.length() > 2) {
          words.add(w);
        }
      }
    }
    java.util.Random random = new java.util.Random(3);
    String abc = "abcdefghijklmnopqrstuvwxyz";
    int queries = 0;
    for (int d = 1; d <= 2; d++) {
      morfologik.speller.Speller a = new morfologik.speller.Speller(ours, d);
      morfologik.speller.Speller b = new morfologik.speller.Speller(theirs, d);
      for (String w : words) {
        StringBuilder m = new StringBuilder(w);
        for (int e = 1 + random.nextInt(2); e > 0 && m.length() > 1; e--) {
          int i = random.nextInt(m.length());
          switch (random.nextInt(3)) {
            case 0 -> m.deleteCharAt(i);
            case 1 -> m.setCharAt(i, abc.charAt(random.nextInt(26)));
            default -> m.insert(i, abc.charAt(random.nextInt(26)));
          }
        }
        for (String q : java.util.List.of(w, m.toString())) {
          queries++;
          assertEquals(b.findReplacementCandidates(q).toString(), a.findReplacementCandidates(q).toString(), q);
          assertEquals(b.replaceRunOnWordCandidates(q).toString(), a.replaceRunOnWordCandidates(q).toString(), q);
          assertEquals(b.isMisspelled(q), a.isMisspelled(q), q);
          assertEquals(b.getFrequency(q), a.getFrequency(q), q);
        }
      }
    }
    assertTrue(queries > 400, "queries: " + queries);
  }

  @Test
  void preparesOnlyWhatIsNotThereYet() throws Exception {
    Language gb = Languages.getLanguageForShortCode("en-GB");
    MorfologikSpellerRule rule = (MorfologikSpellerRule) gb.getDefaultSpellingRule();
    SpellerDictionaries.Source s = SpellerDictionaries.Source.of(rule);
    synchronized (Lexicon.SPELLERS) {
      Map<String, Dictionary> cache = languageToolCache();
      Dictionary before = cache.remove(s.key());
      try {
        assertTrue(SpellerDictionaries.prepare(rule, gb));
        assertTrue(cache.containsKey(s.key()));
        assertFalse(SpellerDictionaries.prepare(rule, gb), "a second call leaves the cached one alone");
      } finally {
        cache.remove(s.key());
        if (before != null) {
          cache.put(s.key(), before);
        }
      }
    }
  }

  @Test
  void varietySpellersAnswerAsBefore() {
    Lexicon lexicon = Lexicon.of(new org.languagetool.JLanguageTool(Languages.getLanguageForShortCode("en-US")));
    lexicon.prepareVarieties();
    assertTrue(lexicon.isKnown("colour"), "British spelling");
    assertTrue(lexicon.isKnown("harbour"));
    assertTrue(lexicon.isKnown("color"));
    assertFalse(lexicon.isKnown("annexationa"));
    assertFalse(lexicon.isKnown("Okonkow"));
  }
}
