package org.garblecheck.detect.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.garblecheck.model.Finding;
import org.garblecheck.testing.Checkers;
import org.junit.jupiter.api.Test;

class NamePassTest {
  /** Each finding as "start:text→first suggestion". */
  private static List<String> hits(String text, String rule) {
    return Checkers.findings(text, rule).stream()
        .map(f -> f.start() + ":" + f.span().of(text) + "→" + (f.suggestions().isEmpty() ? "" : f.suggestions().get(0)))
        .toList();
  }

  @Test
  void garbledNameBesideTheMajorityFormIsFlaggedWithTheMajorityAsSuggestion() {
    String text = "Coach Ilse Brandauer named her squad on Monday.\n"
        + "Fans of Brandauer were surprised, and critics of Brandauer called it timid.\n"
        + "Asked about the goalkeeper, Brandaeur said she had no doubts.\n";
    assertEquals(List.of("152:Brandaeur→Brandauer"), hits(text, NamePass.GARBLED));
  }

  @Test
  void everyOccurrenceOfTheRareFormIsFlagged() {
    String text = "Mayor Kalinda Oyelaran opened the market. Traders thanked Oyelaran, and allies of Oyelaran "
        + "cheered. Oyelaren later toured the stalls, and aides to Oyelaren took notes.";
    List<String> h = hits(text, NamePass.GARBLED);
    assertEquals(List.of("100:Oyelaren→Oyelaran", "147:Oyelaren→Oyelaran"), h);
  }

  @Test
  void twoUnknownSpellingsUsedOnceEachAreBothFlaggedEachSuggestingTheOther() {
    String text = "The study was led by Dr. Lena Hofstetter of the institute.\n"
        + "Hoffstetter said the team had tested the instrument for years.\n";
    assertEquals(List.of("30:Hofstetter→Hoffstetter", "59:Hoffstetter→Hofstetter"), hits(text, NamePass.GARBLED));
    Finding f = Checkers.findings(text, NamePass.GARBLED).get(0);
    assertEquals("“Hofstetter” and “Hoffstetter” are each written once in this article: one of them is probably"
        + " garbled.", f.message());
  }

  @Test
  void aNameWithAConsonantGluedOnIsAGarbleButANameWithAnEndingIsNot() {
    String text = "Prof. Ada Obiora led the team. Colleagues of Obiora said the work took years, and students of "
        + "Obiora agree. In 2001 Obiorah retired.\nVisitors to Israel and Israeli officials met; critics of "
        + "Israel were absent.";
    assertEquals(List.of("116:Obiorah→Obiora"), hits(text, NamePass.GARBLED));
  }

  @Test
  void similarRealNamesDemonymsAndInflectedNamesAreNotGarbles() {
    // two known names, gendered surnames, place and demonym, possessive, short names, accents
    String text = "The economist Lars Petersen and the Fed's Mark Peterson disagreed on rates.\n"
        + "Agnieszka Wróblewska and Tomasz Wróblewski run the bakery; friends of Wróblewski say "
        + "Wróblewska keeps the books.\n"
        + "Voters in Nigeria and Nigerians abroad watched, and the Nigerian board met; critics of Nigeria's "
        + "board were unconvinced.\n"
        + "Kim Jae-won and Kin Sato met Anna Berg and Anne Berg in Łódź; visitors to Lodz and to Łódź "
        + "came by train.\n"
        + "The author Higuchi Ichiyō wrote as Ichiyo; readers of Ichiyō and of Higuchi still do.\n";
    assertEquals(List.of(), hits(text, NamePass.GARBLED));
  }

  @Test
  void variantsPresentedSideBySideAreNotGarbles() {
    String text = "The quarter is called Jolfa (originally New Julfa). Visitors to Julfa come for the churches, "
        + "and guides in Julfa speak Armenian.";
    assertEquals(List.of(), hits(text, NamePass.GARBLED));
  }

