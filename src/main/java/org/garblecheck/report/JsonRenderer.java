package org.garblecheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.Writer;
import org.garblecheck.model.ArticleReport;

/** {@code --format json}: one document {@code {"schemaVersion": 1, "articles": [...]}}, streamed. */
public final class JsonRenderer implements Renderer {
  public static final String NAME = "json";
  private final Writer out;
  private JsonGenerator gen;

  public JsonRenderer(Writer out) {
    this.out = out;
  }

  @Override
  public void start() throws IOException {
    gen = ArticleJson.MAPPER.getFactory().createGenerator(out);
    gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    gen.setPrettyPrinter(new DefaultPrettyPrinter());
    gen.writeStartObject();
    gen.writeNumberField("schemaVersion", ArticleJson.SCHEMA_VERSION);
    gen.writeArrayFieldStart("articles");
  }

  @Override
  public void article(ArticleReport report) throws IOException {
    ArticleJson.MAPPER.writeTree(gen, ArticleJson.of(report));
  }

  @Override
  public void end() throws IOException {
    gen.writeEndArray();
    gen.writeEndObject();
    gen.flush();
    out.write("\n");
    out.flush();
  }
}
