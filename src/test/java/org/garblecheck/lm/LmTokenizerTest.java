package org.garblecheck.lm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LmTokenizerTest {
  @Test
  void lowerCasesMapsNumbersAndKeepsOffsets() {
    String s = "In 2019, Ángela's firm paid 3.5 million — “twice” as much.";
    List<LmTokenizer.Token> t = LmTokenizer.tokenize(s);
    assertEquals(List.of("in", "<num>", "ángela's", "firm", "paid", "<num>", "million", "twice", "as", "much"),
        t.stream().map(LmTokenizer.Token::term).toList());
    assertEquals("Ángela's", s.substring(t.get(2).start(), t.get(2).end()));
    assertEquals("3.5", s.substring(t.get(5).start(), t.get(5).end()));
    assertEquals(List.of(true, false, true, false, false, false, false, false, false, false),
        t.stream().map(LmTokenizer.Token::capitalised).toList());
  }
}
