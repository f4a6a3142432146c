package org.garblecheck.report;

import java.io.IOException;
import java.io.Writer;
import org.garblecheck.model.ArticleReport;

/** {@code --format jsonl}: one article object per line, each with {@code schemaVersion}. */
public final class JsonlRenderer implements Renderer {
  public static final String NAME = "jsonl";
  private final Writer out;

  public JsonlRenderer(Writer out) {
    this.out = out;
  }

  @Override
  public void start() {}

  @Override
  public void article(ArticleReport report) throws IOException {
    var node = ArticleJson.of(report);
    var withVersion = ArticleJson.MAPPER.createObjectNode().put("schemaVersion", ArticleJson.SCHEMA_VERSION);
    withVersion.setAll(node);
    out.write(ArticleJson.MAPPER.writeValueAsString(withVersion));
    out.write("\n");
    out.flush();
  }

  @Override
  public void end() throws IOException {
    out.flush();
  }
}
