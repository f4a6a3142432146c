package org.garblecheck.eval.corpus;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.garblecheck.model.ArticleReport;
import org.garblecheck.model.Finding;
import org.garblecheck.model.LineMap;
import org.garblecheck.model.SentenceScore;

/**
 * One scored article version with its labels. Lines are the corpus's paragraphs (line 1 is the headline);
 * a sentence belongs to the line it starts on. A sentence of a damaged version is <em>changed</em> when it
 * starts on a changed line and its text does not occur in the clean version of that line (so a sentence
 * left as it was inside an edited paragraph is not counted as damage).
 *
 * @param lineCount how many lines the version has
 * @param sentenceLines per sentence, the 1-based line it starts on
 * @param sentenceChanged per sentence, whether it is changed (always false in a clean version)
 */
public record ScoredVersion(Version version, ArticleReport report, int lineCount, int[] sentenceLines,
    boolean[] sentenceChanged) {

  public ScoredVersion {
    if (sentenceLines.length != report.sentences().size() || sentenceChanged.length != sentenceLines.length) {
      throw new IllegalArgumentException("one label per sentence");
    }
  }

  /** Labels a report against the clean version's lines ({@code cleanLines} is ignored for clean versions). */
  public static ScoredVersion label(Version version, ArticleReport report, List<String> cleanLines) {
    String text = report.article().text();
    LineMap map = new LineMap(text);
    Set<Integer> changedLines = new HashSet<>(version.changedLines());
    List<SentenceScore> sentences = report.sentences();
    int[] lines = new int[sentences.size()];
    boolean[] changed = new boolean[sentences.size()];
    for (int i = 0; i < sentences.size(); i++) {
      var s = sentences.get(i).sentence();
      lines[i] = map.line(s.start());
      if (!version.isClean() && changedLines.contains(lines[i])) {
        String cleanLine = lines[i] <= cleanLines.size() ? cleanLines.get(lines[i] - 1) : "";
        changed[i] = !cleanLine.contains(s.span().of(text));
      }
    }
    return new ScoredVersion(version, report, Lines.of(text).size(), lines, changed);
  }

  /** The same labels on a report of the same text scored with another model. */
  public ScoredVersion withReport(ArticleReport rescored) {
    return new ScoredVersion(version, rescored, lineCount, sentenceLines, sentenceChanged);
  }

  public boolean isLineChanged(int line) {
    return version.changedLines().contains(line);
  }

  /** Per line (index 0 = line 1), the highest damage of a sentence starting on it; 0 for a line without one. */
  public double[] lineDamage() {
    double[] d = new double[lineCount];
    List<SentenceScore> sentences = report.sentences();
    for (int i = 0; i < sentences.size(); i++) {
      int l = sentenceLines[i] - 1;
      if (l < d.length) {
        d[l] = Math.max(d[l], sentences.get(i).damage());
      }
    }
    return d;
  }

  /** Per finding (in report order), the 1-based line of its start. */
  public int[] findingLines() {
    LineMap map = new LineMap(report.article().text());
    List<Finding> f = report.findings();
    int[] out = new int[f.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = map.line(f.get(i).start());
    }
    return out;
  }
}
