package org.garblecheck.detect.translationese;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.garblecheck.analysis.AnalyzedArticle;
import org.garblecheck.model.Sentence;
import org.garblecheck.model.TextSpan;
import org.garblecheck.pass.FindingSink;
import org.garblecheck.pass.Pass;
import org.garblecheck.rule.RuleBook;
import org.garblecheck.rule.RuleDefinition;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;

/**
 * A clause whose subject was dropped: languages such as Spanish, Portuguese, Galician or Japanese leave the
 * subject out where the verb or the context shows it, and a machine translation keeps the gap ("Is expected
 * to rise.", "Had two brothers.", "Founded in 1871, has become the region's centre.").
 *
 * <p>Two shapes are reported, at the finite verb:
 * <ul>
 *   <li>a sentence that starts with a finite verb or auxiliary followed by what needs a subject before it:
 *       "Is/Was" + participle, infinitive, number or determiner ("Is a bold idea."); a modal + verb ("Will be
 *       discussed", "Can say"); "Has/Had" + participle or object; "Does/Did" + verb; a past or present-tense
 *       verb alone or before "that" ("Stated.", "Said that …"); a past-tense verb that goes on as the
 *       predicate of the sentence ("Told reporters at Parliament.", see {@link #predicate}), also after an
 *       opening adverb ("Rarely spoke about it.");
 *   <li>a sentence that opens with an adverbial or participle clause and continues after its comma with a
 *       finite auxiliary ("In 2010, was elected …", "Although the region is small, is rich in …"), or that
 *       opens with a participle clause and continues after its comma with a past or present-tense verb
 *       that ends the sentence without a subject ("Asked about it on Tuesday, smiled.").
 * </ul>
 * Not reported: questions and inversions ("Is it true?", "Had the vote gone the other way, …", "Should
 * the talks fail, …", "Said the minister: …"), imperatives ("Do not expect …"), lines that do not end as
 * prose does (headlines, datelines such as "Updated 14:05 GMT", bylines, captions, list items), speech
 * inside quotation marks, and interviews and dialogues, where answers without a subject are normal
 * ("Could be.").
 */
public final class FragmentPass implements Pass {
  public static final String RULE_ID = "GC_FRAGMENT_NO_SUBJECT";

