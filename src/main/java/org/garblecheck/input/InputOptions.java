package org.garblecheck.input;

import java.util.Objects;
import org.garblecheck.input.http.HttpFetcher;
import org.garblecheck.input.http.HttpSettings;

/**
 * How {@link Inputs} reads what it is given.
 *
 * @param http fetches {@code http(s)://} inputs and, with {@code followLinks}, the pages feed items link to
 * @param followLinks score the page each feed item links to instead of the feed's own text
 * @param followThreads pages fetched at once when following links (each host is further capped by
 *     {@link HttpSettings#perHost()})
 */
public record InputOptions(HttpFetcher http, boolean followLinks, int followThreads) {
  public InputOptions {
    Objects.requireNonNull(http, "http");
    if (followThreads < 1) {
      throw new IllegalArgumentException("followThreads must be at least 1, not " + followThreads);
    }
  }

  /** Default HTTP limits, feed text as it is. */
  public static InputOptions defaults() {
    return new InputOptions(new HttpFetcher(HttpSettings.defaults()), false, 8);
  }

  public InputOptions withFollowLinks(boolean follow) {
    return new InputOptions(http, follow, followThreads);
  }

  public InputOptions withHttp(HttpFetcher fetcher) {
    return new InputOptions(fetcher, followLinks, followThreads);
  }
}
