package org.garblecheck.detect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.garblecheck.analysis.AnalyzedArticle;
import org.garblecheck.pass.StandardPasses;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.spelling.SpellingCheckRule;
import org.languagetool.rules.spelling.morfologik.MorfologikSpeller;
import org.languagetool.rules.spelling.morfologik.MorfologikSpellerRule;
import org.languagetool.tagging.Tagger;

/**
 * What LanguageTool's dictionaries know about a word: whether any English variety spells it so, whether
 * its lower-case form is a common (dictionary) word, whether it is a known name ({@code NNP} reading), and
 * how frequent it is (the speller's frequency class, 0 = unknown or rare … about 22 = "the"). One per
 * worker thread ({@link #of} gives every pass of a worker the same one); answers are cached for the life of
 * the lexicon.
 */
public final class Lexicon {
  /**
   * LanguageTool keeps the spellers' dictionaries in static maps that are not thread-safe, and a speller
   * builds its own on first use: every first use of a speller (and the preparation of its dictionaries)
   * holds this lock.
   */
  static final Object SPELLERS = new Object();
  private static final int CACHE_LIMIT = 50_000;
  /** One lexicon per JLanguageTool (a worker's), shared by its passes; a lexicon holds no reference to it. */
  private static final Map<JLanguageTool, Lexicon> BY_TOOL = new WeakHashMap<>();
  /** The other varieties' spellers (one per JVM, LanguageTool's) that are set up. */
  private static final Set<SpellingCheckRule> READY_VARIETIES = ConcurrentHashMap.newKeySet();

  private final Tagger tagger;
  private final Language language;
  private final SpellingCheckRule primary;
  private final List<SpellingCheckRule> varieties;
  private final List<Language> varietyLanguages;
  private final MorfologikSpeller frequencies;
  private volatile boolean primaryReady;
  private final Map<String, Boolean> known = new HashMap<>();
  private final Map<String, List<AnalyzedToken>> tags = new HashMap<>();
  /** The article last asked about (by identity) and the speller's matches per sentence of it. */
  private AnalyzedArticle matchedArticle;
  private RuleMatch[][] sentenceMatches;

  private Lexicon(Language language, SpellingCheckRule primary, List<SpellingCheckRule> varieties,
      List<Language> varietyLanguages, MorfologikSpeller frequencies) {
    this.language = language;
    this.tagger = language.getTagger();
    this.primary = primary;
    this.varieties = List.copyOf(varieties);
    this.varietyLanguages = List.copyOf(varietyLanguages);
    this.frequencies = frequencies;
  }

  /** LanguageTool's dictionary speller for the article's variety. */
  public SpellingCheckRule primarySpeller() {
    return primary;
  }

  /** The spellers of the other English varieties, whose spellings are accepted too. */
  public List<SpellingCheckRule> otherVarietySpellers() {
    return varieties;
  }

  /**
   * The lexicon of this thread's LanguageTool: its dictionary speller, the other varieties' spellers. The
   * same instance for every call with the same {@code lt}, so that the passes of a worker share its caches.
   */
  public static Lexicon of(JLanguageTool lt) {
    synchronized (BY_TOOL) {
      return BY_TOOL.computeIfAbsent(lt, Lexicon::create);
    }
  }

  private static Lexicon create(JLanguageTool lt) {
    MorfologikSpellerRule primary = null;
    for (Rule r : lt.getAllRules()) {
      if (r instanceof MorfologikSpellerRule s) {
        primary = s;
        break;
      }
    }
    if (primary == null) {
      throw new IllegalStateException("LanguageTool has no dictionary speller for " + lt.getLanguage());
    }
    List<SpellingCheckRule> others = new ArrayList<>();
    List<Language> languages = new ArrayList<>();
    String main = lt.getLanguage().getShortCodeWithCountryAndVariant();
    for (String code : StandardPasses.VARIETIES) {
      if (!code.equals(main)) {
        Language variety = Languages.getLanguageForShortCode(code);
        SpellingCheckRule speller = variety.getDefaultSpellingRule();
        if (speller != null) {
          others.add(speller);
          languages.add(variety);
        }
      }
    }
    try {
      MorfologikSpeller frequencies;
      synchronized (SPELLERS) {
        frequencies = new MorfologikSpeller(primary.getFileName());
      }
      return new Lexicon(lt.getLanguage(), primary, others, languages, frequencies);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the speller dictionary " + primary.getFileName(), e);
    }
  }

  /**
   * Sets up this worker's own speller now rather than on first use (a second or so: LanguageTool loads its
   * dictionaries), so that a background thread can do it while the first article is analysed.
   */
  public void preparePrimary() {
    if (primaryReady) {
      return;
    }
    synchronized (SPELLERS) {
      if (!primaryReady) {
        if (primary instanceof MorfologikSpellerRule m) {
          SpellerDictionaries.prepare(m, language);
        }
        try {
          primary.isMisspelled("the");
        } catch (IOException e) {
          throw new UncheckedIOException("cannot set up the speller " + primary.getId(), e);
        }
        primaryReady = true;
      }
    }
  }

  /** Sets up the other varieties' spellers now rather than when a word first needs them. */
  public void prepareVarieties() {
    for (int i = 0; i < varieties.size(); i++) {
      prepareVariety(varieties.get(i), varietyLanguages.get(i));
    }
  }

