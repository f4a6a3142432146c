package org.garblecheck.pass;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.garblecheck.analysis.AnalyzedArticle;
import org.garblecheck.model.Category;
import org.garblecheck.model.Paragraph;
import org.garblecheck.model.Severity;
import org.garblecheck.model.TextSpan;
import org.garblecheck.rule.LanguageToolSelection;
import org.languagetool.AnalyzedSentence;
import org.languagetool.JLanguageTool;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.TextLevelRule;
import org.languagetool.rules.patterns.RuleSet;
import org.languagetool.rules.spelling.SpellingCheckRule;

/**
 * Runs the LanguageTool rules chosen in {@code rules/languagetool.yml} on the analysis the article already
 * has, instead of letting LanguageTool analyse the text a second time. Sentence rules run per sentence;
 * text-level rules (unpaired quotes and the like) run per paragraph. Our own pattern rules from
 * {@code rules/languagetool/} are added to the worker's LanguageTool and run the same way. An unpaired
 * single quote that is an apostrophe or has its partner elsewhere in the paragraph is not reported
 * ({@link SingleQuotes}), nor are the double quotes of a quotation over several paragraphs
 * ({@link ContinuedQuotes}), nor a word doubled on purpose ({@link Reduplication}).
 */
public final class LanguageToolPass implements Pass {
  static final String UNPAIRED_QUOTES = "EN_UNPAIRED_QUOTES";

  private record Selected(Rule rule, Category category) {}

  private final List<Selected> sentenceRules = new ArrayList<>();
  private final List<Selected> textRules = new ArrayList<>();
  private final Map<Rule, Category> categories = new IdentityHashMap<>();
  private final RuleSet indexed;

  public LanguageToolPass(JLanguageTool lt, LanguageToolSelection selection) {
    this(lt, selection, List.of());
  }

  /**
   * @param ownRules our own pattern rules (see {@code LanguageToolPatterns}); they are added to this
   *     worker's LanguageTool and reported under the category their LanguageTool category maps to
   */
  public LanguageToolPass(JLanguageTool lt, LanguageToolSelection selection, List<? extends Rule> ownRules) {
    ownRules.forEach(lt::addRule);
    selection.rules().keySet().forEach(lt::enableRule);
    for (Rule r : lt.getAllActiveRules()) {
      if (r instanceof SpellingCheckRule) {
        continue;
      }
      var cat = selection.categoryOf(r.getId(), r.getCategory().getId().toString());
      if (cat.isEmpty()) {
        continue;
      }
      (r instanceof TextLevelRule ? textRules : sentenceRules).add(new Selected(r, cat.get()));
      categories.put(r, cat.get());
    }
    // LanguageTool's own index of which rules can possibly match a sentence (by the words and lemmas their
    // patterns require): running every rule on every sentence costs several times more.
    indexed = RuleSet.textLemmaHinted(sentenceRules.stream().map(Selected::rule).toList());
  }

  @Override
  public String name() {
    return "languagetool";
  }

  public int ruleCount() {
    return sentenceRules.size() + textRules.size();
  }

  @Override
  public void run(AnalyzedArticle a, FindingSink sink) throws IOException {
    for (int i = 0; i < a.sentences().size(); i++) {
      AnalyzedSentence s = a.analyzed().get(i);
      for (Rule rule : indexed.rulesForSentence(s)) {
        RuleMatch[] matches = rule.match(s);
        if (matches.length == 0) {
          continue; // nearly always: look the category up only for a rule that matched
        }
        Selected sel = new Selected(rule, categories.get(rule));
        for (RuleMatch m : matches) {
          TextSpan span = a.inArticle(i, m.getFromPos(), m.getToPos());
          if (rule.getId().equals(Reduplication.REPEAT_RULE) && Reduplication.intended(span.of(a.text()))) {
            continue; // "very very", "first FIRST": doubled on purpose
          }
          report(sink, sel, span, m);
        }
      }
    }
    if (textRules.isEmpty()) {
      return;
    }
    for (Paragraph p : a.paragraphs()) {
      List<Integer> idx = new ArrayList<>();
      List<AnalyzedSentence> group = new ArrayList<>();
      for (int i = 0; i < a.sentences().size(); i++) {
        if (a.sentences().get(i).paragraph() == p.index()) {
          idx.add(i);
          group.add(a.analyzed().get(i));
        }
      }
      if (group.isEmpty()) {
        continue;
      }
      int[] cumulative = new int[group.size() + 1];
      for (int k = 0; k < group.size(); k++) {
        cumulative[k + 1] = cumulative[k] + group.get(k).getText().length();
      }
      for (Selected sel : textRules) {
        for (RuleMatch m : ((TextLevelRule) sel.rule()).match(group)) {
          int from = toArticle(a, idx, cumulative, m.getFromPos());
          int to = toArticle(a, idx, cumulative, Math.max(m.getFromPos(), m.getToPos() - 1)) + 1;
          if (to == from + 1 && isUnpairedRule(sel) && quotePaired(a, p, from)) {
            continue;
          }
          if (to > from) {
            report(sink, sel, new TextSpan(from, to), m);
          }
        }
      }
    }
  }

  private static boolean isUnpairedRule(Selected sel) {
    return sel.rule().getId().equals(UNPAIRED_QUOTES);
  }

  /**
   * Whether a quotation mark the unpaired-symbol rule flags at {@code at} in paragraph {@code p} is paired
   * after all: an apostrophe, or a single quote whose partner is in another sentence of the paragraph; a
   * double quote of a quotation that runs on into the next paragraph, or ends one the last opened.
   */
  private static boolean quotePaired(AnalyzedArticle a, Paragraph p, int at) {
    if (SingleQuotes.isSingleQuote(a.text().charAt(at))) {
      return SingleQuotes.pairedOrApostrophe(p.span().of(a.text()), at - p.span().start());
    }
    return ContinuedQuotes.continued(a.text(), a.paragraphs(), p.index(), at);
  }

  private static int toArticle(AnalyzedArticle a, List<Integer> idx, int[] cumulative, int pos) {
    int k = 0;
    while (k + 1 < idx.size() && cumulative[k + 1] <= pos) {
      k++;
    }
    return a.sentences().get(idx.get(k)).start() + (pos - cumulative[k]);
  }

  private static void report(FindingSink sink, Selected sel, TextSpan span, RuleMatch m) {
    sink.report(sel.rule().getId(), sel.category(), Severity.WARNING, span, LanguageToolMessages.plain(m),
        LanguageToolMessages.suggestions(m));
  }
}
