package org.garblecheck.spin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.garblecheck.GarbleCheck;
import org.garblecheck.analysis.AnalyzedArticle;
import org.garblecheck.detect.EditDistance;
import org.garblecheck.model.Article;
import org.garblecheck.model.TextSpan;
import org.languagetool.Language;
import org.languagetool.Languages;

/**
 * Imitates an article-spinning bot: replaces a share of the content words, and two-word compounds that
 * WordNet lists ("news conference", "took part"), with a WordNet synonym taken from any sense of the word
 * — spinners do not work out which sense is meant, which is why their output reads oddly ("parley" for
 * "talks"). The replacement is put in the form of the word it replaces (plural, past tense …) and keeps
 * its capital letter. Names, numbers, punctuation, function words and everything between words are left
 * exactly as they were, so line {@code i} of the output is the spun line {@code i} of the input.
 *
 * <p>Deterministic: the same text, rate and seed give the same output. Thread-safe.
 */
public final class Spinner {
  /** A replacement lemma: lower-case words (hyphens and apostrophes inside), at most two of them. */
  private static final Pattern USABLE = Pattern.compile("[a-z]+(?:['-][a-z]+)*(?: [a-z]+(?:['-][a-z]+)*)?");
  private static final Set<String> CONSONANT_SOUND_VOWELS = Set.of("uni", "use", "usu", "ure", "eu", "one", "onc");
  /** Adverb particles of phrasal verbs ("wrap up"); prepositions such as "by" or "to" start a phrase of their own. */
  private static final Set<String> PARTICLES = Set.of("up", "down", "out", "off", "in", "on", "over", "back",
      "away", "through", "along", "around", "about", "together", "apart", "aside", "forward", "ahead");
  private static final Set<String> SILENT_H = Set.of("hour", "honest", "honour", "honor", "heir");

  private final GarbleCheck analysis;
  private final Thesaurus thesaurus;
  private final Inflector inflector;

  public Spinner(GarbleCheck analysis, Thesaurus thesaurus, Inflector inflector) {
    this.analysis = analysis;
    this.thesaurus = thesaurus;
    this.inflector = inflector;
  }

  /** A spinner with the bundled WordNet and the synthesizer of the checker's language. */
  public static Spinner create(GarbleCheck analysis) {
    Language language = Languages.getLanguageForShortCode(analysis.rules().languageTool().language());
    return new Spinner(analysis, Thesaurus.wordNet(), new Inflector(language.getSynthesizer()));
  }

  /**
   * Spins a text.
   *
   * @param rate the share of content words to replace, 0 to 1; fewer are replaced when too few have a
   *     usable synonym
   * @param seed chooses which words are replaced and by which synonym
   */
  public SpinResult spin(String text, double rate, long seed) {
    if (!(rate >= 0 && rate <= 1)) {
      throw new IllegalArgumentException("rate must be between 0 and 1, not " + rate);
    }
    AnalyzedArticle a = analysis.analyze(Article.of("spin", "", text));
    List<Unit> units = new ArrayList<>();
    int contentWords = 0;
    for (int s = 0; s < a.sentences().size(); s++) {
      List<Token> sentence = Token.of(a.analyzed().get(s), a.sentences().get(s).start());
      for (Token t : sentence) {
        if (ContextTagger.isContent(t)) {
          contentWords++;
        }
      }
      units.addAll(units(text, sentence));
    }
    units.sort(Comparator.comparingInt(u -> u.span().start()));

    int target = (int) Math.round(rate * contentWords);
    Random random = new Random(seed);
    List<Integer> order = new ArrayList<>(units.size());
    for (int i = 0; i < units.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, random);
    List<Replacement> out = new ArrayList<>();
    int replaced = 0;
    for (int i : order) {
      if (replaced >= target) {
        break;
      }
      Unit u = units.get(i);
      if (replaced + u.contentWords() > target && u.contentWords() > 1) {
        continue;
      }
      List<String> choices = choices(text, u);
      if (choices.isEmpty()) {
        continue;
      }
      String surface = u.span().of(text);
      String pick = choices.get(random.nextInt(choices.size()));
      if (Character.isUpperCase(surface.charAt(0))) {
        pick = Character.toUpperCase(pick.charAt(0)) + pick.substring(1);
      }
      out.add(new Replacement(u.span(), surface, pick, u.contentWords()));
      replaced += u.contentWords();
      article(text, u, pick).ifPresent(out::add);
    }
    out.sort(Comparator.comparing(Replacement::span));
    StringBuilder b = new StringBuilder(text.length() + 64);
    int at = 0;
    for (Replacement r : out) {
      b.append(text, at, r.span().start()).append(r.replacement());
      at = r.span().end();
    }
    b.append(text, at, text.length());
    return new SpinResult(b.toString(), contentWords, replaced, out);
  }

  /** The words and compounds of a sentence that could be replaced, in text order. */
  private List<Unit> units(String text, List<Token> sentence) {
    List<Unit> out = new ArrayList<>();
    boolean[] used = new boolean[sentence.size()];
    for (int i = 0; i + 1 < sentence.size(); i++) {
      Optional<Unit> c = compound(text, sentence, i);
      if (c.isPresent()) {
        out.add(c.get());
        used[i] = true;
        used[i + 1] = true;
        i++;
      }
    }
    for (int i = 0; i < sentence.size(); i++) {
      if (used[i]) {
        continue;
      }
      Optional<Reading> r = ContextTagger.read(sentence, i);
      if (r.isPresent() && !thesaurus.synonyms(r.get().wordClass(), r.get().lemma()).isEmpty()) {
        out.add(new Unit(sentence, i, i, r.get(), r.get().lemma(), 1));
      }
    }
    return out;
  }

