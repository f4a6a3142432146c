package org.garblecheck.rule;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;

/**
 * Reads the YAML data files under {@code rules/}, either from a directory on disk or from the copy shipped
 * in the jar, and checks their keys so that a typo is an error that names the file and key.
 */
public final class YamlFiles {
  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final Path dir;

  private YamlFiles(Path dir) {
    this.dir = dir;
  }

  /** Rules from the classpath ({@code /rules/…} inside the jar). */
  public static YamlFiles bundled() {
    return new YamlFiles(null);
  }

  /** Rules from a directory, e.g. a checkout's {@code rules/} while editing them. */
  public static YamlFiles in(Path dir) {
    return new YamlFiles(dir);
  }

  public JsonNode read(String name) {
    try (InputStream in = open(name)) {
      JsonNode node = YAML.readTree(in);
      if (node == null || node.isMissingNode() || node.isNull()) {
        throw new RuleFileException(where(name) + ": file is empty");
      }
      return node;
    } catch (IOException e) {
      throw new RuleFileException(where(name) + ": " + e.getMessage(), e);
    }
  }

  /** The raw text of a data file (UTF-8), for files that are not YAML such as LanguageTool pattern rules. */
  public String readText(String name) {
    try (InputStream in = open(name)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new RuleFileException(where(name) + ": " + e.getMessage(), e);
    }
  }

  public boolean exists(String name) {
    if (dir != null) {
      return Files.isRegularFile(dir.resolve(name));
    }
    return YamlFiles.class.getResource("/rules/" + name) != null;
  }

  public String where(String name) {
    return dir != null ? dir.resolve(name).toString() : "rules/" + name;
  }

  private InputStream open(String name) throws IOException {
    if (dir != null) {
      return Files.newInputStream(dir.resolve(name));
    }
    InputStream in = YamlFiles.class.getResourceAsStream("/rules/" + name);
    if (in == null) {
      throw new IOException("not found in the jar");
    }
    return in;
  }

  /** Fails when {@code node} has a key not in {@code allowed}. */
  public static void checkKeys(JsonNode node, Set<String> allowed, String where) {
    if (!node.isObject()) {
      throw new RuleFileException(where + ": expected a mapping");
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!allowed.contains(k)) {
        throw new RuleFileException(where + ": unknown key '" + k + "' (allowed: "
            + String.join(", ", allowed.stream().sorted().toList()) + ")");
      }
    }
  }

  public static String text(JsonNode node, String key, String where) {
    JsonNode v = node.get(key);
    if (v == null || !v.isValueNode() || v.asText().isBlank()) {
      throw new RuleFileException(where + ": missing '" + key + "'");
    }
    return v.asText();
  }

  public static double number(JsonNode node, String key, double fallback, String where) {
    JsonNode v = node.get(key);
    if (v == null) {
      return fallback;
    }
    if (!v.isNumber()) {
      throw new RuleFileException(where + ": '" + key + "' must be a number");
    }
    return v.asDouble();
  }
}
