package org.garblecheck.spin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SpinnerTest {
  /** Written for these tests; one paragraph per line, a blank line and a CRLF line among them. */
  private static final String STORY = String.join("\n",
      "Library opens in northern town after long delays",
      "Local officials opened a new library in the northern town on Saturday, after three years of delays and"
          + " rising costs. The building, designed by a young architect, holds thousands of books and offers"
          + " quiet rooms for students.",
      "",
      "Residents welcomed the project, although some complained that parking remains difficult near the busy"
          + " market.\r",
      "\"We waited a long time, but the wait was worth it,\" said Helga Brandt, 71, who has lived on Mill Street"
          + " since 1979. The mayor said the council would review the traffic plan next month.",
      "");

  private static final String SIMPLE = "Farmers planted tall trees beside the quiet river. The old bridge"
      + " collapsed slowly. Engineers inspected the damaged road.";

  /** Irregular verbs whose past tense is their base form. */
  private static final Set<String> SAME_PAST = Set.of("burst", "cast", "cut", "hit", "hurt", "let", "put", "quit",
      "set", "shut", "split", "spread", "upset");

  private final Spinner spinner = Spinners.shared();

  @Test
  void sameSeedGivesSameOutputAndAnotherSeedAnother() {
    SpinResult a = spinner.spin(STORY, 0.3, 7);
    SpinResult b = spinner.spin(STORY, 0.3, 7);
    SpinResult c = spinner.spin(STORY, 0.3, 8);
    assertEquals(a.text(), b.text());
    assertEquals(a.replacements(), b.replacements());
    assertNotEquals(a.text(), c.text());
    assertNotEquals(STORY, a.text());
  }

  @Test
  void rateZeroChangesNothing() {
    SpinResult r = spinner.spin(STORY, 0, 3);
    assertEquals(STORY, r.text());
    assertEquals(0, r.replacedWords());
    assertTrue(r.replacements().isEmpty());
  }

  @Test
  void outputLineIIsSpunInputLineI() {
    SpinResult r = spinner.spin(STORY, 0.5, 11);
    String[] in = STORY.split("\n", -1);
    String[] out = r.text().split("\n", -1);
    assertEquals(in.length, out.length);
    int lineStart = 0;
    for (int i = 0; i < in.length; i++) {
      int lineEnd = lineStart + in[i].length();
      StringBuilder expected = new StringBuilder();
      int at = lineStart;
      for (Replacement x : r.replacements()) {
        if (x.span().start() >= lineStart && x.span().end() <= lineEnd) {
          expected.append(STORY, at, x.span().start()).append(x.replacement());
          at = x.span().end();
        } else {
          assertTrue(x.span().end() <= lineStart || x.span().start() >= lineEnd, "replacement across lines: " + x);
        }
      }
      expected.append(STORY, at, lineEnd);
      assertEquals(expected.toString(), out[i], "line " + i);
      lineStart = lineEnd + 1;
    }
    assertEquals("", out[2]);
    assertTrue(out[3].endsWith("\r"), "the CR of a CRLF line stays");
  }

  @Test
  void countsContentWordsAndNothingElse() {
    // Farmers planted tall trees quiet river / old bridge collapsed slowly / Engineers inspected damaged road
    assertEquals(14, spinner.spin(SIMPLE, 0.5, 1).contentWords());
  }

  @Test
  void replacesTheRequestedShareOfContentWords() {
    for (double rate : new double[] {0.1, 0.2, 0.35, 0.5}) {
      SpinResult r = spinner.spin(STORY, rate, 5);
      int counted = r.replacements().stream().mapToInt(Replacement::contentWords).sum();
      assertEquals(r.replacedWords(), counted);
      assertEquals(Math.round(rate * r.contentWords()), r.replacedWords(), "rate " + rate);
      long changedWords = r.replacements().stream().filter(x -> x.contentWords() > 0).count();
      assertTrue(changedWords >= r.replacedWords() / 2, "rate " + rate);
    }
  }

  @Test
  void namesNumbersPunctuationAndFunctionWordsStay() {
    String text = "Maria Kowalska paid 450 euros for three old bicycles in Kraków on 12 March, she told the BBC.";
    Set<String> spinnable = Set.of("paid", "euros", "old", "bicycles", "told");
    for (long seed = 1; seed <= 6; seed++) {
      SpinResult r = spinner.spin(text, 1.0, seed);
      assertEquals(5, r.contentWords());
      for (Replacement x : r.replacements()) {
        assertTrue(spinnable.contains(x.original()), "replaced " + x.original() + " (seed " + seed + ")");
      }
      assertTrue(r.text().startsWith("Maria Kowalska "), r.text());
      for (String kept : List.of(" 450 ", " for three ", " in Kraków on 12 March, she ", " the BBC.")) {
        assertTrue(r.text().contains(kept), kept + " lost in: " + r.text());
      }
    }
    String counts = "Hundreds of residents left. Northern Rail said thousands of passengers were delayed.";
    for (long seed = 1; seed <= 4; seed++) {
      SpinResult r = spinner.spin(counts, 1.0, seed);
      for (Replacement x : r.replacements()) {
        assertTrue(Set.of("residents", "left", "said", "passengers", "delayed").contains(x.original()),
            "replaced " + x.original() + " (seed " + seed + ")");
      }
    }
    for (long seed = 1; seed <= 4; seed++) {
      SpinResult r = spinner.spin(STORY, 1.0, seed);
      assertEquals(skeleton(STORY), skeleton(r.text()), "punctuation, digits or line breaks changed");
      for (String kept : List.of("Helga Brandt, 71,", "Mill Street", "since 1979.", "\"We ", ",\" ")) {
        assertTrue(r.text().contains(kept), kept + " lost in: " + r.text());
      }
      Set<String> function = Set.of("the", "a", "of", "in", "on", "for", "and", "but", "by", "after", "that",
          "who", "has", "would", "was", "we", "it", "some", "although");
      for (Replacement x : r.replacements()) {
        if (x.contentWords() > 0) {
          assertFalse(function.contains(x.original().toLowerCase(Locale.ROOT)), "replaced " + x);
        } else {
          assertTrue(Set.of("a", "an", "A", "An").contains(x.original()), "only an article may change: " + x);
        }
      }
    }
  }

  @Test
  void pluralNounsStayPluralAndVerbsKeepTheirForm() {
    String text = "The children were talking loudly. The old bridge collapsed slowly. It sags in the middle.";
    Thesaurus wn = Spinners.thesaurus();
    List<String> children = wn.synonyms(WordClass.NOUN, "child");
    List<String> collapse = wn.synonyms(WordClass.VERB, "collapse");
    Set<String> collapseHeads = collapse.stream().map(s -> s.split(" ")[0]).collect(Collectors.toSet());
    for (long seed = 1; seed <= 8; seed++) {
      SpinResult r = spinner.spin(text, 1.0, seed);
      String kids = replacementOf(r, "children");
      assertTrue(children.stream().anyMatch(s -> isPluralOf(kids, s)), kids + " is not a plural synonym of child");
      String talk = replacementOf(r, "talking");
      assertTrue(talk.split(" ")[0].endsWith("ing"), talk);
      String fell = replacementOf(r, "collapsed");
      String head = fell.split(" ")[0];
      assertTrue(!collapseHeads.contains(head) || SAME_PAST.contains(head), fell + " is a base form, not a past tense");
      String sags = replacementOf(r, "sags");
      assertTrue(sags.split(" ")[0].endsWith("s"), sags);
    }
  }

  @Test
  void compoundIsReplacedWholeAndInflected() {
    SpinResult r = spinner.spin("The minister held two news conferences.", 1.0, 3);
    assertEquals("press conferences", replacementOf(r, "news conferences"));
    assertTrue(r.text().contains(" two press conferences."), r.text());
  }

  @Test
  void sentenceInitialCapitalIsKept() {
    for (long seed = 1; seed <= 4; seed++) {
      String farmers = replacementOf(spinner.spin(SIMPLE, 1.0, seed), "Farmers");
      assertTrue(Character.isUpperCase(farmers.charAt(0)), farmers);
    }
  }

  @Test
  void rateOutsideZeroToOneIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> spinner.spin(SIMPLE, 1.5, 1));
    assertThrows(IllegalArgumentException.class, () -> spinner.spin(SIMPLE, Double.NaN, 1));
  }

  @Test
  void articleFollowsTheNewFirstSound() {
    assertTrue(Spinner.vowelSound("elder"));
    assertTrue(Spinner.vowelSound("hour"));
    assertFalse(Spinner.vowelSound("senior"));
    assertFalse(Spinner.vowelSound("unique"));
  }

  @Test
  void spellingVariantsAreNoSynonyms() {
    assertTrue(Spinner.spellingVariant("neighbor", "neighbour"));
    assertTrue(Spinner.spellingVariant("stymie", "stymy"));
    assertFalse(Spinner.spellingVariant("incomplete", "uncomplete"));
    assertFalse(Spinner.spellingVariant("talk", "lecture"));
  }

  private static String replacementOf(SpinResult r, String original) {
    List<String> found = new ArrayList<>();
    for (Replacement x : r.replacements()) {
      if (x.original().equals(original)) {
        found.add(x.replacement());
      }
    }
    assertEquals(1, found.size(), original + " replaced " + found.size() + " times in: " + r.text());
    return found.get(0);
  }

  private static boolean isPluralOf(String plural, String lemma) {
    String p = plural.toLowerCase(Locale.ROOT);
    return p.equals(lemma + "s") || p.equals(lemma + "es")
        || lemma.endsWith("y") && p.equals(lemma.substring(0, lemma.length() - 1) + "ies");
  }

  /** Everything a spinner must not touch: quotes, punctuation, digits, line breaks. */
  private static String skeleton(String text) {
    return text.replaceAll("[^\"“”,.;:!?()—0-9\\r\\n]", "");
  }
}