  @Test
  void aSpellingIntroducedAsSuchIsNotAGarble() {
    String poet = "The poet Virgil wrote the Aeneid, and schools still teach Virgil. ";
    assertEquals(List.of(), hits(poet + "Some scholars spell the name Vergil.", NamePass.GARBLED));
    assertEquals(List.of(), hits(poet + "Some scholars prefer the spelling Vergil.", NamePass.GARBLED));
    String slip = poet + "Some scholars admire the poet Vergil.";
    assertEquals(List.of(slip.indexOf("Vergil") + ":Vergil→Virgil"), hits(slip, NamePass.GARBLED));
  }

  @Test
  void lowerCasedNameIsFlagged() {
    String text = "Prime Minister Marja Vanhala met farmers in Oulu.\n"
        + "Critics of Vanhala say the subsidy is too small.\n"
        + "Supporters say vanhala has kept her promise, and the Vanhala team agrees.\n";
    assertEquals(List.of("114:vanhala→Vanhala"), hits(text, NamePass.LOWERCASED));
  }

  @Test
  void handlesAddressesHashtagsQuotedWordsAndCoinedTermsAreNotLowerCasedNames() {
    String text = "Prime Minister Marja Vanhala met farmers in Oulu.\n"
        + "Critics of Vanhala posted under #vanhala, wrote to info@vanhala.fi and to @vanhala, and read "
        + "https://example.org/vanhala/news.\n"
        + "The term vanhala now means a broken promise, some say \"vanhala\" loudly.\n";
    assertEquals(List.of(), hits(text, NamePass.LOWERCASED));
    String coined = "The chef Ines Santoro named the dish after herself. Diners at Santoro order the santoro "
        + "with bread or the santoro with rice, and regulars say the santoro is why they come; critics of "
        + "Santoro disagree.";
    assertEquals(List.of(), hits(coined, NamePass.LOWERCASED));
  }

  @Test
  void aWordTheDictionaryKnowsOnlyAsANameIsFlaggedInLowerCase() {
    String text = "Experts said the case could draw attention well beyond pennsylvania and kyiv.\n";
    assertEquals(List.of("55:pennsylvania→Pennsylvania", "72:kyiv→Kyiv"), hits(text, NamePass.LOWERCASED));
    // and only once: the speller leaves it to the name detector
    assertEquals(List.of(), hits(text, "GC_UNKNOWN_WORD"));
  }

  @Test
  void lowerCaseDemonymsDictionaryWordsAndForeignPhrasesAreNotDictionaryNames() {
    String text = "Demand for english lessons rose, the china in the cabinet was old, and the offer was bona fide.\n";
    assertEquals(List.of(), hits(text, NamePass.LOWERCASED));
  }

  @Test
  void lowerCaseDictionaryWordsAreNotNames() {
    String text = "Senator Jane Rivers spoke. Critics of Rivers said rivers were flooding, and allies of "
        + "Rivers agreed the rivers were high.";
    assertEquals(List.of(), hits(text, NamePass.LOWERCASED));
  }

  @Test
  void nameTurnedIntoACommonWordIsFlagged() {
    String text = "President Donald Trump signed the order on Monday.\n"
        + "Critics of Trump called it cruel, and aides to Trump defended it.\n"
        + "The policies of Triumph were debated in Congress.\n";
    assertEquals(List.of("133:Triumph→Trump"), hits(text, NamePass.AS_WORD));
  }

  @Test
  void nameTurnedIntoAWordNextToTheSameFirstNameIsFlagged() {
    String text = "Mayor Joanna Hart opened the theatre. Critics of Hart said it was late, and allies of Hart "
        + "disagreed. Joanna Hart thanked the builders, and later Joanna Heart cut the ribbon.";
    assertEquals(List.of("153:Heart→Hart"), hits(text, NamePass.AS_WORD));
  }

  @Test
  void capitalisedWordsInMultiwordNamesHeadlinesAndSentenceStartsAreNotNamesAsWords() {
    String text = "Storm Hits River Towns As Rivers Rise\n"
        + "Mayor Tom Rivers opened the bridge over the River Tay.\n"
        + "Critics of Rivers said the River Tay had flooded twice, and allies of Rivers disagreed.\n"
        + "River levels fell by March; Jon Marsh said Marsh Lane was dry, and fans of Marsh agreed.\n";
    assertEquals(List.of(), hits(text, NamePass.AS_WORD));
  }
}
