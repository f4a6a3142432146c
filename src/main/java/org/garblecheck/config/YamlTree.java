package org.garblecheck.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A YAML document read with Jackson's streaming parser so that every key and value keeps its line number:
 * a configuration error can then say where it is. Only what a configuration file needs: mappings with
 * string keys, sequences and scalars. Duplicate keys are errors (YAML says they are, most parsers let the
 * last one win silently).
 */
final class YamlTree {
  private static final YAMLFactory FACTORY = new YAMLFactory();

  private YamlTree() {}

  /** A node of the document; {@code line} is 1-based. */
  sealed interface Node permits Mapping, Sequence, Scalar {
    int line();
  }

  /** A key of a mapping, its line, and its value. */
  record Entry(String key, int line, Node value) {}

  record Mapping(int line, Map<String, Entry> entries) implements Node {
    Mapping {
      entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }
  }

  record Sequence(int line, List<Node> items) implements Node {
    Sequence {
      items = List.copyOf(items);
    }
  }

  /**
   * A scalar as YAML typed it ({@code token}: string, number, boolean or null) and as it was written
   * ({@code text}), so that a name like {@code No} that YAML 1.1 reads as a boolean can still be used as text.
   */
  record Scalar(int line, JsonToken token, String text) implements Node {
    boolean isNumber() {
      return token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT;
    }

    boolean isBoolean() {
      return token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE;
    }

    boolean isNull() {
      return token == JsonToken.VALUE_NULL;
    }
  }

  /** Reads one YAML document; an empty document is an empty mapping. */
  static Node read(String yaml, String where) {
    try (JsonParser p = FACTORY.createParser(yaml)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        return new Mapping(1, Map.of());
      }
      Node root = value(p, where);
      if (p.nextToken() != null) {
        throw new ConfigException(where, p.currentTokenLocation().getLineNr(),
            "only one YAML document is allowed (remove the second '---')");
      }
      return root;
    } catch (JsonProcessingException e) {
      int line = e.getLocation() != null ? Math.max(1, e.getLocation().getLineNr()) : 1;
      throw new ConfigException(where, line, "not valid YAML: " + oneLine(e.getOriginalMessage()));
    } catch (IOException e) {
      throw new ConfigException(where + ": cannot read: " + e.getMessage());
    }
  }

  private static Node value(JsonParser p, String where) throws IOException {
    int line = p.currentTokenLocation().getLineNr();
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      Map<String, Entry> entries = new LinkedHashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        int keyLine = p.currentTokenLocation().getLineNr();
        if (entries.containsKey(key)) {
          throw new ConfigException(where, keyLine, "duplicate key '" + key + "' (first on line "
              + entries.get(key).line() + ")");
        }
        p.nextToken();
        entries.put(key, new Entry(key, keyLine, value(p, where)));
      }
      return new Mapping(line, entries);
    }
    if (t == JsonToken.START_ARRAY) {
      List<Node> items = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        items.add(value(p, where));
      }
      return new Sequence(line, items);
    }
    return new Scalar(line, t, t == JsonToken.VALUE_NULL ? "" : p.getText());
  }

  /** SnakeYAML's messages quote the offending lines under the problem; keep only the sentences. */
  static String oneLine(String message) {
    if (message == null) {
      return "syntax error";
    }
    return message.lines()
        .filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)))
        .map(String::strip)
        .collect(Collectors.joining(": "));
  }
}
