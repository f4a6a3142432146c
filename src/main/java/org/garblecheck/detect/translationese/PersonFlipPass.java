package org.garblecheck.detect.translationese;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.garblecheck.analysis.AnalyzedArticle;
import org.garblecheck.model.Sentence;
import org.garblecheck.model.TextSpan;
import org.garblecheck.pass.FindingSink;
import org.garblecheck.pass.Pass;
import org.garblecheck.rule.RuleBook;
import org.garblecheck.rule.RuleDefinition;
import org.languagetool.AnalyzedTokenReadings;

/**
 * First-person pronouns ("I", "we", "my", "us" …) in the reporter's own words of a third-person news story:
 * a machine translation from a language that drops subjects or marks person only on the verb fills in the
 * wrong one ("She said I had voted for the party").
 *
 * <p>Decided per article, because first person is normal in many texts: nothing is reported in an
 * interview or dialogue (speaker or "Q:"/"A:" labels, or two or more paragraphs that are a question), nor
 * in a text written in the first person — a column, a first-person essay, an academic paper's "we", a
 * court transcript (see {@link #isFirstPersonText}). A story that quotes nobody in the first person is
 * still checked for first person in indirect speech after a third-person reporting clause ("The mayor told
 * reporters that I think the budget is fair", a quotation turned into reported speech without changing its
 * person), unless the author's own first person (outside such reported speech) fills at least
 * {@value #VOICE_SENTENCES} sentences or {@value #VOICE_SHARE} of the narration (see
 * {@link #indirectSpeech} and {@link #isOwnVoice}). Everything inside quotation marks or introduced as
 * speech is the speaker's and never reported (see {@link QuotedSpeech}), nor is a sentence that repeats a
 * quotation (a pull quote) or runs into one. Newsroom voice ("as we reported", "our correspondent"), notes to the reader
 * ("Contact us"), roman numerals ("World War I") and titles ("Our Lady", "Me Too") are not person flips.
 */
public final class PersonFlipPass implements Pass {
  public static final String RULE_ID = "GC_PERSON_FLIP";
  static final int VOICE_SENTENCES = 3;
  static final double VOICE_SHARE = 0.1;
  static final int QUESTION_PARAGRAPHS = 2;
  /** How many tokens before a pronoun a reporting verb is looked for ("told reporters that I"). */
  static final int REPORTING_WINDOW = 4;

  private static final Set<String> FIRST_PERSON =
      Set.of("i", "me", "my", "we", "us", "our", "ours", "myself", "ourselves");
  /** "we" of the newsroom: "as we reported", "we have learned". */
  private static final Pattern NEWSROOM_VERB = Pattern.compile(
      "(?i)reported|report|revealed|reveal|learned|learnt|understand|contacted|approached|published|disclosed");
  /** "our" of the newsroom or the publication. */
  private static final Pattern NEWSROOM_NOUN = Pattern.compile(
      "(?i)correspondents?|reporters?|journalists?|readers?|newsletters?|podcasts?|website|site|app|newsroom"
          + "|staff|editors?|columnists?|sister|partners?|coverage|live|newspaper|paper|magazine|channel");
  /** Verbs that report speech in "X &lt;verb&gt; (reporters) that …". */
  private static final Set<String> SPEECH_VERBS = Set.of("say", "tell", "add", "stress", "emphasize",
      "emphasise", "explain", "insist", "claim", "announce", "note", "state", "argue", "warn", "admit",
      "acknowledge", "deny", "promise", "reveal", "declare", "assert", "confirm", "reply", "respond",
      "complain", "remark", "indicate", "point", "express", "criticize", "criticise", "vow", "pledge");
  /** A word of an attribution that is not first person ("the mayor", "Ms Marsh", not "we", "my editor"). */
  private static final String ATTRIBUTION_WORD = "(?:(?!(?:I|[Ww]e|[Oo]ur|[Mm]y|[Uu]s|[Mm]e)\\b)[\\p{L}.'’-]+)";
  /**
   * Speech whose quotation marks are missing, closed by its attribution: "We will do it, she said.",
   * "…, the mayor told reporters.", "…, said Ms Marsh." The group is where the attribution starts.
   */
  private static final Pattern TRAILING_ATTRIBUTION = Pattern.compile(
      ",\\s+((?:" + ATTRIBUTION_WORD + "\\s+){1,5}(?:said|says|added|adds|told\\s+\\p{L}+)"
          + "|(?:said|says|added)(?:\\s+" + ATTRIBUTION_WORD + "){1,5})\\s*[.!?]?\\s*$");
  private static final Set<String> CONTRACTIONS = Set.of("'m", "’m", "'d", "’d", "'ve", "’ve", "'ll", "’ll");
  private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");

  private final RuleDefinition rule;

  public PersonFlipPass(RuleBook rules) {
    this.rule = rules.require(RULE_ID);
  }

  @Override
  public String name() {
    return "person-flip";
  }

