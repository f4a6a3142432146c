package org.garblecheck.input.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLException;
import org.garblecheck.input.InputException;

/**
 * Fetches documents over HTTP(S) with the JDK client, within {@link HttpSettings}: timeouts for connecting,
 * for a stalled transfer and for the whole request; a byte cap (reading stops there); redirects followed
 * here, so they can be counted; retries with backoff on 429 and 503 honouring {@code Retry-After}; and a
 * cap on requests in flight per host. Thread-safe: one fetcher serves every thread. Every failure is an
 * {@link InputException} with a message for the user.
 */
public final class HttpFetcher {
  /** Bodies of error and redirect responses are read only this far. */
  private static final long ERROR_BODY_CAP = 64 * 1024;

  private final HttpSettings settings;
  private final Sleeper sleeper;
  private final HostLimiter limiter;
  private volatile HttpClient client;

  public HttpFetcher(HttpSettings settings) {
    this(settings, Sleeper.REAL);
  }

  public HttpFetcher(HttpSettings settings, Sleeper sleeper) {
    this.settings = settings;
    this.sleeper = sleeper;
    this.limiter = new HostLimiter(settings.perHost());
  }

  public HttpSettings settings() {
    return settings;
  }

  /** Whether a name given on the command line is an {@code http://} or {@code https://} URL. */
  public static boolean isUrl(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.startsWith("http://") || n.startsWith("https://");
  }

  /**
   * GETs {@code url}, following redirects.
   *
   * @param accept the {@code Accept} header
   * @throws InputException for an invalid URL, a network failure, a timeout, a non-2xx status, a body over
   *     the cap or too many redirects
   */
  public Fetched get(String url, String accept) throws InputException {
    URI uri = parse(url);
    for (int redirects = 0; ; redirects++) {
      Response r = withRetries(uri, accept);
      if (r.status >= 300 && r.status < 400 && r.status != 304) {
        Optional<String> location = r.headers.firstValue("Location");
        if (location.isEmpty()) {
          throw new InputException("HTTP " + r.status + " redirect without a Location header");
        }
        if (redirects >= settings.maxRedirects()) {
          throw new InputException("more than " + settings.maxRedirects() + " redirects (the last one to "
              + location.get() + ")");
        }
        try {
          uri = parse(uri.resolve(location.get().strip()).toString());
        } catch (IllegalArgumentException e) {
          throw new InputException("HTTP " + r.status + " redirect to an invalid URL: " + location.get());
        }
        continue;
      }
      if (r.status < 200 || r.status >= 300) {
        throw new InputException("HTTP " + r.status + " " + reason(r.status)
            + (r.attempts > 1 ? " (after " + r.attempts + " attempts)" : ""));
      }
      return new Fetched(uri, r.headers.firstValue("Content-Type"), r.body);
    }
  }

  private Response withRetries(URI uri, String accept) throws InputException {
    for (int attempt = 1; ; attempt++) {
      Response r = limited(uri, accept);
      r.attempts = attempt;
      if ((r.status == 429 || r.status == 503) && attempt < settings.maxAttempts()) {
        Duration wait = retryAfter(r.headers).orElse(settings.backoff().multipliedBy(1L << (attempt - 1)));
        if (wait.compareTo(settings.maxRetryWait()) > 0) {
          throw new InputException("HTTP " + r.status + " " + reason(r.status) + "; the server asks to retry"
              + " after " + human(wait) + ", longer than the " + human(settings.maxRetryWait())
              + " this tool waits");
        }
        try {
          sleeper.sleep(wait);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new InputException("interrupted");
        }
        continue;
      }
      return r;
    }
  }

  private Response limited(URI uri, String accept) throws InputException {
    Semaphore host = limiter.of(uri);
    try {
      host.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InputException("interrupted");
    }
    try {
      return once(uri, accept);
    } finally {
      host.release();
    }
  }

  private Response once(URI uri, String accept) throws InputException {
    HttpRequest request = HttpRequest.newBuilder(uri)
        .timeout(settings.readTimeout())
        .header("User-Agent", settings.userAgent())
        .header("Accept", accept)
        .GET()
        .build();
    Activity activity = new Activity();
    AtomicReference<CappedBody> body = new AtomicReference<>();
    CompletableFuture<HttpResponse<byte[]>> future = client().sendAsync(request, info -> {
      activity.headers = true;
      activity.touch();
      boolean ok = info.statusCode() / 100 == 2;
      long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
      CappedBody b = new CappedBody(ok ? settings.maxBytes() : ERROR_BODY_CAP, ok, declared, activity);
      body.set(b);
      return b;
    });
    long started = System.nanoTime();
    long readNanos = settings.readTimeout().toNanos();
    long poll = Math.max(20, Math.min(settings.readTimeout().toMillis() / 5, 1000));
    while (true) {
      try {
        HttpResponse<byte[]> r = future.get(poll, TimeUnit.MILLISECONDS);
        return new Response(r.statusCode(), r.headers(), r.body());
      } catch (TimeoutException e) {
        long now = System.nanoTime();
        boolean stalled = now - activity.last > readNanos;
        if (stalled || now - started > settings.totalTimeout().toNanos()) {
          future.cancel(true);
          CappedBody b = body.get();
          if (b != null) {
            b.cancel();
          }
          throw new InputException(!stalled ? "took longer than " + human(settings.totalTimeout()) + "; gave up"
              : activity.headers ? "no data for " + human(settings.readTimeout()) + "; gave up"
              : "no response within " + human(settings.readTimeout()));
        }
      } catch (InterruptedException e) {
        future.cancel(true);
        Thread.currentThread().interrupt();
        throw new InputException("interrupted");
      } catch (ExecutionException e) {
        throw failure(e.getCause());
      }
    }
  }

