package org.garblecheck.detect.translationese;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.garblecheck.analysis.AnalyzedArticle;
import org.garblecheck.model.Paragraph;
import org.garblecheck.model.Sentence;
import org.garblecheck.model.TextSpan;

/**
 * Which characters of an article are somebody's words rather than the reporter's: text inside quotation
 * marks, and speech introduced by a label or a colon without quotation marks ("Q: …", "Smith: …",
 * "he said: …").
 *
 * <p>Quotation marks are tracked per paragraph. Curly marks say which way they face; a straight {@code "}
 * opens after a space or an opening bracket and closes before a space or punctuation, and toggles
 * otherwise. News style carries a long quotation over several paragraphs by opening each paragraph again
 * and closing only the last one, so a quote left open at the end of a paragraph ends there; a paragraph
 * whose first mark is a closing one continues a quote from above and is quoted from its start. Single
 * quotation marks count only as an opening mark at the start of a word with a matching closing mark at the
 * end of a word later in the paragraph (so apostrophes and '90s are not quotes). A paragraph in
 * parentheses (an aside, often the translation of a quotation) and a pull quote (a paragraph closed by an
 * attribution line such as "Jane Doe, campaign manager") count as quoted too.
 */
public final class QuotedSpeech {
  private static final String OPENING = "“„«";
  private static final String CLOSING = "”»";
  private static final String BEFORE_OPENING = "([{—–-/";
  private static final String AFTER_CLOSING = ".,;:!?)]}—–-…";
  /** "Q:", "A:", "Question:", or a speaker label of one to four capitalised words at a paragraph start. */
  private static final Pattern LABEL = Pattern.compile(
      "^[\\p{Pi}\\p{Pf}\"']?(\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,3}|Editor['’]s note)\\s*:\\s");
  private static final Pattern QA_LABEL = Pattern.compile("(?i)q|a|question|answer|interviewer");
  /** Labels of captions, credits and notes: they repeat without making the article an interview. */
  private static final Pattern NOT_A_SPEAKER = Pattern.compile(
      "(?i)image|photo|photograph|picture|pictured|video|watch|source|sources|note|update|updated|credit|credits"
          + "|editor['’]s note|related|read more|see also|file|caption");
  /** A speech verb followed by a colon that introduces unquoted speech ("she replied: …"). */
  private static final Pattern SPEECH_COLON = Pattern.compile(
      "\\b(?:said|says|say|told\\s+\\p{L}+|tells\\s+\\p{L}+|added|adds|replied|replies|answered|answers|explained"
          + "|explains|wrote|writes|asked|asks|insisted|insists|stated|states|declared|noted|continued|recalled"
          + "|recalls|responded|responds)\\s*:\\s+(?=[^\\s\"“‘'])",
      Pattern.UNICODE_CHARACTER_CLASS);

  private static final int MAX_ATTRIBUTION_WORDS = 8;

  private final BitSet inside;
  private final boolean dialogue;

  private QuotedSpeech(BitSet inside, boolean dialogue) {
    this.inside = inside;
    this.dialogue = dialogue;
  }

  /** The quoted speech of an analysed article, pull quotes with their attribution line included. */
  public static QuotedSpeech of(AnalyzedArticle a) {
    QuotedSpeech q = of(a.text(), a.paragraphs());
    int[] count = new int[a.paragraphs().size()];
    Sentence[] last = new Sentence[a.paragraphs().size()];
    for (Sentence s : a.sentences()) {
      count[s.paragraph()]++;
      last[s.paragraph()] = s;
    }
    for (Paragraph p : a.paragraphs()) {
      Sentence l = last[p.index()];
      if (l != null && count[p.index()] >= 2 && isAttribution(a.textOf(l))) {
        q.inside.set(p.span().start(), p.span().end());
      }
    }
    return q;
  }

  /**
   * The name under a pull quote ("… to vote. Jane Doe, campaign manager"): a short line that starts with a
   * capital and ends without a full stop, closing a paragraph of several sentences.
   */
  static boolean isAttribution(String sentence) {
    String t = sentence.strip();
    return !t.isEmpty() && Character.isUpperCase(t.charAt(0)) && !TextShape.endsLikeProse(t) && !t.endsWith("?")
        && t.split("\\s+").length <= MAX_ATTRIBUTION_WORDS;
  }

