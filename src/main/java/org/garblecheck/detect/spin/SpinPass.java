package org.garblecheck.detect.spin;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.sf.extjwnl.data.POS;
import org.garblecheck.analysis.AnalyzedArticle;
import org.garblecheck.detect.EditDistance;
import org.garblecheck.lm.NgramModel;
import org.garblecheck.lm.WordFrequencies;
import org.garblecheck.lm.WordingModel;
import org.garblecheck.lm.WordingSettings;
import org.garblecheck.model.Category;
import org.garblecheck.model.Severity;
import org.garblecheck.pass.FindingSink;
import org.garblecheck.pass.Pass;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.synthesis.Synthesizer;

/**
 * Spun phrases: a content word (or a pair of adjacent content words) whose combination with its neighbours
 * is unattested in fluent English while a WordNet synonym in the same place is common ("peace parley" where
 * "peace talks" is what English says). Evidence is the word model's raw bigram counts: for a word
 * {@code w} between {@code l} and {@code r}, {@code own = c(l w) + c(w r)} against the best
 * {@code alt = c(l s) + c(s r)} over synonyms {@code s} inflected like {@code w}; for a pair, {@code c(w1 w2)}
 * against {@code c(s1 w2)}, {@code c(w1 s2)}, {@code c(s1 s2)}, where a WordNet compound lemma counts as
 * attested. Only collocations count as alternatives (pointwise mutual information ≥ {@value #MIN_PMI} bits,
 * so "the knowledge" is no evidence against "the perception"). A finding needs {@code own ≤ }{@value #OWN_MAX},
 * {@code alt ≥ }{@value #MIN_ALT}, a log2 ratio {@code log2((alt+1)/(own+1)) ≥ }{@value #MIN_BITS}, and,
 * since spinners reach for uncommon synonyms, a written word that is rare in English at large
 * ({@link WordFrequencies} ≤ {@value #RARE_WORD}) with a suggestion at least {@value #COMMONER} times
 * commoner. Names (capitalised words inside a sentence) are never touched. Thresholds were set on a
 * synonym-swapped copy of {@code ../shared/data/text} against the clean original.
 *
 * <p>Our corpus is small, so a one-word swap is also evidence when the corpus lacks the suggestion's pair
 * but English at large has it as a common collocation of lexical words ({@link WordFrequencies#count(String,
 * String)}, PMI ≥ {@value #COMMON_PMI}) while the written word forms no common pair with its neighbours:
 * "retentiveness chips" → "memory chips".
 */
public final class SpinPass implements Pass {
  public static final String RULE_ID = "SPIN_RARE_SYNONYM";
  /** The graded judgement of a whole sentence by the spin model ({@link SpinFeatures}). */
  public static final String WORDING_RULE_ID = "SPIN_WORDING";
  public static final String MODEL_FILE = "spin-wording.bin.gz";
  public static final String SETTINGS_FILE = "spin-wording.properties";
  static final int OWN_MAX = 0;
  static final int MIN_ALT = 5;
  static final double MIN_BITS = 2.0;
  /** The written word must be rarer than this in English at large (about the 20,000th commonest word). */
  static final long RARE_WORD = 1_200_000;
  /** … and the suggested word at least this many times commoner. */
  static final long COMMONER = 10;
  /** The suggested combination must be a collocation: pointwise mutual information at least this (bits). */
  static final double MIN_PMI = 3.0;
  /**
   * WordNet synonyms tried per word for a two-word swap here and for a common pair in {@link SpinFeatures}
   * (WordNet order: the commonest senses first).
   */
  static final int MAX_PAIR_CANDIDATES = 12;
  /**
   * A common pair in English at large counts as evidence from this pointwise mutual information (bits),
   * computed from the pair list's counts against the word list's ({@link WordFrequencies}); the two lists
   * were counted on different scales, so the figure is shifted by a constant (about 4.5 bits): "peace
   * talks" 14.1, "interest rate" 13.0, "heavy rain" 13.4, "the talks" 5.8, "public figure" 7.1.
   */
  static final double COMMON_PMI = 10.0;
  /** log2 of the total count of the word list (SymSpell's: 5.4 × 10^11 words of Google Books). */
  private static final double LOG2_WORDS = 39.0;

