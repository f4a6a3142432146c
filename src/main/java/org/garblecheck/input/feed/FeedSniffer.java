package org.garblecheck.input.feed;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells feeds from other documents by their first bytes: the root element of XML ({@code <rss>},
 * {@code <feed>}, {@code <rdf:RDF>}) or the {@code version} of a JSON object
 * ({@code https://jsonfeed.org/version/1.1} or {@code /1}). Used for {@code .xml} and {@code .json} files,
 * which may or may not be feeds, and for documents fetched over HTTP.
 */
public final class FeedSniffer {
  /** What a document looks like. */
  public enum Kind { RSS, ATOM, RDF, JSON_FEED, HTML, OTHER_XML, OTHER_JSON, UNKNOWN }

  private static final int PROBE = 4096;
  private static final JsonFactory JSON = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build())
      .build();

  private FeedSniffer() {}

  /** What the document that starts with {@code bytes} is (only the first few KB are looked at for XML). */
  public static Kind sniff(byte[] bytes) {
    int from = 0;
    while (from < bytes.length && from < PROBE && isSpaceOrBom(bytes[from])) {
      from++;
    }
    if (from < bytes.length && (bytes[from] == '{' || bytes[from] == '[')) {
      return jsonKind(bytes);
    }
    String head = new String(bytes, 0, Math.min(bytes.length, PROBE), StandardCharsets.ISO_8859_1);
    return markupKind(head);
  }

  /** What an already decoded document is. */
  public static Kind sniff(String text) {
    String t = text.stripLeading();
    if (t.startsWith("\uFEFF")) {
      t = t.substring(1).stripLeading();
    }
    if (t.startsWith("{") || t.startsWith("[")) {
      return jsonKind(text.getBytes(StandardCharsets.UTF_8));
    }
    return markupKind(t.length() > PROBE ? t.substring(0, PROBE) : t);
  }

  public static boolean isFeed(Kind k) {
    return k == Kind.RSS || k == Kind.ATOM || k == Kind.RDF || k == Kind.JSON_FEED;
  }

  /**
   * The name of the root element, or empty when the text does not start like XML. Skips a byte-order mark,
   * white space, the XML declaration, processing instructions, comments and a DOCTYPE.
   */
  static Optional<String> rootElement(String s) {
    int n = Math.min(s.length(), PROBE);
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\uFEFF' || c == '\u00EF' || c == '\u00BB' || c == '\u00BF') {
        i++;
      } else if (s.startsWith("<?", i)) {
        i = after(s, "?>", i + 2);
      } else if (s.startsWith("<!--", i)) {
        i = after(s, "-->", i + 4);
      } else if (s.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
        int close = s.indexOf('>', i);
        int subset = s.indexOf('[', i);
        i = subset >= 0 && (close < 0 || subset < close) ? after(s, ">", after(s, "]", subset)) : after(s, ">", i);
      } else if (c == '<') {
        int j = i + 1;
        while (j < s.length() && j - i <= 61 && isNameChar(s.charAt(j), j == i + 1)) {
          j++;
        }
        return j > i + 1 ? Optional.of(s.substring(i + 1, j)) : Optional.empty();
      } else {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static int after(String s, String token, int from) {
    int at = from < 0 ? -1 : s.indexOf(token, from);
    return at < 0 ? Integer.MAX_VALUE : at + token.length();
  }

  private static boolean isNameChar(char c, boolean first) {
    return Character.isLetter(c) || c == '_' || !first && (Character.isDigit(c) || c == '.' || c == ':' || c == '-');
  }

  private static Kind markupKind(String head) {
    String t = head.stripLeading();
    if (t.regionMatches(true, 0, "<!doctype html", 0, 14)) {
      return Kind.HTML;
    }
    Optional<String> root = rootElement(head);
    if (root.isEmpty()) {
      return Kind.UNKNOWN;
    }
    String r = root.get().toLowerCase(Locale.ROOT);
    switch (r) {
      case "rss":
        return Kind.RSS;
      case "feed":
        return Kind.ATOM;
      case "rdf:rdf":
        return Kind.RDF;
      case "html":
      case "head":
      case "body":
        return Kind.HTML;
      default:
        return Kind.OTHER_XML;
    }
  }

  private static Kind jsonKind(byte[] bytes) {
    try (JsonParser p = JSON.createParser(bytes)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return Kind.OTHER_JSON;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (name.equals("version") && value == JsonToken.VALUE_STRING) {
          return isJsonFeedVersion(p.getText()) ? Kind.JSON_FEED : Kind.OTHER_JSON;
        }
        p.skipChildren();
      }
      return Kind.OTHER_JSON;
    } catch (IOException e) {
      return Kind.OTHER_JSON;
    }
  }

  static boolean isJsonFeedVersion(String v) {
    return v.startsWith("https://jsonfeed.org/version/") || v.startsWith("http://jsonfeed.org/version/");
  }

  private static boolean isSpaceOrBom(byte b) {
    int c = b & 0xFF;
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xEF || c == 0xBB || c == 0xBF;
  }
}
