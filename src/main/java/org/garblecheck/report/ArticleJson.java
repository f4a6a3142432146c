package org.garblecheck.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.garblecheck.model.ArticleReport;
import org.garblecheck.model.Category;
import org.garblecheck.model.Finding;
import org.garblecheck.model.LineMap;
import org.garblecheck.model.SentenceScore;

/**
 * The JSON form of one article report (schema version 1, documented in {@code docs/json-schema.md}),
 * shared by the {@code json} and {@code jsonl} renderers. Fields are only ever added, never renamed.
 */
public final class ArticleJson {
  public static final int SCHEMA_VERSION = 1;
  static final ObjectMapper MAPPER = new ObjectMapper();

  private ArticleJson() {}

  public static ObjectNode of(ArticleReport r) {
    String text = r.article().text();
    LineMap lines = r.article().lines();
    ObjectNode a = MAPPER.createObjectNode();
    a.put("source", r.article().source());
    a.put("id", r.article().id());
    a.put("title", r.article().title());
    r.article().url().ifPresent(u -> a.put("url", u));
    r.article().published().ifPresent(t -> a.put("published", t.toString()));
    a.put("score", Numbers.round(r.score(), 1));
    a.put("verdict", r.verdict().id());
    a.put("sentenceCount", r.sentences().size());
    a.put("findingCount", r.findings().size());
    ObjectNode counts = a.putObject("counts");
    for (Category c : Category.values()) {
      counts.put(c.id(), r.countOf(c));
    }
    ArrayNode sentences = a.putArray("sentences");
    for (SentenceScore s : r.sentences()) {
      ObjectNode o = sentences.addObject();
      o.put("index", s.sentence().index());
      o.put("paragraph", s.sentence().paragraph());
      o.put("start", s.sentence().start());
      o.put("end", s.sentence().end());
      o.put("line", lines.line(s.sentence().start()));
      o.put("text", s.sentence().span().of(text));
      o.put("damage", Numbers.round(s.damage(), 4));
      o.put("mt", Numbers.round(s.mt(), 4));
      o.put("spin", Numbers.round(s.spin(), 4));
    }
    ArrayNode findings = a.putArray("findings");
    for (Finding f : r.findings()) {
      ObjectNode o = findings.addObject();
      o.put("rule", f.ruleId());
      o.put("category", f.category().id());
      o.put("severity", f.severity().id());
      o.put("start", f.start());
      o.put("end", f.end());
      o.put("line", lines.line(f.start()));
      o.put("column", lines.column(f.start()));
      o.put("text", f.span().of(text));
      o.put("message", f.message());
      ArrayNode sugg = o.putArray("suggestions");
      f.suggestions().forEach(sugg::add);
      o.put("mt", Numbers.round(f.mt(), 4));
      o.put("spin", Numbers.round(f.spin(), 4));
    }
    return a;
  }
}