  private final NgramModel words;
  private final WordFrequencies frequencies;
  private final WordNetSynonyms wordNet;
  private final SynonymForms forms;
  private final SpinFeatures features;
  private final WordingModel model;
  private final WordingSettings settings;

  public SpinPass(NgramModel words, WordFrequencies frequencies, WordNetSynonyms wordNet,
      Synthesizer synthesizer) {
    this(words, frequencies, wordNet, synthesizer, null, null);
  }

  /** With the sentence-level spin model too ({@code null} for none). */
  public SpinPass(NgramModel words, WordFrequencies frequencies, WordNetSynonyms wordNet,
      Synthesizer synthesizer, WordingModel model, WordingSettings settings) {
    this.words = words;
    this.frequencies = frequencies;
    this.wordNet = wordNet;
    this.forms = new SynonymForms(synthesizer);
    this.model = model;
    this.settings = settings;
    this.features = model == null ? null : new SpinFeatures(words, frequencies, wordNet, synthesizer);
  }

  /** The pass with the bundled models and WordNet, for {@code StandardPasses}. */
  public static org.garblecheck.pass.PassFactory factory() {
    return (lt, rules) -> new SpinPass(org.garblecheck.lm.FluencyModel.bundled().words(),
        WordFrequencies.bundled(), WordNetSynonyms.shared(), lt.getLanguage().getSynthesizer(),
        WordingModel.bundled(MODEL_FILE, SpinFeatures.HASHED, SpinFeatures.DENSE.size()),
        WordingSettings.bundled(SETTINGS_FILE));
  }

  @Override
  public String name() {
    return "spin";
  }

  /** A word token of a sentence. */
  private record Slot(String lower, String lemma, String tag, int from, int to, int tokenIndex, int id,
      boolean content) {}

  /**
   * A proposed replacement and its evidence: corpus counts {@code own} and {@code alt}, and {@code common},
   * the count in English at large of the pair the suggestion makes with a neighbour where the written
   * word makes none ({@link WordFrequencies#count(String, String)}; 0 when there is no such pair).
   */
  record Swap(int fromSlot, int toSlot, int from, int to, String suggestion, long own, long alt, long common) {
    double bits() {
      return Math.log((alt + 1.0) / (own + 1.0)) / Math.log(2);
    }

    /** Whether our corpus's counts alone make the case; otherwise the common pair does. */
    boolean corpusEvidence() {
      return alt >= MIN_ALT && bits() >= MIN_BITS;
    }
  }

  @Override
  public void run(AnalyzedArticle a, FindingSink sink) throws IOException {
    ArticleTerms terms = ArticleTerms.of(a.analyzed());
    for (int i = 0; i < a.sentences().size(); i++) {
      if (model != null) {
        wording(a, i, terms, sink);
      }
      for (Swap s : find(a.analyzed().get(i), terms)) {
        String written = a.analyzed().get(i).getText().substring(s.from(), s.to());
        sink.report(RULE_ID, Category.SPIN, Severity.WARNING, a.inArticle(i, s.from(), s.to()),
            !s.corpusEvidence()
                ? String.format(Locale.ROOT, "“%s” is rare in this context while “%s” makes a common English"
                    + " word pair here: a synonym swap by a spinner?", written, s.suggestion())
                : String.format(Locale.ROOT, "“%s” is rare in this context while “%s” is common (%.1f bits):"
                    + " a synonym swap by a spinner?", written, s.suggestion(), s.bits()),
            List.of(s.suggestion()));
      }
    }
  }