  private static final Set<String> COPULA = Set.of("is", "are", "was", "were");
  private static final Set<String> MODAL =
      Set.of("will", "would", "can", "could", "should", "may", "might", "must", "shall");
  private static final Set<String> HAVE = Set.of("has", "had");
  private static final Set<String> DO = Set.of("does", "did");
  private static final Set<String> FINITE_AFTER_COMMA = Set.of("is", "are", "was", "were", "has", "have", "had",
      "will", "would", "can", "could", "should", "may", "might", "must", "does", "did", "shall");
  /** Past participles and prepositions that open a participle clause, a dateline or a caption. */
  private static final Set<String> NOT_FINITE = Set.of("provided", "granted", "given", "supposing", "assuming",
      "seeing", "considering", "including", "excluding", "regarding", "concerning", "following", "according",
      "compared", "based", "born", "located", "founded", "pictured", "updated", "posted", "published",
      "written", "edited", "reported", "photographed", "filed", "dated");
  private static final String CLAUSE_BREAK = ";:\"“”()—–";
  private static final String SPEECH = ":\"“”";
  /** How close to an opening verb speech must start for the verb to be an inversion ("Said the minister: …"). */
  private static final int SPEECH_WINDOW = 6;
  private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "we", "I", "it");
  /** Words tagged as determiners that can also stand alone as the subject of a question ("Is this …"). */
  private static final Set<String> NOT_DETERMINERS =
      Set.of("this", "that", "these", "those", "there", "all", "both", "each", "either", "neither");
  /** Verbs of coming and being somewhere, which follow an opening adverb in an inversion ("Then came …"). */
  private static final Set<String> INVERTING_VERBS = Set.of("come", "go", "follow", "emerge", "arrive", "stand",
      "lie", "sit", "remain", "appear", "begin", "rise", "fall", "be", "have", "do", "say", "walk", "run");
  private static final int INVERSION_WINDOW = 6;
  /** After a comma, these open a second predicate of the same missing subject ("…, and won the seat"). */
  private static final Set<String> SECOND_PREDICATE = Set.of("and", "but");

  private final RuleDefinition rule;

  public FragmentPass(RuleBook rules) {
    this.rule = rules.require(RULE_ID);
  }

  @Override
  public String name() {
    return "fragment";
  }

  @Override
  public void run(AnalyzedArticle a, FindingSink sink) {
    QuotedSpeech speech = QuotedSpeech.of(a);
    if (speech.isDialogue() || TextShape.questionParagraphs(a) >= PersonFlipPass.QUESTION_PARAGRAPHS) {
      return;
    }
    int headline = TextShape.headlineSentence(a);
    for (int i = 0; i < a.sentences().size(); i++) {
      Sentence s = a.sentences().get(i);
      if (i == headline || !TextShape.endsLikeProse(a.textOf(s))) {
        continue;
      }
      AnalyzedTokenReadings[] tokens = a.analyzed().get(i).getTokensWithoutWhitespace();
      int k = TextShape.firstWord(tokens);
      if (k < 0 || speech.isInside(s.start() + tokens[k].getStartPos())) {
        continue;
      }
      int verb = startsWithoutSubject(tokens, k) ? k : finiteAfterOpeningClause(tokens, k);
      if (verb < 0) {
        verb = verbAfterAdverb(tokens, k);
      }
      if (verb > 0) {
        TextSpan span = a.inArticle(i, tokens[verb].getStartPos(), tokens[verb].getEndPos());
        sink.report(rule.id(), rule.category(), rule.severity(), span, rule.message(), List.of());
      }
    }
  }

  /** Whether the sentence starts, at token k, with a finite verb that lacks its subject. */
  static boolean startsWithoutSubject(AnalyzedTokenReadings[] tokens, int k) {
    AnalyzedTokenReadings w = tokens[k];
    String word = w.getToken();
    if (!Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    AnalyzedTokenReadings next = k + 1 < tokens.length ? tokens[k + 1] : null;
    AnalyzedTokenReadings after = k + 2 < tokens.length ? tokens[k + 2] : null;
    boolean end = next == null || isEnd(next);
    if (COPULA.contains(lower)) {
      // "Is a bold idea." (a question would end in a question mark)
      return end || determiner(next) || next.hasPosTagStartingWith("VBN") || next.hasPosTagStartingWith("VBG")
          || next.hasPosTag("TO") || next.hasPosTag("CD")
          || (next.hasPosTagStartingWith("RB") && after != null
              && (after.hasPosTagStartingWith("VBN") || after.hasPosTagStartingWith("VBG")));
    }
    if (MODAL.contains(lower)) {
      if (end) {
        return true;
      }
      if (next.getToken().equalsIgnoreCase("be")) {
        // "Could be I misremember", "May be it": colloquial, not a dropped subject of the story
        return after != null && !isEnd(after) && !after.hasPosTagStartingWith("PRP")
            && !Set.of("that", "it", "there", "so").contains(after.getToken().toLowerCase(Locale.ROOT));
      }
      return (isVerb(next) && !isNominal(next))
          || (next.hasPosTagStartingWith("RB") && after != null && isVerb(after) && !isNominal(after));
    }
    if (HAVE.contains(lower) || DO.contains(lower)) {
      if (end) {
        return true;
      }
      String n = next.getToken().toLowerCase(Locale.ROOT);
      if (n.equals("not") || n.equals("n't")) {
        return true;
      }
      if (HAVE.contains(lower) && next.hasPosTagStartingWith("VBN") && !isNominal(next)) {
        return true;
      }
      if (DO.contains(lower)) {
        return isVerb(next) && !isNominal(next);
      }
      boolean object = next.hasPosTag("DT") || next.hasPosTag("CD") || next.hasPosTagStartingWith("JJ")
          || next.hasPosTag("PRP$");
      return object && !next.hasPosTag("PRP") && !conditionalInversion(tokens, k);
    }
    if (finiteVerb(w)) {
      // "Worried that prices would rise, shoppers …": an adjective or participle clause before a comma
      return end || (next.getToken().equalsIgnoreCase("that")
          && (!w.hasPosTagStartingWith("JJ") && !w.hasPosTag("VBN") || !hasComma(tokens, k)))
          || (w.hasPosTag("VBD") && predicate(tokens, k));
    }
    return false;
  }

  /** The verb after an opening adverb that has lost its subject ("Rarely spoke about it."); -1 if none. */
  static int verbAfterAdverb(AnalyzedTokenReadings[] tokens, int k) {
    AnalyzedTokenReadings w = tokens[k];
    if (!w.hasPosTagStartingWith("RB") || w.hasPosTagStartingWith("NN") || w.hasPosTag("IN")
        || w.hasPosTag("DT") || w.hasPosTag("WRB") || w.hasPosTagStartingWith("JJ") || k + 1 >= tokens.length) {
      return -1;
    }
    AnalyzedTokenReadings verb = tokens[k + 1];
    boolean inversion = INVERTING_VERBS.stream().anyMatch(verb::hasLemma); // "Then came the reply."
    // after an adverb a word with a past or present-tense reading is that verb ("Rarely spoke"), not a noun
    boolean finite = (verb.hasPosTag("VBD") || verb.hasPosTag("VBZ")) && !verb.hasPosTagStartingWith("PRP")
        && !NOT_FINITE.contains(verb.getToken().toLowerCase(Locale.ROOT));
    return !inversion && finite && predicate(tokens, k + 1) ? k + 1 : -1;
  }

  /**
   * A past or present-tense lexical verb that cannot be read as a noun or a pronoun: "smiled", "moved",
   * "employs" — not "plans" (a noun), nor a participle that opens a caption or a dateline ("Pictured").
   */
  private static boolean finiteVerb(AnalyzedTokenReadings w) {
    return (w.hasPosTag("VBD") || w.hasPosTag("VBZ")) && !w.hasPosTagStartingWith("NN")
        && !w.hasPosTagStartingWith("PRP") && !NOT_FINITE.contains(w.getToken().toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the finite verb at k goes on as the predicate of the whole sentence, so that nothing before it
   * can be its subject: "Told reporters at Parliament.", "Said he had been told …". A verb that can only be
   * past or present tense does. One that can also be a participle may open a participle clause instead,
   * which a comma and the main clause follow ("Told of the decision, the minister …"), so it does when a
   * subject pronoun and its clause end the sentence after it ("Said he had been told …"), or when no agent
   * follows it ("Built by …"), no finite verb of its own comes later ("Completed in 2008 the trail is …")
   * and no comma does either, or the first comma is followed by "and" or "but" (a second predicate of the
   * missing subject). Speech within a few words marks an inversion ("Said the minister: …", "Added Ms Ruiz,
   * "…"") and is left alone.
   */
  private static boolean predicate(AnalyzedTokenReadings[] tokens, int k) {
    for (int j = k + 1; j < Math.min(tokens.length, k + 1 + SPEECH_WINDOW); j++) {
      String t = tokens[j].getToken();
      if (t.length() == 1 && SPEECH.indexOf(t.charAt(0)) >= 0) {
        return false;
      }
    }
    AnalyzedTokenReadings w = tokens[k];
    if (!w.hasPosTag("VBN") && !w.hasPosTagStartingWith("JJ")) {
      return true;
    }
    if (k + 1 < tokens.length && tokens[k + 1].getToken().equals("by")) {
      return false; // "Built by Shah Abbas II in 1656.": a participle and its agent
    }
    if (k + 1 < tokens.length && SUBJECT_PRONOUNS.contains(tokens[k + 1].getToken())
        && lastClause(tokens, k + 1)) {
      return true; // "Said he had been told …": a reporting verb and its clause, no main clause after
    }
    for (int j = k + 1; j < tokens.length; j++) {
      AnalyzedTokenReadings t = tokens[j];
      if (t.getToken().equals(",")) {
        return j + 1 < tokens.length && SECOND_PREDICATE.contains(tokens[j + 1].getToken());
      }
      if (t.hasPosTag("VBZ") || t.hasPosTag("VBP") || t.hasPosTag("MD")
          || t.hasPosTag("VBD") && !t.hasPosTag("VBN")) {
        return false; // "Completed in 2008 the trail is …": a main verb of its own follows
      }
    }
    return true;
  }

  private static boolean determiner(AnalyzedTokenReadings t) {
    String lower = t.getToken().toLowerCase(Locale.ROOT);
    return (t.hasPosTag("DT") || t.hasPosTag("PRP$")) && !NOT_DETERMINERS.contains(lower);
  }

  private static boolean hasComma(AnalyzedTokenReadings[] tokens, int from) {
    for (int j = from; j < tokens.length; j++) {
      if (tokens[j].getToken().equals(",")) {
        return true;
      }
    }
    return false;
  }

  /** "Had the vote gone the other way, …": an inverted condition, with its participle close behind. */
  private static boolean conditionalInversion(AnalyzedTokenReadings[] tokens, int k) {
    for (int j = k + 2; j < Math.min(tokens.length, k + 2 + INVERSION_WINDOW); j++) {
      if (tokens[j].hasPosTagStartingWith("VBN") && !tokens[j].hasPosTagStartingWith("NN")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The finite auxiliary right after the comma that closes an opening adverbial or participle clause, when
   * no subject follows it ("Founded in 1871, has become …"); -1 if there is none.
   */
  static int finiteAfterOpeningClause(AnalyzedTokenReadings[] tokens, int k) {
    AnalyzedTokenReadings w = tokens[k];
    boolean opening = w.hasPosTagStartingWith("VBN") || w.hasPosTagStartingWith("VBG") || w.hasPosTag("IN")
        || w.hasPosTagStartingWith("RB") || w.hasPosTag("WRB") || w.hasPosTag("CD");
    if (!opening || w.hasPosTagStartingWith("PRP") || w.hasPosTag("DT")) {
      return -1;
    }
    for (int j = k + 1; j + 1 < tokens.length; j++) {
      String t = tokens[j].getToken();
      if (t.length() == 1 && CLAUSE_BREAK.indexOf(t.charAt(0)) >= 0) {
        return -1;
      }
      if (t.equals(",")) {
        AnalyzedTokenReadings verb = tokens[j + 1];
        if (!FINITE_AFTER_COMMA.contains(verb.getToken().toLowerCase(Locale.ROOT))) {
          // a participle that opens another clause ("Founded in 1871, expanded in 1900, the port …") is
          // followed by a comma, which lastClause rules out
          return participleClause(w) && finiteVerb(verb) && lastClause(tokens, j + 2) ? j + 1 : -1;
        }
        AnalyzedTokenReadings after = j + 2 < tokens.length ? tokens[j + 2] : null;
        if (after != null && (after.hasPosTagStartingWith("PRP")
            || Set.of("there", "it").contains(after.getToken().toLowerCase(Locale.ROOT)))) {
          return -1; // a question or an inversion: ", is it …", ", had they …"
        }
        return j + 1;
      }
    }
    return -1;
  }

  /**
   * "Asked about it on Tuesday, …", "Born in Lagos, …": a clause opened by a participle, not a preposition
   * or an imperative.
   */
  private static boolean participleClause(AnalyzedTokenReadings w) {
    return (w.hasPosTagStartingWith("VBN") || w.hasPosTagStartingWith("VBG")) && !isCommonNoun(w)
        && !w.hasPosTag("IN") && !w.hasPosTag("VB") && !w.hasPosTag("VBP"); // not "Come and see it, built …"
  }

  /** A common-noun reading; the proper-noun reading every capitalised first word gets does not count. */
  private static boolean isCommonNoun(AnalyzedTokenReadings t) {
    for (AnalyzedToken r : t) {
      String tag = r.getPOSTag();
      if (tag != null && tag.startsWith("NN") && !tag.startsWith("NNP")) {
        return true;
      }
    }
    return false;
  }

  /** Whether no comma or clause break follows from token {@code from} on: the verb's clause ends the sentence. */
  private static boolean lastClause(AnalyzedTokenReadings[] tokens, int from) {
    for (int j = from; j < tokens.length; j++) {
      String t = tokens[j].getToken();
      if (t.equals(",") || t.length() == 1 && CLAUSE_BREAK.indexOf(t.charAt(0)) >= 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean isEnd(AnalyzedTokenReadings t) {
    return t.getToken().equals(".") || t.getToken().equals("!");
  }

  private static boolean isVerb(AnalyzedTokenReadings t) {
    return t.hasPosTag("VB") || t.hasPosTag("VBN") || t.hasPosTag("VBG");
  }

  private static boolean isNominal(AnalyzedTokenReadings t) {
    return t.hasPosTagStartingWith("NN") || t.hasPosTagStartingWith("PRP") || t.hasPosTag("DT");
  }
}
