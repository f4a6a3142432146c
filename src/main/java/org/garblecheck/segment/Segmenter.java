package org.garblecheck.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.garblecheck.model.Paragraph;
import org.garblecheck.model.Sentence;
import org.garblecheck.model.TextSpan;
import org.languagetool.tokenizers.SentenceTokenizer;

/**
 * Splits text into paragraphs and sentences. Paragraphs are separated by blank lines; text without any
 * blank line (one paragraph per line, as feeds and our corpus write it) has one paragraph per line.
 * Sentences come from LanguageTool's SRX sentence splitter run on each paragraph. Not thread-safe: one
 * per worker, like the {@code JLanguageTool} it takes its splitter from.
 */
public final class Segmenter {
  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\x0B\\f\\r]*\\n");
  private final SentenceTokenizer sentences;

  public Segmenter(SentenceTokenizer sentences) {
    this.sentences = sentences;
  }

  public Segmentation segment(String text) {
    List<TextSpan> blocks = paragraphs(text);
    List<Paragraph> paragraphs = new ArrayList<>();
    List<Sentence> out = new ArrayList<>();
    for (TextSpan block : blocks) {
      int p = paragraphs.size();
      paragraphs.add(new Paragraph(p, block));
      String body = block.of(text);
      int offset = block.start();
      for (String piece : sentences.tokenize(body)) {
        TextSpan trimmed = trim(text, offset, offset + piece.length());
        offset += piece.length();
        if (trimmed != null) {
          out.add(new Sentence(out.size(), p, trimmed));
        }
      }
    }
    return new Segmentation(paragraphs, out);
  }

  static List<TextSpan> paragraphs(String text) {
    List<TextSpan> raw = new ArrayList<>();
    boolean blankSeparated = BLANK_LINE.matcher(text).find();
    Pattern separator = blankSeparated ? BLANK_LINE : Pattern.compile("\\n");
    Matcher m = separator.matcher(text);
    int from = 0;
    while (m.find()) {
      addTrimmed(text, from, m.start(), raw);
      from = m.end();
    }
    addTrimmed(text, from, text.length(), raw);
    return raw;
  }

  private static void addTrimmed(String text, int from, int to, List<TextSpan> out) {
    TextSpan t = trim(text, from, to);
    if (t != null) {
      out.add(t);
    }
  }

  private static TextSpan trim(String text, int from, int to) {
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    return from < to ? new TextSpan(from, to) : null;
  }
}