  @Override
  public void run(AnalyzedArticle a, FindingSink sink) {
    QuotedSpeech speech = QuotedSpeech.of(a);
    if (speech.isDialogue() || TextShape.questionParagraphs(a) >= QUESTION_PARAGRAPHS) {
      return;
    }
    Set<String> quotedSentences = quotedSentences(a, speech);
    List<TextSpan> outside = new ArrayList<>();
    List<TextSpan> indirect = new ArrayList<>();
    Set<Integer> voiceSentences = new HashSet<>();
    Set<Integer> ownVoice = new HashSet<>();
    int inside = 0;
    int narration = 0;
    int headline = TextShape.headlineSentence(a);
    for (int i = 0; i < a.sentences().size(); i++) {
      Sentence s = a.sentences().get(i);
      if (i == headline) {
        continue;
      }
      if (letters(a, s, speech, false) > 0) {
        narration++;
      }
      AnalyzedTokenReadings[] tokens = a.analyzed().get(i).getTokensWithoutWhitespace();
      boolean readerAddressed = TextShape.isImperative(tokens);
      // the same words as a quotation elsewhere in the article: a pull quote set without its marks
      boolean repeatsQuote = quotedSentences.contains(key(a.textOf(s)));
      int unmarkedSpeechEnd = -1;
      BitSet indirectAt = null; // looked for only in a sentence with first person in it
      for (int k = 1; k < tokens.length; k++) {
        if (!isFirstPerson(tokens, k)) {
          continue;
        }
        if (indirectAt == null) {
          Matcher attribution = TRAILING_ATTRIBUTION.matcher(a.textOf(s));
          unmarkedSpeechEnd = attribution.find() ? attribution.start(1) : -1;
          indirectAt = indirectSpeech(tokens);
        }
        int offset = s.start() + tokens[k].getStartPos();
        if (speech.isInside(offset) || tokens[k].getStartPos() < unmarkedSpeechEnd) {
          inside++;
          continue;
        }
        if (repeatsQuote) {
          continue;
        }
        voiceSentences.add(i);
        if (readerAddressed || isNewsroomVoice(tokens, k)
            || opensQuoteLater(s, speech, tokens, k) && !reportedSpeech(s, speech, tokens, k)) {
          continue;
        }
        TextSpan span = new TextSpan(offset, offset + tokens[k].getToken().length());
        outside.add(span);
        if (indirectAt.get(k)) {
          indirect.add(span);
        } else {
          ownVoice.add(i);
        }
      }
    }
    List<TextSpan> flips = outside;
    if (isFirstPersonText(inside, outside.size(), voiceSentences.size(), narration)) {
      if (inside > 0 || isOwnVoice(ownVoice.size(), narration)) {
        return;
      }
      flips = indirect; // nobody quoted in the first person, and every first person is reported speech
    }
    for (TextSpan span : flips) {
      sink.report(rule.id(), rule.category(), rule.severity(), span, rule.message(), List.of());
    }
  }

  /**
   * Whether the article speaks in the first person itself. With no first person inside quotation marks at
   * all, first person outside them is the author's voice (an essay, a paper's "we"): a story that quotes
   * nobody saying "I" gives no contrast to judge a flip by. Otherwise the author's voice shows as first
   * person in at least {@value #VOICE_SENTENCES} sentences and {@value #VOICE_SHARE} of the narration,
   * more often outside quotation marks than inside.
   */
  static boolean isFirstPersonText(int inside, int outside, int voiceSentences, int narration) {
    if (voiceSentences == 0) {
      return false;
    }
    if (inside == 0) {
      return true;
    }
    return voiceSentences >= VOICE_SENTENCES && voiceSentences >= VOICE_SHARE * Math.max(1, narration)
        && outside > inside;
  }

  /** Whether first person in this many sentences of the narration is the author speaking. */
  static boolean isOwnVoice(int sentences, int narration) {
    return sentences >= VOICE_SENTENCES || sentences >= VOICE_SHARE * Math.max(1, narration);
  }

  /** "We need to "make sure …"": a paraphrase running into a quotation in the same sentence. */
  private static boolean opensQuoteLater(Sentence s, QuotedSpeech speech, AnalyzedTokenReadings[] tokens,
      int k) {
    for (int j = k + 1; j < tokens.length; j++) {
      String t = tokens[j].getToken();
      if ((t.equals("\"") || t.equals("“")) && speech.isInside(s.start() + tokens[j].getStartPos())) {
        return true;
      }
    }
    return false;
  }

  /**
   * "She said I had voted for the party and was "thinking about it"": a reporting verb outside quotation
   * marks shortly before the pronoun makes it reported speech, which a third-person story words in the
   * third person however the sentence goes on.
   */
  static boolean reportedSpeech(Sentence s, QuotedSpeech speech, AnalyzedTokenReadings[] tokens, int k) {
    for (int j = Math.max(1, k - REPORTING_WINDOW); j < k; j++) {
      AnalyzedTokenReadings t = tokens[j];
      boolean says = (t.hasPosTag("VBD") || t.hasPosTag("VBZ")) && t.hasLemma("say");
      boolean told = t.hasPosTag("VBD") && t.hasLemma("tell");
      if (says || told) {
        return !speech.isInside(s.start() + t.getStartPos());
      }
    }
    return false;
  }