  /**
   * The spin model's judgement of sentence {@code i}: a graded finding over its words (first to last word
   * token), strength from the model's log-odds ({@link WordingSettings}).
   */
  private void wording(AnalyzedArticle a, int i, ArticleTerms terms, FindingSink sink) {
    AnalyzedSentence s = a.analyzed().get(i);
    int from = -1;
    int to = -1;
    int words = 0;
    for (AnalyzedTokenReadings t : s.getTokensWithoutWhitespace()) {
      String w = t.getToken();
      if (!w.isEmpty() && Character.isLetterOrDigit(w.codePointAt(0))) {
        from = from < 0 ? t.getStartPos() : from;
        to = t.getEndPos();
        words++;
      }
    }
    if (from < 0) {
      return;
    }
    double logit = model.logit(features.of(s, terms));
    if (!settings.reported(logit, words)) {
      return;
    }
    sink.report(WORDING_RULE_ID, Category.SPIN, Severity.INFO, a.inArticle(i, from, to),
        String.format(Locale.ROOT, "This sentence reads like a synonym spinner's output: words rarer than the"
            + " ones English would use here (spin model probability %.2f).", WordingModel.sigmoid(logit)),
        List.of(), settings.strength(logit));
  }

  /** The swaps found in one sentence, left to right. */
  List<Swap> find(AnalyzedSentence sentence) throws IOException {
    return find(sentence, ArticleTerms.NONE);
  }

  /** The swaps found in one sentence of an article, leaving the article's own terms alone. */
  List<Swap> find(AnalyzedSentence sentence, ArticleTerms terms) throws IOException {
    List<Slot> slots = slots(sentence, terms);
    List<Swap> out = new ArrayList<>();
    boolean[] covered = new boolean[slots.size()];
    for (int k = 0; k + 1 < slots.size(); k++) {
      if (adjacent(slots, k) && slots.get(k).content() && slots.get(k + 1).content()) {
        Swap s = pairSwap(slots.get(k), slots.get(k + 1), k);
        if (s != null) {
          out.add(s);
          covered[k] = true;
          covered[k + 1] = true;
        }
      }
    }
    for (int k = 0; k < slots.size(); k++) {
      if (!covered[k] && slots.get(k).content()) {
        Swap s = wordSwap(slots, k);
        if (s != null) {
          out.add(s);
        }
      }
    }
    out.sort(java.util.Comparator.comparingInt(Swap::fromSlot));
    return out;
  }

  private Swap wordSwap(List<Slot> slots, int k) throws IOException {
    Slot w = slots.get(k);
    Slot l = k > 0 && adjacent(slots, k - 1) ? slots.get(k - 1) : null;
    Slot r = k + 1 < slots.size() && adjacent(slots, k) ? slots.get(k + 1) : null;
    if (l == null && r == null) {
      return null;
    }
    long own = count(l, w.id()) + count(w.id(), r);
    long general = frequencies.count(w.lower());
    if (own > OWN_MAX || general > RARE_WORD) {
      return null;
    }
    long ownUnigram = w.id() == 0 ? 0 : words.rawCount(w.id());
    boolean ownCommon = common(l, w.lower(), r) > 0;
    String best = null;
    long bestAlt = 0;
    long bestCommon = 0;
    for (String syn : wordNet.of(w.lemma(), posOf(w.tag()))) {
      if (syn.indexOf(' ') >= 0) {
        continue;
      }
      for (String f : forms.inflected(syn, w.tag())) {
        int id = words.id(f);
        if (id == 0 || EditDistance.spellingVariant(w.lower(), f) || words.rawCount(id) <= ownUnigram
            || frequencies.count(f) < COMMONER * Math.max(general, 1)) {
          continue;
        }
        long alt = collocated(l == null ? 0 : l.id(), id) + collocated(id, r == null ? 0 : r.id());
        long common = ownCommon ? 0 : common(l, f, r);
        // a common pair in English at large first, then the corpus count, then the spelling
        int cmp = best == null ? 1 : Long.compare(common, bestCommon) != 0 ? Long.compare(common, bestCommon)
            : Long.compare(alt, bestAlt) != 0 ? Long.compare(alt, bestAlt) : best.compareTo(f);
        if ((alt > 0 || common > 0) && cmp > 0) {
          bestAlt = alt;
          bestCommon = common;
          best = f;
        }
      }
    }
    Swap s = best == null ? null : new Swap(k, k, w.from(), w.to(), best, own, bestAlt, bestCommon);
    return s != null && accept(s) ? s : null;
  }