  /** When data last arrived for one request. */
  static final class Activity {
    volatile long last = System.nanoTime();
    volatile boolean headers;

    void touch() {
      last = System.nanoTime();
    }
  }

  private InputException failure(Throwable t) {
    CappedBody.TooLarge big = find(t, CappedBody.TooLarge.class);
    if (big != null) {
      long mb = settings.maxBytes() / (1024 * 1024);
      String limit = mb > 0 ? mb + " MB" : settings.maxBytes() + " bytes";
      return new InputException(big.declared > 0
          ? "the response is " + big.declared + " bytes, over the " + limit + " limit; not downloaded"
          : "the response is larger than the " + limit + " limit; stopped reading there");
    }
    if (find(t, HttpConnectTimeoutException.class) != null) {
      return new InputException("could not connect within " + human(settings.connectTimeout()));
    }
    if (find(t, HttpTimeoutException.class) != null) {
      return new InputException("no response within " + human(settings.readTimeout()));
    }
    if (find(t, ConnectException.class) != null) {
      return new InputException("cannot connect (connection refused)");
    }
    if (find(t, UnknownHostException.class) != null || find(t, UnresolvedAddressException.class) != null) {
      return new InputException("unknown host");
    }
    SSLException tls = find(t, SSLException.class);
    if (tls != null) {
      return new InputException("TLS error: " + tls.getMessage());
    }
    return new InputException("network error: " + (t.getMessage() != null ? t.getMessage() : t.toString()));
  }

  private static <T extends Throwable> T find(Throwable t, Class<T> type) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (type.isInstance(c)) {
        return type.cast(c);
      }
    }
    return null;
  }

  private static URI parse(String url) throws InputException {
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      throw new InputException("not a valid URL: " + e.getReason());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new InputException("only http:// and https:// URLs can be fetched, not " + url);
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      throw new InputException("URL without a host: " + url);
    }
    return uri;
  }

  /** {@code Retry-After} as seconds or an HTTP date; empty when absent or unreadable. */
  static Optional<Duration> retryAfter(HttpHeaders headers) {
    Optional<String> v = headers.firstValue("Retry-After").map(String::strip);
    if (v.isEmpty() || v.get().isEmpty()) {
      return Optional.empty();
    }
    String s = v.get();
    if (s.chars().allMatch(Character::isDigit)) {
      try {
        return Optional.of(Duration.ofSeconds(Long.parseLong(s)));
      } catch (NumberFormatException e) {
        return Optional.of(Duration.ofDays(365));
      }
    }
    try {
      Duration d = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME));
      return Optional.of(d.isNegative() ? Duration.ZERO : d);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private HttpClient client() {
    HttpClient c = client;
    if (c == null) {
      synchronized (this) {
        if (client == null) {
          client = HttpClient.newBuilder()
              .connectTimeout(settings.connectTimeout())
              .followRedirects(HttpClient.Redirect.NEVER)
              .version(HttpClient.Version.HTTP_1_1)
              .build();
        }
        c = client;
      }
    }
    return c;
  }

  /** {@code 20 s}, or {@code 0.4 s} for durations that are not whole seconds. */
  static String human(Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
  }

  private static String reason(int status) {
    switch (status) {
      case 400: return "Bad Request";
      case 401: return "Unauthorized";
      case 403: return "Forbidden";
      case 404: return "Not Found";
      case 410: return "Gone";
      case 429: return "Too Many Requests";
      case 500: return "Internal Server Error";
      case 502: return "Bad Gateway";
      case 503: return "Service Unavailable";
      case 504: return "Gateway Timeout";
      default: return status >= 500 ? "(server error)" : status >= 400 ? "(client error)" : "";
    }
  }

  private static final class Response {
    final int status;
    final HttpHeaders headers;
    final byte[] body;
    int attempts = 1;

    Response(int status, HttpHeaders headers, byte[] body) {
      this.status = status;
      this.headers = headers;
      this.body = body;
    }
  }
}
