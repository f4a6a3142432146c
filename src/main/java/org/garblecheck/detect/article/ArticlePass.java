package org.garblecheck.detect.article;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.garblecheck.analysis.AnalyzedArticle;
import org.garblecheck.model.Paragraph;
import org.garblecheck.model.Sentence;
import org.garblecheck.pass.FindingSink;
import org.garblecheck.pass.Pass;
import org.garblecheck.rule.RuleBook;
import org.garblecheck.rule.RuleDefinition;

/**
 * Signs that concern the article as a whole rather than one sentence: the headline repeated as a sentence
 * of the body ({@value #REPEATED_HEADLINE}) and a sentence of six words or more that occurs twice
 * ({@value #DUPLICATE_SENTENCE}), both typical of scrapers and of re-assembled machine translations.
 * Sentences are compared after {@link SentenceKey normalisation}. A pull quote (a paragraph that is
 * nothing but a quotation, repeated from the body) is a layout habit, not damage, and is not reported.
 */
public final class ArticlePass implements Pass {
  public static final String REPEATED_HEADLINE = "GC_REPEATED_HEADLINE";
  public static final String DUPLICATE_SENTENCE = "GC_DUPLICATE_SENTENCE";
  static final int MIN_DUPLICATE_WORDS = 6;
  static final int MIN_HEADLINE_WORDS = 4;

  private final RuleDefinition repeatedHeadline;
  private final RuleDefinition duplicateSentence;

  public ArticlePass(RuleBook rules) {
    this.repeatedHeadline = rules.require(REPEATED_HEADLINE);
    this.duplicateSentence = rules.require(DUPLICATE_SENTENCE);
  }

  @Override
  public String name() {
    return "article";
  }

  @Override
  public void run(AnalyzedArticle a, FindingSink sink) {
    List<Sentence> sentences = a.sentences();
    Headline headline = Headline.of(a);
    String headlineKey = headline.text().isEmpty() ? "" : SentenceKey.of(headline.text());
    boolean checkHeadline = SentenceKey.words(headlineKey) >= MIN_HEADLINE_WORDS;
    Map<String, Integer> firstSeen = new HashMap<>();
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      if (headline.sentence() == i) {
        continue;
      }
      String key = SentenceKey.of(a.textOf(s));
      if (checkHeadline && key.equals(headlineKey)) {
        report(sink, repeatedHeadline, s);
        continue;
      }
      if (SentenceKey.words(key) < MIN_DUPLICATE_WORDS) {
        continue;
      }
      Integer first = firstSeen.putIfAbsent(key, i);
      if (first != null && !isPullQuote(a, sentences.get(first)) && !isPullQuote(a, s)) {
        report(sink, duplicateSentence, s);
      }
    }
  }

  /** A paragraph that is one quoted sentence and nothing else: a pull quote set apart by the layout. */
  static boolean isPullQuote(AnalyzedArticle a, Sentence s) {
    Paragraph p = a.paragraphs().get(s.paragraph());
    if (!p.span().equals(s.span())) {
      return false;
    }
    String t = a.textOf(s);
    return !t.isEmpty() && "\"“‘'«".indexOf(t.charAt(0)) >= 0;
  }

  private static void report(FindingSink sink, RuleDefinition rule, Sentence s) {
    sink.report(rule.id(), rule.category(), rule.severity(), s.span(), rule.message(), List.of());
  }
}