  /**
   * Sets up, ahead of the first article: the dictionaries of the language's own speller (LanguageTool
   * builds them into a cache shared by every speller of the language, so that a worker's speller then
   * finds them ready), then the spellers of the other varieties (shared by all lexicons of the JVM).
   */
  public static void prepareSpellers(Language main) {
    SpellingCheckRule own = main.getDefaultSpellingRule();
    if (own != null) {
      synchronized (SPELLERS) {
        if (own instanceof MorfologikSpellerRule m) {
          SpellerDictionaries.prepare(m, main);
        }
        try {
          own.isMisspelled("the");
        } catch (IOException e) {
          throw new UncheckedIOException("cannot set up the speller " + own.getId(), e);
        }
      }
    }
    prepareVarieties(main);
  }

  /** Sets up the spellers of the varieties other than {@code main} (shared by all lexicons of the JVM). */
  public static void prepareVarieties(Language main) {
    String code = main.getShortCodeWithCountryAndVariant();
    for (String other : StandardPasses.VARIETIES) {
      if (!other.equals(code)) {
        Language variety = Languages.getLanguageForShortCode(other);
        SpellingCheckRule speller = variety.getDefaultSpellingRule();
        if (speller != null) {
          prepareVariety(speller, variety);
        }
      }
    }
  }

  private static void prepareVariety(SpellingCheckRule v, Language language) {
    if (READY_VARIETIES.contains(v)) {
      return;
    }
    synchronized (SPELLERS) {
      if (READY_VARIETIES.contains(v)) {
        return;
      }
      if (v instanceof MorfologikSpellerRule m) {
        SpellerDictionaries.prepare(m, language);
      }
      try {
        synchronized (v) {
          v.isMisspelled("the");
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot set up the speller " + v.getId(), e);
      }
      READY_VARIETIES.add(v);
    }
  }

  /** True when some English variety's speller accepts the word as written. */
  public boolean isKnown(String word) {
    Boolean k = known.get(word);
    if (k == null) {
      k = computeKnown(word);
      if (known.size() > CACHE_LIMIT) {
        known.clear();
      }
      known.put(word, k);
    }
    return k;
  }

  private boolean computeKnown(String word) {
    preparePrimary();
    try {
      if (!primary.isMisspelled(word)) {
        return true;
      }
      for (int i = 0; i < varieties.size(); i++) {
        SpellingCheckRule v = varieties.get(i);
        prepareVariety(v, varietyLanguages.get(i));
        // the other varieties' spellers are shared by all threads
        synchronized (v) {
          if (!v.isMisspelled(word)) {
            return true;
          }
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException("speller failed on " + word, e);
    }
  }

  /**
   * True when the word's lower-case form has a dictionary reading that is not a proper noun: "Triumph",
   * "polish", "Court" are common words; "Putin", "biden" are not.
   */
  public boolean isCommonWord(String word) {
    for (AnalyzedToken t : readings(word.toLowerCase(Locale.ROOT))) {
      String pos = t.getPOSTag();
      if (pos != null && !pos.startsWith("NNP") && !pos.startsWith("SENT")) {
        return true;
      }
    }
    return false;
  }

  /** True when the tagger knows the word (as written) as a proper noun. */
  public boolean isKnownName(String word) {
    for (AnalyzedToken t : readings(word)) {
      if (t.getPOSTag() != null && t.getPOSTag().startsWith("NNP")) {
        return true;
      }
    }
    return false;
  }

  /** True when the tagger gives the word (as written) any part of speech. */
  public boolean hasReading(String word) {
    for (AnalyzedToken t : readings(word)) {
      if (t.getPOSTag() != null) {
        return true;
      }
    }
    return false;
  }

  /** The word's readings (part-of-speech tags) from the tagger, out of context. */
  public List<AnalyzedToken> readings(String word) {
    List<AnalyzedToken> r = tags.get(word);
    if (r == null) {
      try {
        List<AnalyzedTokenReadings> tagged = tagger.tag(List.of(word));
        r = tagged.isEmpty() ? List.of() : List.copyOf(tagged.get(0).getReadings());
      } catch (IOException e) {
        throw new UncheckedIOException("tagger failed on " + word, e);
      }
      if (tags.size() > CACHE_LIMIT) {
        tags.clear();
      }
      tags.put(word, r);
    }
    return r;
  }

  /**
   * The start positions (relative to the sentence) of the words LanguageTool's speller rejects in sentence
   * {@code i} of the article. In context, the speller accepts multi-word expressions ("in situ") and
   * contractions ("won't"), which a word-by-word check would not.
   */
  public Set<Integer> misspelledStarts(AnalyzedArticle article, int i) {
    Set<Integer> out = new HashSet<>();
    for (RuleMatch m : spellerMatches(article, i)) {
      out.add(m.getFromPos());
    }
    return out;
  }

  /**
   * LanguageTool's dictionary speller's matches in sentence {@code i} of the article, computed once however
   * many passes ask (the spelling and word passes both do); only the last article's are kept. LanguageTool
   * computes a match's suggestions lazily and remembers them, so they too are computed at most once.
   */
  public RuleMatch[] spellerMatches(AnalyzedArticle article, int i) {
    if (article != matchedArticle) {
      matchedArticle = article;
      sentenceMatches = new RuleMatch[article.analyzed().size()][];
    }
    RuleMatch[] m = sentenceMatches[i];
    if (m == null) {
      preparePrimary();
      try {
        m = primary.match(article.analyzed().get(i));
      } catch (IOException e) {
        throw new UncheckedIOException("speller failed", e);
      }
      sentenceMatches[i] = m;
    }
    return m;
  }

  /** The speller's suggestions for a word (edit distance 1 in the dictionary), best first. */
  public List<String> suggestions(String word) {
    return frequencies.findReplacements(word);
  }

  /** The speller's frequency class of the word: 0 when unknown or rare, about 22 for "the". */
  public int frequency(String word) {
    return frequencies.getFrequency(word);
  }
}
