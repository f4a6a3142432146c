package org.garblecheck.baseline;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.garblecheck.config.SourcePaths;
import org.garblecheck.model.ArticleReport;
import org.garblecheck.model.Finding;
import org.garblecheck.model.Sentence;
import org.garblecheck.model.SentenceScore;

/**
 * The findings a site has already seen, so that CI reports only new damage. For each article (by its
 * normalised source path) it counts findings by {@link BaselineKey} – rule, sentence text and covered
 * text, never offsets – so text that moves still matches, while a second identical finding beyond the
 * recorded count is new.
 *
 * <p>The file is JSON with a {@code schemaVersion}, articles sorted by source and findings sorted by key,
 * written byte for byte the same for the same findings (so it diffs well under version control).
 * Immutable and thread-safe.
 */
public final class Baseline {
  public static final int SCHEMA_VERSION = 1;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, Map<BaselineKey, Integer>> articles;

  private Baseline(Map<String, Map<BaselineKey, Integer>> articles) {
    Map<String, Map<BaselineKey, Integer>> copy = new TreeMap<>();
    articles.forEach((source, counts) -> {
      if (!counts.isEmpty()) {
        copy.put(source, Collections.unmodifiableMap(new TreeMap<>(counts)));
      }
    });
    this.articles = Collections.unmodifiableMap(copy);
  }

  public static Baseline empty() {
    return new Baseline(Map.of());
  }

  /** Starts recording findings for a new baseline. Not thread-safe: feed it from one thread. */
  public static Recorder recorder() {
    return new Recorder();
  }

  /** Reads a baseline file; a missing, unreadable or malformed file is a {@link BaselineException}. */
  public static Baseline read(Path file) {
    String where = file.toString();
    try (Reader r = Files.newBufferedReader(file)) {
      return read(r, where);
    } catch (NoSuchFileException e) {
      throw new BaselineException(where + ": no such file (create one with --write-baseline)");
    } catch (CharacterCodingException e) {
      throw new BaselineException(where + ": not UTF-8 text");
    } catch (IOException e) {
      throw new BaselineException(where + ": cannot read: " + e.getMessage());
    }
  }

  static Baseline read(Reader in, String where) throws IOException {
    JsonNode root;
    try {
      root = JSON.readTree(in);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() != null ? e.getLocation().getLineNr() : 0;
      throw new BaselineException(where + (line > 0 ? ":" + line : "") + ": not a garblecheck baseline (bad JSON: "
          + e.getOriginalMessage().lines().findFirst().orElse("") + ")");
    }
    if (root == null || !root.isObject() || !root.has("schemaVersion")) {
      throw new BaselineException(where + ": not a garblecheck baseline (no schemaVersion)");
    }
    JsonNode version = root.get("schemaVersion");
    if (!version.isInt() || version.intValue() != SCHEMA_VERSION) {
      throw new BaselineException(where + ": baseline schemaVersion " + version + " is not supported (this"
          + " garblecheck reads " + SCHEMA_VERSION + "); write a new one with --write-baseline");
    }
    Map<String, Map<BaselineKey, Integer>> articles = new HashMap<>();
    JsonNode list = root.path("articles");
    if (!list.isArray()) {
      throw bad(where, "'articles' must be a list");
    }
    for (JsonNode a : list) {
      String source = text(a, "source", where);
      JsonNode findings = a.path("findings");
      if (!findings.isArray()) {
        throw bad(where, "article " + source + ": 'findings' must be a list");
      }
      Map<BaselineKey, Integer> counts = articles.computeIfAbsent(SourcePaths.normalise(source), k -> new HashMap<>());
      for (JsonNode f : findings) {
        BaselineKey key = new BaselineKey(text(f, "rule", where), text(f, "sentence", where), text(f, "text", where));
        JsonNode count = f.path("count");
        if (!count.canConvertToInt() || !count.isIntegralNumber() || count.intValue() < 1) {
          throw bad(where, "article " + source + ": 'count' must be a whole number of at least 1");
        }
        counts.merge(key, count.intValue(), Integer::sum);
      }
    }
    return new Baseline(articles);
  }

  private static String text(JsonNode n, String key, String where) {
    JsonNode v = n.get(key);
    if (v == null || !v.isTextual()) {
      throw bad(where, "an entry has no text '" + key + "'");
    }
    return v.textValue();
  }

  private static BaselineException bad(String where, String message) {
    return new BaselineException(where + ": not a garblecheck baseline (" + message + ")");
  }

  /** Writes the baseline as JSON: sorted, two-space indented, {@code \n} line ends, a final newline. */
  public void write(Writer out) throws IOException {
    DefaultIndenter indent = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(indent)
        .withArrayIndenter(indent);
    try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setPrettyPrinter(pretty);
      g.writeStartObject();
      g.writeNumberField("schemaVersion", SCHEMA_VERSION);
      g.writeStringField("generator", "garblecheck");
      g.writeArrayFieldStart("articles");
      for (var a : articles.entrySet()) {
        g.writeStartObject();
        g.writeStringField("source", a.getKey());
        g.writeArrayFieldStart("findings");
        for (var f : a.getValue().entrySet()) {
          g.writeStartObject();
          g.writeStringField("rule", f.getKey().rule());
          g.writeStringField("sentence", f.getKey().sentence());
          g.writeStringField("text", f.getKey().text());
          g.writeNumberField("count", f.getValue());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write("\n");
    out.flush();
  }

  /**
   * The findings of an article that the baseline does not account for, in the order given. Findings are
   * matched in that order, so with a count of one the first of two identical findings is the known one.
   */
  public List<Finding> newFindings(String source, String text, List<Sentence> sentences, List<Finding> findings) {
    Map<BaselineKey, Integer> known = articles.get(SourcePaths.normalise(source));
    if (known == null || findings.isEmpty()) {
      return findings;
    }
    Map<BaselineKey, Integer> left = new HashMap<>(known);
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      BaselineKey key = BaselineKey.of(text, sentences, f);
      Integer n = left.get(key);
      if (n != null && n > 0) {
        left.put(key, n - 1);
      } else {
        out.add(f);
      }
    }
    return out;
  }

  /** Recorded findings per normalised source, sorted. */
  public Map<String, Map<BaselineKey, Integer>> articles() {
    return articles;
  }

  public int articleCount() {
    return articles.size();
  }

  public int findingCount() {
    return articles.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
  }

  /** Collects the findings of scored articles into a {@link Baseline}. */
  public static final class Recorder {
    private final Map<String, Map<BaselineKey, Integer>> articles = new HashMap<>();

    private Recorder() {}

    public Recorder add(ArticleReport report) {
      List<Sentence> sentences = report.sentences().stream().map(SentenceScore::sentence).toList();
      Map<BaselineKey, Integer> counts =
          articles.computeIfAbsent(SourcePaths.normalise(report.article().source()), k -> new HashMap<>());
      // the weak evidence too: a baselined article must not keep failing a gate on what no one was shown
      for (Finding f : report.allFindings()) {
        counts.merge(BaselineKey.of(report.article().text(), sentences, f), 1, Integer::sum);
      }
      return this;
    }

    public Baseline build() {
      return new Baseline(articles);
    }
  }
}