  /**
   * Which first-person pronouns of a sentence are indirect speech ("The mayor told reporters that I …",
   * "She stressed that we …"): the pronoun directly follows "that", which follows a reporting verb (past
   * tense, third person present or a participle: "denied the charges, saying that I …") at most
   * {@value #REPORTING_WINDOW} tokens before, and no first person other than such reported speech comes
   * earlier in the sentence ("My doctor told me that I …" is the author's own voice). One pass from left to
   * right.
   */
  static BitSet indirectSpeech(AnalyzedTokenReadings[] tokens) {
    BitSet indirect = new BitSet(tokens.length);
    for (int k = 1; k < tokens.length; k++) {
      if (!isFirstPerson(tokens, k)) {
        continue;
      }
      if (!afterReportingThat(tokens, k)) {
        break; // the author's own first person: nothing after it in this sentence is reported speech
      }
      indirect.set(k);
    }
    return indirect;
  }

  private static boolean afterReportingThat(AnalyzedTokenReadings[] tokens, int k) {
    if (k < 3 || !tokens[k - 1].getToken().equalsIgnoreCase("that")) {
      return false;
    }
    for (int j = Math.max(1, k - 1 - REPORTING_WINDOW); j < k - 1; j++) {
      AnalyzedTokenReadings t = tokens[j];
      boolean reporting = t.hasPosTag("VBD") || t.hasPosTag("VBZ") || t.hasPosTag("VBG");
      if (reporting && SPEECH_VERBS.stream().anyMatch(t::hasLemma)) {
        return true;
      }
    }
    return false;
  }

  /** Normalised text of the sentences that are mostly quoted speech. */
  private static Set<String> quotedSentences(AnalyzedArticle a, QuotedSpeech speech) {
    Set<String> out = new HashSet<>();
    for (Sentence s : a.sentences()) {
      int in = letters(a, s, speech, true);
      int all = in + letters(a, s, speech, false);
      if (all > 0 && 2 * in > all) {
        out.add(key(a.textOf(s)));
      }
    }
    return out;
  }

  private static int letters(AnalyzedArticle a, Sentence s, QuotedSpeech speech, boolean inside) {
    String text = a.text();
    int n = 0;
    for (int o = s.start(); o < s.end(); o++) {
      if (Character.isLetter(text.charAt(o)) && speech.isInside(o) == inside) {
        n++;
      }
    }
    return n;
  }

  private static String key(String sentence) {
    return NOT_LETTERS.matcher(sentence.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  /** Whether token k is a first-person pronoun (not a roman numeral, a country or a title word). */
  static boolean isFirstPerson(AnalyzedTokenReadings[] tokens, int k) {
    String word = tokens[k].getToken();
    String lower = word.toLowerCase(Locale.ROOT);
    if (!FIRST_PERSON.contains(lower)) {
      return false;
    }
    boolean sentenceInitial = k == TextShape.firstWord(tokens);
    if (lower.equals("i")) {
      return word.equals("I") && isPronounI(tokens, k, sentenceInitial); // "i" is a list label, i.e. …
    }
    if (word.equals(word.toUpperCase(Locale.ROOT))) {
      return false; // US, ME, WE: the United States, Maine, a headline in capitals
    }
    // "Our Lady", "Me Too", "Us Weekly": a capital inside a sentence is a name
    return sentenceInitial || Character.isLowerCase(word.charAt(0));
  }

  private static boolean isPronounI(AnalyzedTokenReadings[] tokens, int k, boolean sentenceInitial) {
    if (!sentenceInitial) {
      String prev = tokens[k - 1].getToken();
      if (!prev.isEmpty() && Character.isUpperCase(prev.charAt(0)) && prev.length() > 1) {
        return false; // World War I, Elizabeth I, Phase I
      }
    }
    if (k + 1 >= tokens.length) {
      return false;
    }
    AnalyzedTokenReadings next = tokens[k + 1];
    return CONTRACTIONS.contains(next.getToken()) || next.getToken().equals(",")
        || next.hasPosTagStartingWith("VB") || next.hasPosTagStartingWith("MD")
        || next.hasPosTagStartingWith("RB");
  }

  static boolean isNewsroomVoice(AnalyzedTokenReadings[] tokens, int k) {
    String lower = tokens[k].getToken().toLowerCase(Locale.ROOT);
    if (lower.equals("we")) {
      for (int j = k + 1; j < Math.min(tokens.length, k + 3); j++) {
        if (NEWSROOM_VERB.matcher(tokens[j].getToken()).matches()) {
          return true;
        }
      }
    }
    if (lower.equals("our") && k + 1 < tokens.length) {
      for (int j = k + 1; j < Math.min(tokens.length, k + 3); j++) {
        if (NEWSROOM_NOUN.matcher(tokens[j].getToken()).matches()) {
          return true;
        }
      }
    }
    return false;
  }
}