  /** Characters of the text only, without the article's sentences (no pull-quote attribution). */
  public static QuotedSpeech of(String text, List<Paragraph> paragraphs) {
    BitSet inside = new BitSet(text.length());
    Map<String, Integer> speakers = new HashMap<>();
    int questionsAndAnswers = 0;
    for (Paragraph p : paragraphs) {
      TextSpan span = p.span();
      String body = span.of(text);
      doubleQuotes(body, span.start(), inside);
      singleQuotes(body, span.start(), inside);
      Matcher label = LABEL.matcher(body);
      if (label.find()) {
        String who = label.group(1);
        if (QA_LABEL.matcher(who).matches()) {
          questionsAndAnswers++;
        } else if (!NOT_A_SPEAKER.matcher(who).matches()) {
          speakers.merge(who, 1, Integer::sum);
        }
        inside.set(span.start() + label.end(), span.end());
      }
      if (body.startsWith("(") && body.endsWith(")")) {
        inside.set(span.start(), span.end()); // an aside, such as the translation of a quotation
      }
      Matcher colon = SPEECH_COLON.matcher(body);
      if (colon.find()) {
        int from = span.start() + colon.end();
        if (!inside.get(from)) {
          inside.set(from, span.end());
        }
      }
    }
    boolean dialogue = questionsAndAnswers >= 2 || speakers.values().stream().anyMatch(n -> n >= 2);
    return new QuotedSpeech(inside, dialogue);
  }

  /** Whether the character at this article offset is inside quoted or labelled speech. */
  public boolean isInside(int offset) {
    return inside.get(offset);
  }

  /**
   * Whether the article is laid out as a dialogue: two or more "Q:"/"A:" paragraphs, or a speaker label
   * ("Smith:") that starts two or more paragraphs.
   */
  public boolean isDialogue() {
    return dialogue;
  }

  private enum Mark { OPEN, CLOSE, TOGGLE, NONE }

  static void doubleQuotes(String body, int base, BitSet inside) {
    boolean in = false;
    boolean seen = false;
    for (int i = 0; i < body.length(); i++) {
      Mark m = doubleMark(body, i);
      if (m != Mark.NONE) {
        if (m == Mark.CLOSE && !seen) {
          // the first mark of the paragraph closes: the quote began in an earlier paragraph
          inside.set(base, base + i);
        }
        in = m == Mark.OPEN || (m == Mark.TOGGLE && !in);
        seen = true;
      }
      if (in || m != Mark.NONE) {
        inside.set(base + i);
      }
    }
  }

  private static Mark doubleMark(String s, int i) {
    char c = s.charAt(i);
    if (OPENING.indexOf(c) >= 0) {
      return Mark.OPEN;
    }
    if (CLOSING.indexOf(c) >= 0) {
      return Mark.CLOSE;
    }
    if (c != '"') {
      return Mark.NONE;
    }
    char prev = i > 0 ? s.charAt(i - 1) : ' ';
    char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
    boolean opens = (Character.isWhitespace(prev) || BEFORE_OPENING.indexOf(prev) >= 0)
        && !Character.isWhitespace(next);
    boolean closes = (Character.isWhitespace(next) || AFTER_CLOSING.indexOf(next) >= 0)
        && !Character.isWhitespace(prev);
    if (opens == closes) {
      return Mark.TOGGLE;
    }
    return opens ? Mark.OPEN : Mark.CLOSE;
  }

  static void singleQuotes(String body, int base, BitSet inside) {
    int i = 0;
    while (i < body.length()) {
      char c = body.charAt(i);
      boolean candidate = (c == '‘' || c == '\'') && !inside.get(base + i)
          && (i == 0 || Character.isWhitespace(body.charAt(i - 1)) || BEFORE_OPENING.indexOf(body.charAt(i - 1)) >= 0)
          && i + 1 < body.length() && Character.isLetter(body.charAt(i + 1));
      if (!candidate) {
        i++;
        continue;
      }
      int close = closingSingle(body, i + 1);
      if (close < 0) {
        i++;
        continue;
      }
      inside.set(base + i, base + close + 1);
      i = close + 1;
    }
  }

  private static int closingSingle(String body, int from) {
    for (int j = from; j < body.length(); j++) {
      char c = body.charAt(j);
      if (c != '’' && c != '\'') {
        continue;
      }
      char prev = body.charAt(j - 1);
      char next = j + 1 < body.length() ? body.charAt(j + 1) : ' ';
      if (!Character.isWhitespace(prev) && (Character.isWhitespace(next) || AFTER_CLOSING.indexOf(next) >= 0)) {
        return j;
      }
    }
    return -1;
  }
}
