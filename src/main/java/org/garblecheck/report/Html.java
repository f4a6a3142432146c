package org.garblecheck.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Escaping for the HTML report. Everything that comes from an input (text, title, source, id, URL, and the
 * messages and suggestions, which may quote the input) goes through {@link #escape}; attribute values are
 * always double-quoted.
 */
final class Html {
  private Html() {}

  /** Escapes for text content and double-quoted attribute values; control characters become U+FFFD. */
  static String escape(CharSequence s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            b.append(c).append(s.charAt(++i));
          } else if (Character.isSurrogate(c) || (c < 0x20 && c != '\n' && c != '\t' && c != '\r')
              || (c >= 0x7f && c <= 0x9f)) {
            b.append('\uFFFD');
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  /** The URL if it is a plain http(s) URL that may be linked to; anything else is shown as text only. */
  static Optional<String> linkable(String url) {
    try {
      URI u = new URI(url.strip());
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && u.getHost() != null) {
        return Optional.of(u.toASCIIString());
      }
    } catch (URISyntaxException e) {
      // not a URL we link to
    }
    return Optional.empty();
  }
}
