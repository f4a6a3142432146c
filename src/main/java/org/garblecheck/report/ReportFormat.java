package org.garblecheck.report;

import java.io.Writer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The output formats by name, and the renderer each makes. */
public enum ReportFormat {
  TEXT(TextRenderer.NAME, "txt"),
  JSON(JsonRenderer.NAME, "json"),
  JSONL(JsonlRenderer.NAME, "jsonl"),
  HTML(HtmlRenderer.NAME, "html"),
  SARIF(SarifRenderer.NAME, "sarif"),
  JUNIT(JunitRenderer.NAME, "xml"),
  GITHUB(GithubRenderer.NAME, "txt"),
  MARKDOWN(MarkdownRenderer.NAME, "md"),
  CSV(CsvRenderer.NAME, "csv");

  private final String id;
  private final String extension;

  ReportFormat(String id, String extension) {
    this.id = id;
    this.extension = extension;
  }

  public String id() {
    return id;
  }

  public String fileExtension() {
    return extension;
  }

  public Renderer create(Writer out, boolean color) {
    return create(out, RenderOptions.defaults().withColor(color));
  }

  public Renderer create(Writer out, RenderOptions options) {
    return switch (this) {
      case TEXT -> new TextRenderer(out, options.color());
      case JSON -> new JsonRenderer(out);
      case JSONL -> new JsonlRenderer(out);
      case HTML -> new HtmlRenderer(out, options);
      case SARIF -> new SarifRenderer(out, options);
      case JUNIT -> new JunitRenderer(out, options);
      case GITHUB -> new GithubRenderer(out, options);
      case MARKDOWN -> new MarkdownRenderer(out, options);
      case CSV -> new CsvRenderer(out);
    };
  }

  public static Optional<ReportFormat> parse(String name) {
    String k = name.toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f.id.equals(k)).findFirst();
  }

  public static String names() {
    return Arrays.stream(values()).map(ReportFormat::id).collect(Collectors.joining(", "));
  }
}
