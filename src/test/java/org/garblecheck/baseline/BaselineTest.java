package org.garblecheck.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.garblecheck.model.Article;
import org.garblecheck.model.ArticleReport;
import org.garblecheck.model.Category;
import org.garblecheck.model.Finding;
import org.garblecheck.model.Sentence;
import org.garblecheck.model.SentenceScore;
import org.garblecheck.model.Severity;
import org.garblecheck.model.TextSpan;
import org.garblecheck.model.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The baseline file and matching, on hand-made reports (no passes run). */
class BaselineTest {
  private static final String TEXT = "The ferry leaves at  nine.\nIts crew was  expectedd early. The crew was expectedd.";

  private static Sentence sentence(int index, String covered, int from) {
    int at = TEXT.indexOf(covered, from);
    return new Sentence(index, 0, new TextSpan(at, at + covered.length()));
  }

  private static final List<Sentence> SENTENCES = List.of(
      sentence(0, "The ferry leaves at  nine.", 0),
      sentence(1, "Its crew was  expectedd early.", 0),
      sentence(2, "The crew was expectedd.", 0));

  private static Finding finding(String rule, String covered, int from) {
    int at = TEXT.indexOf(covered, from);
    return new Finding(rule, Category.SPELLING, Severity.WARNING, new TextSpan(at, at + covered.length()), "m",
        List.of(), 0.5, 0.3);
  }

  private static ArticleReport report(String source, String text, List<Sentence> sentences, List<Finding> findings) {
    List<SentenceScore> scores = sentences.stream().map(s -> new SentenceScore(s, 0, 0, 0)).toList();
    return new ArticleReport(new Article(source, "id", "", text, Optional.empty()), List.of(), scores, findings, 50,
        Verdict.SUSPECT);
  }

  @Test
  void keysCollapseSpaceAndCaseOfTheSentenceButKeepTheCoveredText() {
    Finding f = finding("GC_UNKNOWN_WORD", "expectedd", 0);
    assertEquals(new BaselineKey("GC_UNKNOWN_WORD", "its crew was expectedd early.", "expectedd"),
        BaselineKey.of(TEXT, SENTENCES, f));
    Finding space = finding("DOUBLE_SPACE", "  ", 0);
    assertEquals(new BaselineKey("DOUBLE_SPACE", "the ferry leaves at nine.", ""), BaselineKey.of(TEXT, SENTENCES, space));
  }

  @Test
  void aFindingOutsideEverySentenceIsKeyedByItsLine() {
    String text = "A short story.\nSource link";
    List<Sentence> one = List.of(new Sentence(0, 0, new TextSpan(0, 14)));
    Finding f = new Finding("RESIDUE_SOURCE_LINK", Category.RESIDUE, Severity.WARNING, new TextSpan(15, 26), "m",
        List.of(), 0, 0);
    assertEquals(new BaselineKey("RESIDUE_SOURCE_LINK", "source link", "Source link"), BaselineKey.of(text, one, f));
  }