  private Swap pairSwap(Slot a, Slot b, int k) throws IOException {
    if (count(a.id(), b.id()) > OWN_MAX || wordNet.isLemma(a.lemma() + " " + b.lemma(), POS.NOUN)
        || Math.min(frequencies.count(a.lower()), frequencies.count(b.lower())) > RARE_WORD) {
      return null;
    }
    List<String> firsts = new ArrayList<>();
    firsts.add(a.lower());
    firsts.addAll(limit(wordNet.of(a.lemma(), posOf(a.tag()))));
    List<String> seconds = new ArrayList<>();
    seconds.add(b.lower());
    seconds.addAll(limit(wordNet.of(b.lemma(), posOf(b.tag()))));
    String best = null;
    long bestAlt = 0;
    for (int x = 0; x < firsts.size(); x++) {
      for (int y = 0; y < seconds.size(); y++) {
        if (x == 0 && y == 0 || firsts.get(x).indexOf(' ') >= 0 || seconds.get(y).indexOf(' ') >= 0) {
          continue;
        }
        // only a WordNet compound, or both words swapped, is evidence here; one-word swaps are wordSwap's
        boolean compound = wordNet.isLemma(firsts.get(x) + " " + seconds.get(y), POS.NOUN);
        if (!compound && (x == 0 || y == 0)) {
          continue;
        }
        for (String f1 : x == 0 ? List.of(a.lower()) : forms.inflected(firsts.get(x), a.tag())) {
          for (String f2 : y == 0 ? List.of(b.lower()) : forms.inflected(seconds.get(y), b.tag())) {
            // another spelling of the same word ("defences", "defenses") is no swap
            if (x > 0 && EditDistance.spellingVariant(a.lower(), f1)
                || y > 0 && EditDistance.spellingVariant(b.lower(), f2)) {
              continue;
            }
            long alt = collocated(words.id(f1), words.id(f2));
            if (compound) {
              alt = Math.max(alt, MIN_ALT);
            }
            String cand = f1 + " " + f2;
            if (alt > bestAlt || alt == bestAlt && alt > 0 && best != null && cand.compareTo(best) < 0) {
              bestAlt = alt;
              best = cand;
            }
          }
        }
      }
    }
    Swap s = best == null ? null : new Swap(k, k + 1, a.from(), b.to(), best, 0, bestAlt, 0);
    return s != null && accept(s) ? s : null;
  }

  private static boolean accept(Swap s) {
    return s.common() > 0 || s.corpusEvidence();
  }

  /**
   * The larger count in English at large of the word's pairs with its neighbours that are collocations of
   * lexical words (0: none): a neighbour that is a noun, an adjective or a verb other than be, have and do,
   * and pointwise mutual information of at least {@value #COMMON_PMI} bits. "The attorney" is common but
   * says only that "attorney" is common; "peace talks" says that "talks" is what English puts beside "peace".
   */
  private long common(Slot l, String word, Slot r) {
    long best = 0;
    if (l != null && lexical(l)) {
      best = Math.max(best, collocatedInEnglish(l.lower(), word));
    }
    if (r != null && lexical(r)) {
      best = Math.max(best, collocatedInEnglish(word, r.lower()));
    }
    return best;
  }

  private long collocatedInEnglish(String a, String b) {
    long ab = frequencies.count(a, b);
    if (ab == 0) {
      return 0;
    }
    double pmi = (Math.log(ab) - Math.log(frequencies.count(a) + 1.0) - Math.log(frequencies.count(b) + 1.0))
        / Math.log(2) + LOG2_WORDS;
    return pmi >= COMMON_PMI ? ab : 0;
  }

