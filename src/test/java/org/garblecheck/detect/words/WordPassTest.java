package org.garblecheck.detect.words;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.garblecheck.model.Article;
import org.garblecheck.model.Finding;
import org.garblecheck.pass.SpellingPass;
import org.garblecheck.testing.Checkers;
import org.junit.jupiter.api.Test;

class WordPassTest {
  private static List<Finding> findings(String text) {
    return Checkers.shared().score(Article.of("t", "", text)).findings();
  }

  /** Each finding of a rule as "start:text→first suggestion". */
  private static List<String> hits(String text, String rule) {
    return findings(text).stream().filter(f -> f.ruleId().equals(rule))
        .map(f -> f.start() + ":" + f.span().of(text) + "→" + (f.suggestions().isEmpty() ? "" : f.suggestions().get(0)))
        .toList();
  }

  private static List<String> wordHits(String text) {
    return findings(text).stream().filter(f -> f.ruleId().startsWith("WORD_"))
        .map(f -> f.ruleId() + " " + f.span().of(text)).toList();
  }

  @Test
  void junkGluedOntoADictionaryWord() {
    String text = "Officials discussed the annexationa at length, and the xgovernment replied.";
    assertEquals(List.of("24:annexationa→annexation", "55:xgovernment→government"),
        hits(text, WordDiagnosis.BROKEN));
  }

  @Test
  void theBrokenWordReplacesTheGenericUnknownWordFinding() {
    String text = "Officials discussed the annexationa at length.";
    assertEquals(List.of(), hits(text, SpellingPass.RULE_ID));
    assertEquals(1, hits(text, WordDiagnosis.BROKEN).size());
  }

  @Test
  void longWordCutShort() {
    String text = "The board said the governmen had not replied.";
    assertEquals(List.of("19:governmen→government"), hits(text, WordDiagnosis.BROKEN));
    String seven = "The mission, launche in 2019, will fly past the moon again.";
    assertEquals(List.of("13:launche→launched"), hits(seven, WordDiagnosis.BROKEN));
  }

  @Test
  void validDerivationsLoanwordsAndShortTruncationsAreNotBroken() {
    String text = "The answers were recoded into groups. Her husband, a diplomatic attache, retired. "
        + "She danced en pointe and taught improv. He said, \"I wo- I won't go,\" and the proble- the problem stayed.";
    assertEquals(List.of(), hits(text, WordDiagnosis.BROKEN));
  }

  @Test
  void wordsRunTogether() {
    String text = "Ministers said thegovernment would act. A chicode14años was held. Tenants say "
        + "newapartments cost too much. The queSiguenOjo tool failed.";
    assertEquals(List.of("15:thegovernment→the government", "42:chicode14años→chicode 14 años",
        "78:newapartments→new apartments", "111:queSiguenOjo→que Siguen Ojo"),
        hits(text, WordDiagnosis.RUN_TOGETHER));
  }

  @Test
  void compoundsBrandsHandlesHashtagsAndAddressesAreNotRunTogether() {
    String text = "The storyworld of the novel is vast. Fans swap tips on wikiHow and eBay, post as "
        + "@thegovernment, tag #newapartments and mail press@thegovernment.org or visit "
        + "www.newapartments.com today.";
    assertEquals(List.of(), wordHits(text));
  }

  @Test
  void wordSplitInTwo() {
    String text = "The most urgent need was better measure ment of ocean heat.";
    assertEquals(List.of("32:measure ment→measurement"), hits(text, WordDiagnosis.SPLIT));
    assertEquals(List.of(), hits(text, SpellingPass.RULE_ID));
  }

  @Test
  void twoRealWordsAreNotASplitWord() {
    String text = "The plaster board was wet, and the ware houses by the river were empty.";
    assertEquals(List.of(), hits(text, WordDiagnosis.SPLIT));
  }

  @Test
  void untranslatedWordsInEnglishSentences() {
    String text = "The new road is próximo to the river. Farmers said the harvest was baixo this year. "
        + "Officials found it xa too late.";
    assertEquals(List.of("16:próximo", "67:baixo", "103:xa"),
        findings(text).stream().filter(f -> f.ruleId().equals(WordDiagnosis.FOREIGN))
            .map(f -> f.start() + ":" + f.span().of(text)).toList());
  }

  @Test
  void loanwordsGlossedQuotedAndCapitalisedForeignWordsAreNotResidue() {
    String text = "In Spanish, the word próximo means next. The menu offered café, crème brûlée and a "
        + "naïve rosé. Maize flour is used to make ugali (a stiff porridge). The sign read "
        + "\"Museo de Arte Moderno\". E noho i lalo, the clerk said. Residents of Łódź and Kraków "
        + "met Señor Muñoz at the Marquis de Lafayette hotel.";
    assertEquals(List.of(), wordHits(text));
  }

  @Test
  void rareButWellFormedEnglishWordsAreLeftAlone() {
    String text = "Downwelling currents carry heat, and the storyworld of the saga, its paratexts and the "
        + "metabolome data were discussed.";
    assertEquals(List.of(), wordHits(text));
  }

  @Test
  void theArticlesOwnRepeatedTermIsLeftAlone() {
    String text = "The new format is called a newsbrief. Each newsbrief runs daily. Readers like the "
        + "newsbrief, and some newsbriefs go viral.";
    assertEquals(List.of(), wordHits(text));
  }
}
