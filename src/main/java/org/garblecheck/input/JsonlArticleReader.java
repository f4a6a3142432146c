package org.garblecheck.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.garblecheck.model.Article;

/**
 * JSON Lines: one article per line, an object with {@code id}, {@code title}, {@code text} and optional
 * {@code url}. A bad line is reported with its line number and the other lines are still read.
 */
public final class JsonlArticleReader implements ArticleReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public void read(String source, String text, Consumer<Article> articles, Consumer<InputProblem> problems) {
    Set<String> seen = new HashSet<>();
    int lineNo = 0;
    for (String line : (Iterable<String>) text.lines()::iterator) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      String where = source + ":" + lineNo;
      JsonNode node;
      try {
        node = JSON.readTree(line);
      } catch (JsonProcessingException e) {
        problems.accept(new InputProblem(where, "not valid JSON: " + e.getOriginalMessage()));
        continue;
      }
      if (node == null || !node.isObject()) {
        problems.accept(new InputProblem(where, "expected a JSON object with id, title and text"));
        continue;
      }
      JsonNode body = node.get("text");
      if (body == null || !body.isTextual() || body.asText().isBlank()) {
        problems.accept(new InputProblem(where, "missing or empty \"text\""));
        continue;
      }
      String id = node.hasNonNull("id") ? node.get("id").asText() : "line" + lineNo;
      if (!seen.add(id)) {
        String unique = id + "~" + lineNo;
        problems.accept(new InputProblem(where, "duplicate id \"" + id + "\"; scored as \"" + unique + "\""));
        id = unique;
      }
      String title = node.hasNonNull("title") ? node.get("title").asText() : "";
      Optional<String> url = node.hasNonNull("url") ? Optional.of(node.get("url").asText()) : Optional.empty();
      articles.accept(new Article(source + "#" + id, id, title, body.asText(), url));
    }
  }
}
