package org.garblecheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.garblecheck.model.ArticleReport;
import org.garblecheck.model.Category;
import org.garblecheck.model.Finding;
import org.garblecheck.model.LineMap;
import org.garblecheck.model.Severity;
import org.garblecheck.model.Verdict;

/**
 * {@code --format sarif}: SARIF 2.1.0 for code-scanning tools. One run; {@code tool.driver.rules} lists our
 * rule definitions and every other rule id (LanguageTool's) that shows up; each finding is a result with
 * line/column (UTF-16 code units) and character offsets, and a stable {@code partialFingerprints} entry
 * ({@link Fingerprints}). Results are streamed, so the run's {@code results} come before its {@code tool}
 * (JSON objects are unordered); per-article scores go in the run's property bag.
 *
 * <p>For an item of a multi-article file ({@code feed.jsonl#id}) the location names the file and the item
 * (as a logical location) but no region, because the offsets point into the item's text, not the file.
 */
public final class SarifRenderer implements Renderer {
  public static final String NAME = "sarif";
  public static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
  public static final String INFORMATION_URI = "https://github.com/garblecheck/garblecheck";
  static final String FINGERPRINT_KEY = "garblecheck/v1";

  private record SeenRule(String id, Category category, Severity severity, String firstMessage) {}

  private record Summary(String source, String id, String title, double score, Verdict verdict, int findings) {}

  private final Writer out;
  private final RenderOptions options;
  private final Map<String, Integer> ruleIndex = new LinkedHashMap<>();
  private final List<SeenRule> extraRules = new ArrayList<>();
  private final List<Summary> summaries = new ArrayList<>();
  private JsonGenerator gen;

  public SarifRenderer(Writer out, RenderOptions options) {
    this.out = out;
    this.options = options;
    for (RuleMetadata.RuleInfo r : options.rules().known()) {
      ruleIndex.put(r.id(), ruleIndex.size());
    }
  }

  @Override
  public void start() throws IOException {
    gen = ArticleJson.MAPPER.getFactory().createGenerator(out);
    gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    gen.setPrettyPrinter(new DefaultPrettyPrinter());
    gen.writeStartObject();
    gen.writeStringField("$schema", SCHEMA);
    gen.writeStringField("version", "2.1.0");
    gen.writeArrayFieldStart("runs");
    gen.writeStartObject();
    gen.writeStringField("columnKind", "utf16CodeUnits");
    gen.writeArrayFieldStart("results");
  }

  @Override
  public void article(ArticleReport r) throws IOException {
    String text = r.article().text();
    LineMap lines = r.article().lines();
    SourceRef src = SourceRef.of(r.article());
    List<String> prints = Fingerprints.of(r);
    List<RankedFinding> ranked = RankedFinding.of(r);
    for (RankedFinding rf : ranked) {
      Finding f = rf.finding();
      int index = indexOf(f);
      gen.writeStartObject();
      gen.writeStringField("ruleId", f.ruleId());
      gen.writeNumberField("ruleIndex", index);
      gen.writeStringField("level", level(f.severity()));
      gen.writeObjectFieldStart("message");
      gen.writeStringField("text", messageText(f, text));
      gen.writeEndObject();
      gen.writeArrayFieldStart("locations");
      gen.writeStartObject();
      gen.writeObjectFieldStart("physicalLocation");
      gen.writeObjectFieldStart("artifactLocation");
      gen.writeStringField("uri", src.uri());
      gen.writeEndObject();
      if (src.linesAreFileLines()) {
        gen.writeObjectFieldStart("region");
        gen.writeNumberField("startLine", lines.line(f.start()));
        gen.writeNumberField("startColumn", lines.column(f.start()));
        gen.writeNumberField("endLine", lines.line(f.end()));
        gen.writeNumberField("endColumn", lines.column(f.end()));
        // in the artifact: for an HTML page, the page's source, not the extracted text
        gen.writeNumberField("charOffset", lines.offset(f.start()));
        gen.writeNumberField("charLength", Math.max(0, lines.offset(f.end()) - lines.offset(f.start())));
        gen.writeObjectFieldStart("snippet");
        gen.writeStringField("text", f.span().of(text));
        gen.writeEndObject();
        gen.writeEndObject();
      }
      gen.writeEndObject();
      if (src.item().isPresent()) {
        gen.writeArrayFieldStart("logicalLocations");
        gen.writeStartObject();
        gen.writeStringField("name", src.item().get());
        gen.writeStringField("fullyQualifiedName", r.article().source());
        gen.writeStringField("kind", "article");
        gen.writeEndObject();
        gen.writeEndArray();
      }
      gen.writeEndObject();
      gen.writeEndArray();
      gen.writeObjectFieldStart("partialFingerprints");
      gen.writeStringField(FINGERPRINT_KEY, prints.get(rf.order()));
      gen.writeEndObject();
      gen.writeObjectFieldStart("properties");
      gen.writeStringField("category", f.category().id());
      gen.writeStringField("article", r.article().source());
      gen.writeNumberField("sentenceDamage", Numbers.round(rf.damage(), 4));
      if (src.item().isPresent()) {
        gen.writeStringField("text", f.span().of(text));
      }
      gen.writeEndObject();
      gen.writeEndObject();
    }
    gen.flush();
    summaries.add(new Summary(r.article().source(), r.article().id(), r.article().title(), r.score(), r.verdict(),
        r.findings().size()));
  }