  private static boolean lexical(Slot s) {
    String t = s.tag();
    return (t.startsWith("NN") || t.startsWith("JJ") || t.startsWith("VB"))
        && !isAuxiliary(s.lemma());
  }

  /** be, have and do: verbs too common and too grammatical to be a swap or a collocate. */
  static boolean isAuxiliary(String lemma) {
    return lemma.equals("be") || lemma.equals("have") || lemma.equals("do");
  }

  /** The first {@value #MAX_PAIR_CANDIDATES} candidates. */
  static List<String> limit(List<String> l) {
    return l.size() > MAX_PAIR_CANDIDATES ? l.subList(0, MAX_PAIR_CANDIDATES) : l;
  }

  private long count(Slot l, int w) {
    return l == null ? 0 : count(l.id(), w);
  }

  private long count(int w, Slot r) {
    return r == null ? 0 : count(w, r.id());
  }

  /** The count of a bigram if it is a collocation (PMI ≥ {@value #MIN_PMI} bits), else 0. */
  private long collocated(int a, int b) {
    long ab = count(a, b);
    if (ab == 0) {
      return 0;
    }
    double pmi = Math.log(ab * (double) words.trainingTokens() / ((double) words.rawCount(a) * words.rawCount(b)))
        / Math.log(2);
    return pmi >= MIN_PMI ? ab : 0;
  }

  private long count(int a, int b) {
    return a == 0 || b == 0 ? 0 : words.rawCount(a, b);
  }

  /** The WordNet part of speech of a content word's Penn tag (nouns, verbs, adjectives, else adverbs). */
  static POS posOf(String tag) {
    if (tag.startsWith("NN")) {
      return POS.NOUN;
    }
    if (tag.startsWith("VB")) {
      return POS.VERB;
    }
    if (tag.startsWith("JJ")) {
      return POS.ADJECTIVE;
    }
    return POS.ADVERB;
  }

  private static boolean adjacent(List<Slot> slots, int k) {
    return slots.get(k + 1).tokenIndex() == slots.get(k).tokenIndex() + 1;
  }

  private List<Slot> slots(AnalyzedSentence s, ArticleTerms terms) {
    AnalyzedTokenReadings[] t = s.getTokensWithoutWhitespace();
    List<Slot> out = new ArrayList<>();
    for (int j = 1; j < t.length; j++) {
      String tok = t[j].getToken();
      if (tok.isEmpty() || !tok.chars().allMatch(Character::isLetter)) {
        continue;
      }
      String lower = tok.toLowerCase(Locale.ROOT);
      AnalyzedToken reading = first(t[j]);
      String tag = reading == null ? "" : base(reading.getPOSTag());
      String lemma = reading == null || reading.getLemma() == null ? lower
          : reading.getLemma().toLowerCase(Locale.ROOT);
      boolean name = Character.isUpperCase(tok.charAt(0)) && j > 1 || tag.startsWith("NNP");
      boolean content = !name && tok.length() >= 3 && !terms.contains(lemma)
          && (tag.startsWith("NN") || tag.startsWith("VB") || tag.startsWith("JJ") || tag.equals("RB"));
      out.add(new Slot(lower, lemma, tag, t[j].getStartPos(), t[j].getEndPos(), j, words.id(lower), content));
    }
    return out;
  }

  private static AnalyzedToken first(AnalyzedTokenReadings t) {
    for (AnalyzedToken r : t.getReadings()) {
      String tag = r.getPOSTag();
      if (tag != null && !tag.isEmpty() && !tag.equals("SENT_END") && !tag.equals("PARA_END")) {
        return r;
      }
    }
    return null;
  }

  /** A LanguageTool tag without its suffix ("NN:UN" → "NN"). */
  static String base(String tag) {
    int colon = tag.indexOf(':');
    return colon > 0 ? tag.substring(0, colon) : tag;
  }
}