  /**
   * A two-word compound starting at word {@code i} that WordNet lists: a noun compound ("news
   * conference", "prime minister" in lower case) or a verb with its particle or object ("wrapped up",
   * "took part").
   */
  private Optional<Unit> compound(String text, List<Token> sentence, int i) {
    Token a = sentence.get(i);
    Token b = sentence.get(i + 1);
    if (b.start() != a.end() + 1 || text.charAt(a.end()) != ' ' || !ContextTagger.isContent(a)) {
      return Optional.empty();
    }
    if (ContextTagger.isContent(b) && b.classes().contains(WordClass.NOUN)) {
      Optional<Reading> head = ContextTagger.reading(sentence, i + 1, WordClass.NOUN, false);
      if (head.isPresent()) {
        String phrase = a.lower() + " " + head.get().lemma();
        if (thesaurus.contains(WordClass.NOUN, phrase)) {
          return Optional.of(new Unit(sentence, i, i + 1,
              new Reading(WordClass.NOUN, head.get().tag(), phrase), phrase, 2));
        }
      }
    }
    if (a.classes().contains(WordClass.VERB) && (PARTICLES.contains(b.text()) || ContextTagger.isContent(b))) {
      Optional<Reading> verb = a.classes().size() == 1
          ? ContextTagger.read(sentence, i)
          : ContextTagger.read(sentence, i).filter(r -> r.wordClass() == WordClass.VERB);
      if (verb.isPresent() && !verb.get().lemma().isEmpty()) {
        String phrase = verb.get().lemma() + " " + b.lower();
        if (thesaurus.contains(WordClass.VERB, phrase)) {
          return Optional.of(new Unit(sentence, i, i + 1,
              new Reading(WordClass.VERB, verb.get().tag(), phrase), phrase,
              ContextTagger.isContent(b) ? 2 : 1));
        }
      }
    }
    return Optional.empty();
  }

  /** The inflected synonyms a unit may become, in WordNet's order, without repeats. */
  private List<String> choices(String text, Unit u) {
    String surface = u.span().of(text).toLowerCase(Locale.ROOT);
    Set<String> own = new LinkedHashSet<>(List.of(u.phrase().split(" ")));
    own.addAll(List.of(surface.split(" ")));
    boolean single = u.first() == u.last();
    Set<String> out = new LinkedHashSet<>();
    for (String synonym : thesaurus.synonyms(u.reading().wordClass(), u.phrase())) {
      if (!USABLE.matcher(synonym).matches()) {
        continue;
      }
      List<String> words = List.of(synonym.split(" "));
      if (words.stream().anyMatch(w -> !hasVowel(w)) || single && spellingVariant(u.phrase(), synonym)) {
        continue;
      }
      boolean overlaps = single
          ? words.stream().anyMatch(own::contains)
          : words.size() == 1 && own.contains(synonym) || synonym.contains(u.phrase());
      if (overlaps) {
        continue;
      }
      inflector.inflect(synonym, u.reading().wordClass(), u.reading().tag())
          .filter(f -> !f.equalsIgnoreCase(surface))
          .ifPresent(out::add);
    }
    return List.copyOf(out);
  }

  /** Changes an "a"/"an" before the unit to fit the replacement's first sound. */
  private static Optional<Replacement> article(String text, Unit u, String replacement) {
    if (u.first() == 0) {
      return Optional.empty();
    }
    Token prev = u.sentence().get(u.first() - 1);
    String p = prev.lower();
    if (!(p.equals("a") || p.equals("an")) || prev.end() + 1 != u.span().start()
        || text.charAt(prev.end()) != ' ') {
      return Optional.empty();
    }
    String wanted = vowelSound(replacement.toLowerCase(Locale.ROOT)) ? "an" : "a";
    if (wanted.equals(p)) {
      return Optional.empty();
    }
    if (Character.isUpperCase(prev.text().charAt(0))) {
      wanted = Character.toUpperCase(wanted.charAt(0)) + wanted.substring(1);
    }
    return Optional.of(new Replacement(new TextSpan(prev.start(), prev.end()), prev.text(), wanted, 0));
  }

  /** Abbreviations such as "dkm" have no vowel letter; they are not what a spinner writes. */
  private static boolean hasVowel(String word) {
    return word.chars().anyMatch(c -> "aeiouy".indexOf(c) >= 0);
  }

  /** Whether a synonym is only another spelling of the word ({@link EditDistance#spellingVariant}). */
  static boolean spellingVariant(String word, String synonym) {
    return EditDistance.spellingVariant(word, synonym);
  }

  static boolean vowelSound(String word) {
    for (String h : SILENT_H) {
      if (word.startsWith(h)) {
        return true;
      }
    }
    for (String v : CONSONANT_SOUND_VOWELS) {
      if (word.startsWith(v)) {
        return false;
      }
    }
    return "aeiou".indexOf(word.charAt(0)) >= 0;
  }

  /** Words {@code first..last} of a sentence, replaceable as one. */
  private record Unit(List<Token> sentence, int first, int last, Reading reading, String phrase,
      int contentWords) {
    TextSpan span() {
      return new TextSpan(sentence.get(first).start(), sentence.get(last).end());
    }
  }
}
