package org.garblecheck.pass;

import static org.garblecheck.testing.Spans.at;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.garblecheck.testing.Spans;
import org.junit.jupiter.api.Test;

class SpellingPassTest {
  private static final String ID = SpellingPass.RULE_ID;

  @Test
  void reportsEachUnknownWordOfAnEnglishSentence() {
    String text = "The goverment said the new recieve desk would open in May.";
    assertEquals(List.of(at(text, "goverment", 0), at(text, "recieve", 0)), Spans.of(ID, text));
  }

  @Test
  void wordsInOtherScriptsAreNotSpellings() {
    String text = "The museum is in Isfahan (اصفهان) and its founder signed as 夏子 and as goverment clerk.";
    assertEquals(List.of(at(text, "goverment", 0)), Spans.of(ID, text));
  }

  @Test
  void aQuotedStretchOfAnotherLanguageIsLeftAlone() {
    String foreign = "Her last letter ended: je pleure sans besoin de mourir encore, and she never wrote again.";
    assertTrue(Spans.of(ID, foreign).isEmpty(), Spans.of(ID, foreign).toString());
    String slip = "The council promised to recieve the long parking petition from the town centre on Monday.";
    assertEquals(List.of(at(slip, "recieve", 0)), Spans.of(ID, slip));
  }

  @Test
  void aForeignStretchIsThreeUnknownWordsWithinSix() {
    assertArrayEquals(new boolean[] {true, true, true, true}, SpellingPass.foreignStretch(List.of(2, 3, 5, 7)));
    assertArrayEquals(new boolean[] {false, false, false}, SpellingPass.foreignStretch(List.of(1, 4, 7)));
    assertArrayEquals(new boolean[] {false, true, true, true}, SpellingPass.foreignStretch(List.of(1, 9, 10, 14)));
    assertArrayEquals(new boolean[] {false, false}, SpellingPass.foreignStretch(List.of(3, 4)));
  }

  @Test
  void aCapitalisedNameDoesNotMakeItsLowerCaseMisspellingTheArticlesOwnTerm() {
    String text = "Tourists in Tolberry say tolberry is cheap.";
    assertEquals(List.of(at(text, "tolberry", 0)), Spans.of(ID, text));
    String own = "Storyworld sales grew. Fans of the storyworld love it.";
    assertTrue(Spans.of(ID, own).isEmpty(), Spans.of(ID, own).toString());
  }
}
