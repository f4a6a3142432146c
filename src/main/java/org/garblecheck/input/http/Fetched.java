package org.garblecheck.input.http;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A successful (2xx) response.
 *
 * @param uri where the body finally came from, after redirects
 * @param contentType the {@code Content-Type} header, if any
 * @param body the whole body (at most {@link HttpSettings#maxBytes()})
 */
public record Fetched(URI uri, Optional<String> contentType, byte[] body) {
  public Fetched {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(body, "body");
  }

  /** The media type without parameters, lower case ({@code text/html}), or empty. */
  public String mediaType() {
    return contentType.map(c -> c.split(";", 2)[0].strip().toLowerCase(Locale.ROOT)).orElse("");
  }
}
