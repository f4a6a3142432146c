package org.garblecheck.input.http;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits for fetching over HTTP. Every one is a bound: a slow, huge or misbehaving server costs at most
 * these.
 *
 * @param connectTimeout to open the connection
 * @param readTimeout to wait for the response headers, and the longest pause while the body arrives
 * @param totalTimeout for one request, body included, however the data trickles in
 * @param maxBytes the largest body read; reading stops there and the fetch fails
 * @param maxRedirects redirects followed before giving up
 * @param maxAttempts tries of one request when the server answers 429 or 503
 * @param maxRetryWait the longest wait before a retry; a longer {@code Retry-After} gives up instead
 * @param backoff the first wait when the server gives no {@code Retry-After}; doubled for each retry
 * @param perHost requests in flight at once to one host (and port)
 * @param userAgent the {@code User-Agent} header
 */
public record HttpSettings(Duration connectTimeout, Duration readTimeout, Duration totalTimeout, long maxBytes,
    int maxRedirects, int maxAttempts, Duration maxRetryWait, Duration backoff, int perHost, String userAgent) {
  public static final String USER_AGENT = "garblecheck/0.1 (+https://github.com/garblecheck)";

  public HttpSettings {
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(readTimeout, "readTimeout");
    Objects.requireNonNull(totalTimeout, "totalTimeout");
    Objects.requireNonNull(maxRetryWait, "maxRetryWait");
    Objects.requireNonNull(backoff, "backoff");
    Objects.requireNonNull(userAgent, "userAgent");
    if (maxBytes < 1 || maxRedirects < 0 || maxAttempts < 1 || perHost < 1 || readTimeout.isZero()
        || readTimeout.isNegative() || connectTimeout.isZero() || connectTimeout.isNegative()) {
      throw new IllegalArgumentException("bad HTTP settings: maxBytes=" + maxBytes + " maxRedirects="
          + maxRedirects + " maxAttempts=" + maxAttempts + " perHost=" + perHost + " readTimeout="
          + readTimeout + " connectTimeout=" + connectTimeout);
    }
  }

  /** 10 s to connect, 20 s without data, 2 min per request, 64 MB, 5 redirects, 3 tries, 2 per host. */
  public static HttpSettings defaults() {
    return new HttpSettings(Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofMinutes(2),
        64L * 1024 * 1024, 5, 3, Duration.ofSeconds(30), Duration.ofSeconds(1), 2, USER_AGENT);
  }

  public HttpSettings withTimeouts(Duration connect, Duration read, Duration total) {
    return new HttpSettings(connect, read, total, maxBytes, maxRedirects, maxAttempts, maxRetryWait, backoff,
        perHost, userAgent);
  }

  public HttpSettings withMaxBytes(long bytes) {
    return new HttpSettings(connectTimeout, readTimeout, totalTimeout, bytes, maxRedirects, maxAttempts,
        maxRetryWait, backoff, perHost, userAgent);
  }

  public HttpSettings withMaxRedirects(int redirects) {
    return new HttpSettings(connectTimeout, readTimeout, totalTimeout, maxBytes, redirects, maxAttempts,
        maxRetryWait, backoff, perHost, userAgent);
  }

  public HttpSettings withRetries(int attempts, Duration firstBackoff, Duration longestWait) {
    return new HttpSettings(connectTimeout, readTimeout, totalTimeout, maxBytes, maxRedirects, attempts,
        longestWait, firstBackoff, perHost, userAgent);
  }

  public HttpSettings withPerHost(int requests) {
    return new HttpSettings(connectTimeout, readTimeout, totalTimeout, maxBytes, maxRedirects, maxAttempts,
        maxRetryWait, backoff, requests, userAgent);
  }
}