  @Test
  void writesSortedDeterministicJson() throws IOException {
    Finding a = finding("GC_UNKNOWN_WORD", "expectedd", 0);
    Finding b = finding("GC_UNKNOWN_WORD", "expectedd", TEXT.indexOf("The crew"));
    Finding c = finding("A_RULE", "ferry", 0);
    Baseline one = Baseline.recorder()
        .add(report("./feeds/b.txt", TEXT, SENTENCES, List.of(a, b, c)))
        .add(report("feeds/a.txt", TEXT, SENTENCES, List.of(a, a)))
        .build();
    Baseline other = Baseline.recorder()
        .add(report("feeds/a.txt", TEXT, SENTENCES, List.of(a, a)))
        .add(report("feeds/b.txt", TEXT, SENTENCES, List.of(c, b, a)))
        .build();
    String json = write(one);
    assertEquals(json, write(other));
    assertEquals("""
        {
          "schemaVersion": 1,
          "generator": "garblecheck",
          "articles": [
            {
              "source": "feeds/a.txt",
              "findings": [
                {
                  "rule": "GC_UNKNOWN_WORD",
                  "sentence": "its crew was expectedd early.",
                  "text": "expectedd",
                  "count": 2
                }
              ]
            },
            {
              "source": "feeds/b.txt",
              "findings": [
                {
                  "rule": "A_RULE",
                  "sentence": "the ferry leaves at nine.",
                  "text": "ferry",
                  "count": 1
                },
                {
                  "rule": "GC_UNKNOWN_WORD",
                  "sentence": "its crew was expectedd early.",
                  "text": "expectedd",
                  "count": 1
                },
                {
                  "rule": "GC_UNKNOWN_WORD",
                  "sentence": "the crew was expectedd.",
                  "text": "expectedd",
                  "count": 1
                }
              ]
            }
          ]
        }
        """, json);
    Baseline back = Baseline.read(new StringReader(json), "b.json");
    assertEquals(one.articles(), back.articles());
    assertEquals(json, write(back));
    assertEquals(5, back.findingCount());
    assertEquals(2, back.articleCount());
  }

  @Test
  void matchingCountsFindingsSoAnExtraIdenticalOneIsNew() {
    Finding a = finding("GC_UNKNOWN_WORD", "expectedd", 0);
    Baseline base = Baseline.recorder().add(report("s.txt", TEXT, SENTENCES, List.of(a))).build();
    assertEquals(List.of(), base.newFindings("s.txt", TEXT, SENTENCES, List.of(a)));
    assertEquals(List.of(a), base.newFindings("s.txt", TEXT, SENTENCES, List.of(a, a)).subList(0, 1));
    assertEquals(1, base.newFindings("s.txt", TEXT, SENTENCES, List.of(a, a)).size());
    assertEquals(List.of(a), base.newFindings("other.txt", TEXT, SENTENCES, List.of(a)),
        "findings of another article are not known");
    Finding b = finding("GC_UNKNOWN_WORD", "expectedd", TEXT.indexOf("The crew"));
    assertEquals(List.of(b), base.newFindings("s.txt", TEXT, SENTENCES, List.of(a, b)),
        "the same word in another sentence is new");
  }

  @Test
  void unreadableBaselinesAreOneLineErrors(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("b.json");
    assertEquals(f + ": no such file (create one with --write-baseline)",
        assertThrows(BaselineException.class, () -> Baseline.read(f)).getMessage());
    Files.writeString(f, "{\"articles\": []}");
    assertEquals(f + ": not a garblecheck baseline (no schemaVersion)",
        assertThrows(BaselineException.class, () -> Baseline.read(f)).getMessage());
    Files.writeString(f, "{\"schemaVersion\": 7, \"articles\": []}");
    assertTrue(assertThrows(BaselineException.class, () -> Baseline.read(f)).getMessage()
        .startsWith(f + ": baseline schemaVersion 7 is not supported"));
    Files.writeString(f, "{\"schemaVersion\": 1,\n \"articles\": [\n");
    String msg = assertThrows(BaselineException.class, () -> Baseline.read(f)).getMessage();
    assertTrue(msg.startsWith(f + ":3: not a garblecheck baseline (bad JSON: "), msg);
    Files.writeString(f, "{\"schemaVersion\": 1, \"articles\": [{\"source\": \"a\", \"findings\": [{\"rule\": \"R\","
        + " \"sentence\": \"s\", \"text\": \"t\", \"count\": 0}]}]}");
    assertEquals(f + ": not a garblecheck baseline (article a: 'count' must be a whole number of at least 1)",
        assertThrows(BaselineException.class, () -> Baseline.read(f)).getMessage());
    Files.writeString(f, "{\"schemaVersion\": 1, \"articles\": []}");
    assertEquals(Map.of(), Baseline.read(f).articles());
  }

  private static String write(Baseline b) throws IOException {
    StringWriter w = new StringWriter();
    b.write(w);
    return w.toString();
  }
}
