package org.garblecheck.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.garblecheck.model.Sentence;
import org.garblecheck.model.TextSpan;
import org.junit.jupiter.api.Test;
import org.languagetool.Languages;

class SegmenterTest {
  private final Segmenter segmenter =
      new Segmenter(Languages.getLanguageForShortCode("en-US").getSentenceTokenizer());

  @Test
  void oneParagraphPerLineWhenThereAreNoBlankLines() {
    String text = "Headline here\nDr. Smith arrived at 9 a.m. on Monday. She left early.\nLast line.\n";
    Segmentation s = segmenter.segment(text);
    assertEquals(3, s.paragraphs().size());
    List<String> sentences = s.sentences().stream().map(x -> x.span().of(text)).toList();
    assertEquals(List.of("Headline here", "Dr. Smith arrived at 9 a.m. on Monday.", "She left early.", "Last line."),
        sentences);
    assertEquals(List.of(0, 1, 1, 2), s.sentences().stream().map(Sentence::paragraph).toList());
  }

  @Test
  void blankLinesSeparateParagraphsOfWrappedText() {
    String text = "  First paragraph runs\nover two lines.\n\n\nSecond one.  \n";
    Segmentation s = segmenter.segment(text);
    assertEquals(List.of(new TextSpan(2, 38), new TextSpan(41, 52)),
        s.paragraphs().stream().map(p -> p.span()).toList());
    assertEquals("First paragraph runs\nover two lines.", s.sentences().get(0).span().of(text));
  }

  @Test
  void spansPointIntoTheOriginalText() {
    String text = "“We won,” she said. Fans cheered!  Then rain.";
    for (Sentence s : segmenter.segment(text).sentences()) {
      String t = s.span().of(text);
      assertEquals(t.strip(), t);
    }
    assertEquals(3, segmenter.segment(text).sentences().size());
  }
}
