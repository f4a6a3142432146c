package org.garblecheck.detect.translationese;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.garblecheck.analysis.AnalyzedArticle;
import org.garblecheck.model.TextSpan;
import org.garblecheck.pass.FindingSink;
import org.garblecheck.pass.Pass;
import org.garblecheck.rule.RuleBook;
import org.garblecheck.rule.RuleDefinition;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;

/**
 * A chain of three or more "of" phrases in one noun phrase ("the policies of Triumph of Donald of President
 * of USA", "the spectrum of wave of surface of sea"): a translation from a language that builds noun
 * phrases with "de" keeps the source order instead of using English compounds and possessives.
 *
 * <p>Two "of"s are links of one chain when only one or two nominal words (determiners, adjectives, nouns,
 * numbers, possessives) stand between them. An "of" that belongs to a compound preposition ("because of",
 * "instead of", "on account of"), follows a quantifier ("two of", "some of", "most of") or follows punctuation
 * (", of the Institute of Marine Sciences of Andalusia": an apposition to a name) is no link. An
 * "of" inside a name the article uses more than once ("Game of Thrones", "Bank of England") joins the
 * chain but does not count as a link. A chain is reported once, from its first "of" to the end of the noun
 * after its last one.
 */
public final class OfChainPass implements Pass {
  public static final String RULE_ID = "GC_OF_CHAIN";
  static final int MIN_LINKS = 3;
  static final int MAX_GAP = 2;

  private static final Set<String> NOT_A_LINK = Set.of(
      "because", "instead", "out", "ahead", "account", "spite", "regardless", "front", "behalf", "course",
      "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "some", "all", "most",
      "many", "each", "both", "none", "several", "any", "either", "neither", "half", "couple");
  private static final Set<String> NOT_NOMINAL = Set.of("VBD", "VBZ", "MD", "IN", "CC", "TO", "WDT", "WP");
  private static final Pattern NAME =
      Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{L}\\p{N}'’-]*) of (\\p{Lu}[\\p{L}\\p{N}'’-]*)");

  private final RuleDefinition rule;

  public OfChainPass(RuleBook rules) {
    this.rule = rules.require(RULE_ID);
  }

  @Override
  public String name() {
    return "of-chain";
  }

  @Override
  public void run(AnalyzedArticle a, FindingSink sink) {
    Set<String> names = repeatedNames(a.text());
    for (int i = 0; i < a.sentences().size(); i++) {
      AnalyzedTokenReadings[] tokens = a.analyzed().get(i).getTokensWithoutWhitespace();
      for (int[] chain : chains(tokens, names)) {
        int from = tokens[chain[0]].getStartPos();
        int last = chain[1];
        TextSpan span = a.inArticle(i, from, tokens[last].getEndPos());
        sink.report(rule.id(), rule.category(), rule.severity(), span, rule.message(), List.of());
      }
    }
  }

  /** "Capitalised of Capitalised" word triples that occur at least twice in the text: names. */
  static Set<String> repeatedNames(String text) {
    Map<String, Integer> counts = new HashMap<>();
    Matcher m = NAME.matcher(text);
    while (m.find()) {
      counts.merge(m.group(1) + " of " + m.group(2), 1, Integer::sum);
    }
    Set<String> out = new HashSet<>();
    counts.forEach((k, n) -> {
      if (n >= 2) {
        out.add(k);
      }
    });
    return out;
  }

  /** Chains of at least {@value #MIN_LINKS} links, as {first "of" token, last token of the chain}. */
  static List<int[]> chains(AnalyzedTokenReadings[] tokens, Set<String> names) {
    List<int[]> out = new ArrayList<>();
    int first = -1;
    int previous = -1;
    int links = 0;
    for (int k = 1; k < tokens.length; k++) {
      if (!isLink(tokens, k)) {
        continue;
      }
      int counts = k + 1 < tokens.length
          && names.contains(tokens[k - 1].getToken() + " of " + tokens[k + 1].getToken()) ? 0 : 1;
      if (previous >= 0 && linked(tokens, previous, k)) {
        links += counts;
      } else {
        close(tokens, first, previous, links, out);
        first = k;
        links = counts;
      }
      previous = k;
    }
    close(tokens, first, previous, links, out);
    return out;
  }

  private static void close(AnalyzedTokenReadings[] tokens, int first, int lastOf, int links, List<int[]> out) {
    if (links < MIN_LINKS) {
      return;
    }
    int end = lastOf;
    while (end + 1 < tokens.length && end - lastOf < MAX_GAP && isNominal(tokens[end + 1])) {
      end++;
    }
    out.add(new int[] {first, end});
  }

  private static boolean isLink(AnalyzedTokenReadings[] tokens, int k) {
    if (!tokens[k].getToken().equalsIgnoreCase("of") || k < 2) {
      return false;
    }
    AnalyzedTokenReadings before = tokens[k - 1];
    if (!before.getToken().isEmpty() && !Character.isLetterOrDigit(before.getToken().codePointAt(0))) {
      return false; // after a comma or a dash "of" starts an apposition: "Dr Ruiz, of the Institute of …"
    }
    return !NOT_A_LINK.contains(before.getToken().toLowerCase(Locale.ROOT)) && !before.hasPosTag("CD");
  }

  private static boolean linked(AnalyzedTokenReadings[] tokens, int from, int to) {
    int gap = to - from - 1;
    if (gap < 1 || gap > MAX_GAP) {
      return false;
    }
    for (int j = from + 1; j < to; j++) {
      if (!isNominal(tokens[j])) {
        return false;
      }
    }
    return true;
  }

  static boolean isNominal(AnalyzedTokenReadings t) {
    String word = t.getToken();
    if (word.equals("'s") || word.equals("’s")) {
      return true;
    }
    if (word.equalsIgnoreCase("of")) {
      return false;
    }
    boolean nominal = false;
    for (AnalyzedToken r : t) {
      String tag = r.getPOSTag();
      if (tag == null) {
        continue;
      }
      if (NOT_NOMINAL.contains(tag)) {
        return false;
      }
      if (tag.equals("DT") || tag.startsWith("JJ") || tag.startsWith("NN") || tag.equals("CD")
          || tag.equals("PRP$") || tag.equals("POS")) {
        nominal = true;
      }
    }
    return nominal;
  }
}
