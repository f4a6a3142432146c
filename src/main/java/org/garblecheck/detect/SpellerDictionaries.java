package org.garblecheck.detect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import morfologik.fsa.FSA;
import morfologik.fsa.builders.FSABuilder;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryMetadata;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.broker.ResourceDataBroker;
import org.languagetool.rules.spelling.morfologik.MorfologikMultiSpeller;
import org.languagetool.rules.spelling.morfologik.MorfologikSpellerRule;

/**
 * Gives LanguageTool's spellers their word lists without the slow part of LanguageTool's own set-up.
 *
 * <p>Besides its compiled dictionary, each LanguageTool 6.6 speller accepts the words of plain-text lists
 * ({@code spelling_global.txt}, {@code multiwords.txt}, the variety's own list…), about 31,000 entries. On
 * first use it builds an automaton of them, compacts it into a CFSA2 image and reads that back: 0.7–1 s per
 * variety, and a cold run needs six (the article's variety, and the five others for a name that no speller
 * knows). The compaction is all but all of that time. This class builds the same automaton from the same
 * lines (read as LanguageTool 6.6's {@code MorfologikMultiSpeller} reads them) and hands it to
 * LanguageTool's dictionary cache, under the key LanguageTool looks it up by, uncompacted: a bigger but
 * equivalent automaton. Same words ({@code SpellerDictionariesTest} compares both automata's words for every
 * variety), and the same arcs in the same order (CFSA2 keeps each state's arcs in the order of the automaton
 * it compacts), so that LanguageTool's speller, which only walks arcs, finds the same words, the same
 * frequencies and the same suggestions in the same order (the test compares those too).
 *
 * <p>LanguageTool's cache is a plain static map: callers hold {@link Lexicon#SPELLERS} while preparing or
 * first using a speller. Should the cache not be where LanguageTool 6.6 keeps it, nothing is injected and
 * LanguageTool builds its lists itself, only slower.
 */
final class SpellerDictionaries {
  private static final Map<String, Dictionary> CACHE = cache();

  private SpellerDictionaries() {}

  @SuppressWarnings("unchecked")
  private static Map<String, Dictionary> cache() {
    try {
      Field f = MorfologikMultiSpeller.class.getDeclaredField("dicPathToDict");
      f.setAccessible(true);
      return f.get(null) instanceof Map<?, ?> m ? (Map<String, Dictionary>) m : null;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  /**
   * Puts the rule's plain-text dictionary into LanguageTool's cache unless it is there already. Call with
   * {@link Lexicon#SPELLERS} held, before the rule is first used.
   *
   * @return true when this call built it
   */
  static boolean prepare(MorfologikSpellerRule rule, Language language) {
    if (CACHE == null) {
      return false;
    }
    try {
      Source s = Source.of(rule);
      if (s == null || CACHE.containsKey(s.key())) {
        return false;
      }
      Dictionary d = build(s, language);
      if (d == null) {
        return false;
      }
      CACHE.put(s.key(), d);
      return true;
    } catch (IOException | RuntimeException e) {
      return false; // LanguageTool builds it its own way
    }
  }

  /** Where a rule's plain-text dictionary comes from, as LanguageTool 6.6's MorfologikSpellerRule sets it up. */
  record Source(String binaryDict, List<String> plainTexts, String variant) {
    static Source of(MorfologikSpellerRule rule) {
      ResourceDataBroker broker = JLanguageTool.getDataBroker();
      String binary = rule.getFileName();
      if (binary == null || !broker.resourceExists(binary)) {
        return null;
      }
      List<String> plain = new ArrayList<>();
      if (rule.getSpellingFileName() != null && broker.resourceExists(rule.getSpellingFileName())) {
        plain.add(rule.getSpellingFileName());
      }
      for (String f : rule.getAdditionalSpellingFileNames()) {
        if (broker.resourceExists(f)) {
          plain.add(f);
        }
      }
      String variant = rule.getLanguageVariantSpellingFileName();
      if (variant != null && !broker.resourceExists(variant)) {
        variant = null;
      }
      for (String p : plain) {
        if (!p.endsWith(".txt")) {
          return null;
        }
      }
      return plain.isEmpty() ? null : new Source(binary, List.copyOf(plain), variant);
    }

    /** LanguageTool's cache key: the list of plain-text files, "|", the compiled dictionary's metadata file. */
    String key() {
      return plainTexts + "|" + info();
    }

    String info() {
      return binaryDict.replace(".dict", ".info");
    }
  }

  /**
   * The lines LanguageTool reads: for each plain-text file name, what is left of one reader over all the
   * files (so all of them for the first name), then the variety's list and the word "LanguageTool"; sorted
   * and built into an automaton, with the compiled dictionary's metadata.
   */
  static Dictionary build(Source s, Language language) throws IOException {
    FSA fsa = FSABuilder.build(lines(s, language));
    try (InputStream info = JLanguageTool.getDataBroker().getFromResourceDirAsStream(s.info())) {
      return new Dictionary(fsa, DictionaryMetadata.read(info));
    }
  }

  static List<byte[]> lines(Source s, Language language) throws IOException {
    ResourceDataBroker broker = JLanguageTool.getDataBroker();
    List<InputStream> streams = new ArrayList<>();
    for (String p : s.plainTexts()) {
      streams.add(broker.getFromResourceDirAsStream(p));
    }
    List<byte[]> lines = new ArrayList<>();
    try (BufferedReader all = new BufferedReader(new InputStreamReader(
            new SequenceInputStream(Collections.enumeration(streams)), StandardCharsets.UTF_8));
        BufferedReader variant = s.variant() == null ? null : new BufferedReader(new InputStreamReader(
            broker.getFromResourceDirAsStream(s.variant()), StandardCharsets.UTF_8))) {
      for (int i = 0; i < s.plainTexts().size(); i++) {
        read(all, language, lines);
        if (variant != null) {
          read(variant, language, lines);
          lines.add("LanguageTool".getBytes(StandardCharsets.UTF_8));
        }
      }
    }
    lines.sort(FSABuilder.LEXICAL_ORDERING);
    return lines;
  }

  private static void read(BufferedReader r, Language language, List<byte[]> out) throws IOException {
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      for (String entry : language.prepareLineForSpeller(line)) {
        if (entry.startsWith("#") || entry.isEmpty()) {
          continue;
        }
        String word = entry.split("#")[0].trim();
        if (!word.isEmpty()) {
          out.add(word.getBytes(StandardCharsets.UTF_8));
        }
      }
    }
  }
}
