package org.garblecheck.input.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.garblecheck.input.ArticleReader;
import org.garblecheck.input.DocumentDecoder;
import org.garblecheck.input.InputException;
import org.garblecheck.input.InputProblem;
import org.garblecheck.model.Article;

/**
 * JSON Feed 1.0 and 1.1 ({@code "version": "https://jsonfeed.org/version/1.1"}). Each entry of
 * {@code items} becomes an article (see {@link FeedItems}): its text is {@code content_html}, else
 * {@code content_text}, else {@code summary}; the date is {@code date_published}, else
 * {@code date_modified}.
 */
public final class JsonFeedReader implements ArticleReader {
  private static final JsonMapper JSON = JsonMapper.builder(
          com.fasterxml.jackson.core.JsonFactory.builder()
              .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build())
              .build())
      .build();

  @Override
  public void readBytes(String source, byte[] bytes, Optional<String> contentType, Consumer<Article> articles,
      Consumer<InputProblem> problems) throws InputException {
    String json = DocumentDecoder.decode(bytes, contentType.flatMap(DocumentDecoder::charsetParameter),
        DocumentDecoder.Kind.JSON);
    read(source, json, articles, problems);
  }

  @Override
  public void read(String source, String json, Consumer<Article> articles, Consumer<InputProblem> problems)
      throws InputException {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new InputException("not valid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new InputException("not a JSON Feed (expected an object with \"version\" and \"items\")");
    }
    JsonNode version = root.get("version");
    if (version == null || !version.isTextual() || !FeedSniffer.isJsonFeedVersion(version.asText())) {
      throw new InputException("not a JSON Feed (no \"version\": \"https://jsonfeed.org/version/1.1\")");
    }
    JsonNode items = root.get("items");
    if (items == null || !items.isArray()) {
      throw new InputException("JSON Feed without an \"items\" array");
    }
    List<FeedItem> out = new ArrayList<>();
    int n = 0;
    for (JsonNode item : items) {
      n++;
      if (!item.isObject()) {
        problems.accept(new InputProblem(source + "#item" + n, "item " + n + " is not a JSON object"));
        continue;
      }
      out.add(new FeedItem(text(item, "id"), text(item, "title"), Optional.of(text(item, "url"))
          .filter(s -> !s.isBlank()), firstNonBlank(text(item, "content_html"), ""),
          firstNonBlank(text(item, "content_text"), text(item, "summary")), date(item)));
    }
    if (out.isEmpty() && n > 0) {
      return;
    }
    FeedItems.emit(source, out, articles, problems);
  }

  private static String text(JsonNode item, String field) {
    JsonNode v = item.get(field);
    return v == null || v.isNull() || v.isContainerNode() ? "" : v.asText();
  }

  private static String firstNonBlank(String a, String b) {
    return a.isBlank() ? b : a;
  }

  private static Optional<Instant> date(JsonNode item) {
    for (String field : new String[] {"date_published", "date_modified"}) {
      String v = text(item, field);
      if (!v.isBlank()) {
        try {
          return Optional.of(OffsetDateTime.parse(v.strip()).toInstant());
        } catch (DateTimeParseException e) {
          // an unreadable date is left out; the item is still read
        }
      }
    }
    return Optional.empty();
  }
}