  private int indexOf(Finding f) {
    Integer i = ruleIndex.get(f.ruleId());
    if (i == null) {
      i = ruleIndex.size();
      ruleIndex.put(f.ruleId(), i);
      extraRules.add(new SeenRule(f.ruleId(), f.category(), f.severity(), f.message()));
    }
    return i;
  }

  private static String messageText(Finding f, String text) {
    StringBuilder b = new StringBuilder(f.message().strip());
    b.append(" [\u201c").append(Texts.excerpt(f.span().of(text), 80)).append("\u201d");
    String sugg = Texts.suggestion(f);
    if (!sugg.isEmpty()) {
      b.append(" \u2192 \u201c").append(sugg).append("\u201d");
    }
    return b.append(']').toString();
  }

  @Override
  public void end() throws IOException {
    gen.writeEndArray();
    gen.writeObjectFieldStart("tool");
    gen.writeObjectFieldStart("driver");
    gen.writeStringField("name", "garblecheck");
    gen.writeStringField("version", options.toolVersion());
    gen.writeStringField("informationUri", INFORMATION_URI);
    gen.writeArrayFieldStart("rules");
    for (RuleMetadata.RuleInfo r : options.rules().known()) {
      rule(r.id(), r.category(), r.severity(), r.description(), r.help());
    }
    for (SeenRule r : extraRules) {
      Optional<String> d = options.rules().describeExternal(r.id());
      String description = d.orElse("LanguageTool rule " + r.id() + " (" + r.category().id() + ")");
      rule(r.id(), r.category(), r.severity(), description,
          description + ". Example message: " + r.firstMessage().strip());
    }
    gen.writeEndArray();
    gen.writeEndObject();
    gen.writeEndObject();
    gen.writeObjectFieldStart("properties");
    gen.writeArrayFieldStart("articles");
    for (Summary s : summaries) {
      gen.writeStartObject();
      gen.writeStringField("source", s.source());
      gen.writeStringField("id", s.id());
      gen.writeStringField("title", s.title());
      gen.writeNumberField("score", Numbers.round(s.score(), 1));
      gen.writeStringField("verdict", s.verdict().id());
      gen.writeNumberField("findingCount", s.findings());
      gen.writeEndObject();
    }
    gen.writeEndArray();
    gen.writeEndObject();
    gen.writeEndObject();
    gen.writeEndArray();
    gen.writeEndObject();
    gen.flush();
    out.write("\n");
    out.flush();
  }

  private void rule(String id, Category category, Severity severity, String description, String help)
      throws IOException {
    gen.writeStartObject();
    gen.writeStringField("id", id);
    gen.writeObjectFieldStart("shortDescription");
    gen.writeStringField("text", description.strip());
    gen.writeEndObject();
    gen.writeObjectFieldStart("help");
    gen.writeStringField("text", help.strip());
    gen.writeEndObject();
    gen.writeObjectFieldStart("defaultConfiguration");
    gen.writeStringField("level", level(severity));
    gen.writeEndObject();
    gen.writeObjectFieldStart("properties");
    gen.writeStringField("category", category.id());
    gen.writeArrayFieldStart("tags");
    gen.writeString(category.id());
    gen.writeEndArray();
    gen.writeEndObject();
    gen.writeEndObject();
  }

  static String level(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }
}
