package org.garblecheck.segment;

import java.util.List;
import org.garblecheck.model.Paragraph;
import org.garblecheck.model.Sentence;

/** Paragraphs and sentences of one text, every span pointing into that text. */
public record Segmentation(List<Paragraph> paragraphs, List<Sentence> sentences) {
  public Segmentation {
    paragraphs = List.copyOf(paragraphs);
    sentences = List.copyOf(sentences);
  }
}
