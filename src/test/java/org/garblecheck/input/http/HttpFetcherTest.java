package org.garblecheck.input.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.garblecheck.input.InputException;
import org.garblecheck.testing.LocalServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpFetcherTest {
  private static final byte[] HELLO = "<html><body><p>Hello.</p></body></html>".getBytes(StandardCharsets.UTF_8);

  private LocalServer server;
  private final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());
  private final CountDownLatch release = new CountDownLatch(1);
  private HttpSettings settings;

  @BeforeEach
  void start() throws IOException {
    server = new LocalServer();
    settings = HttpSettings.defaults()
        .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30))
        .withRetries(3, Duration.ofMillis(100), Duration.ofSeconds(30));
  }

  @AfterEach
  void stop() {
    release.countDown();
    server.close();
  }

  private Fetched get(String path) throws InputException {
    return new HttpFetcher(settings, waits::add).get(server.url(path), "text/html");
  }

  private String error(String path) {
    return assertThrows(InputException.class, () -> get(path)).getMessage();
  }

  @Test
  void fetchesTheBodyAndIdentifiesItself() throws Exception {
    AtomicReference<String> agent = new AtomicReference<>();
    AtomicReference<String> accept = new AtomicReference<>();
    server.on("/page", ex -> {
      agent.set(ex.getRequestHeaders().getFirst("User-Agent"));
      accept.set(ex.getRequestHeaders().getFirst("Accept"));
      LocalServer.respond(ex, 200, "text/html; charset=utf-8", HELLO);
    });
    Fetched f = get("/page");
    assertArrayEquals(HELLO, f.body());
    assertEquals("text/html", f.mediaType());
    assertEquals(Optional.of("text/html; charset=utf-8"), f.contentType());
    assertEquals("garblecheck/0.1 (+https://github.com/garblecheck)", agent.get());
    assertEquals("text/html", accept.get());
  }

  @Test
  void errorStatusesAreReported() {
    server.on("/gone", ex -> LocalServer.respond(ex, 404, "text/plain", "nothing".getBytes(StandardCharsets.UTF_8)));
    server.on("/boom", ex -> LocalServer.respond(ex, 500, "text/plain", new byte[0]));
    assertEquals("HTTP 404 Not Found", error("/gone"));
    assertEquals("HTTP 500 Internal Server Error", error("/boom"));
  }

  @Test
  void redirectsAreFollowedAndCapped() throws Exception {
    AtomicInteger loops = new AtomicInteger();
    server.on("/r1", ex -> redirect(ex, 302, "r2"));
    server.on("/r2", ex -> redirect(ex, 301, server.url("/final")));
    server.serve("/final", "text/html", HELLO);
    server.on("/loop", ex -> {
      loops.incrementAndGet();
      redirect(ex, 307, "/loop");
    });
    assertEquals(server.url("/final"), get("/r1").uri().toString());
    assertEquals("more than 5 redirects (the last one to /loop)", error("/loop"));
    assertEquals(6, loops.get());
  }

  @Test
  void retriesAfterTooManyRequestsHonouringRetryAfter() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    server.on("/busy", ex -> {
      if (calls.incrementAndGet() < 3) {
        ex.getResponseHeaders().set("Retry-After", "7");
        LocalServer.respond(ex, 429, "text/plain", new byte[0]);
      } else {
        LocalServer.respond(ex, 200, "text/html", HELLO);
      }
    });
    assertArrayEquals(HELLO, get("/busy").body());
    assertEquals(List.of(Duration.ofSeconds(7), Duration.ofSeconds(7)), waits);
  }

  @Test
  void unavailableWithoutRetryAfterBacksOffThenGivesUp() {
    AtomicInteger calls = new AtomicInteger();
    server.on("/down", ex -> {
      calls.incrementAndGet();
      LocalServer.respond(ex, 503, "text/plain", new byte[0]);
    });
    assertEquals("HTTP 503 Service Unavailable (after 3 attempts)", error("/down"));
    assertEquals(List.of(Duration.ofMillis(100), Duration.ofMillis(200)), waits);
    assertEquals(3, calls.get());
  }

  @Test
  void aRetryAfterBeyondTheLimitGivesUpAtOnce() {
    server.on("/later", ex -> {
      ex.getResponseHeaders().set("Retry-After", "3600");
      LocalServer.respond(ex, 503, "text/plain", new byte[0]);
    });
    assertEquals("HTTP 503 Service Unavailable; the server asks to retry after 3600 s, longer than the 30 s"
        + " this tool waits", error("/later"));
    assertEquals(List.of(), waits);
  }

  @Test
  void retryAfterIsReadAsSecondsOrDate() {
    assertEquals(Optional.of(Duration.ofSeconds(120)), HttpFetcher.retryAfter(headers("120")));
    assertEquals(Optional.of(Duration.ZERO), HttpFetcher.retryAfter(headers("Wed, 21 Oct 2015 07:28:00 GMT")));
    assertTrue(HttpFetcher.retryAfter(headers("Fri, 01 Jan 2100 00:00:00 GMT")).get().toDays() > 365);
    assertEquals(Optional.empty(), HttpFetcher.retryAfter(headers("soon")));
  }

  /** Short timeouts, after one request that loads the HTTP client's classes (slow on a busy machine). */
  private void shortTimeouts() throws InputException {
    server.serve("/warm", "text/html", HELLO);
    get("/warm");
    settings = settings.withTimeouts(Duration.ofSeconds(5), Duration.ofMillis(1500), Duration.ofSeconds(30));
  }

  @Test
  void aServerThatNeverAnswersTimesOut() throws Exception {
    shortTimeouts();
    server.on("/hang", ex -> await());
    assertEquals("no response within 1.5 s", error("/hang"));
  }

  @Test
  void aTransferThatStallsTimesOut() throws Exception {
    shortTimeouts();
    server.on("/stall", ex -> {
      ex.sendResponseHeaders(200, 0);
      ex.getResponseBody().write("<html><body>".getBytes(StandardCharsets.UTF_8));
      ex.getResponseBody().flush();
      await();
    });
    assertEquals("no data for 1.5 s; gave up", error("/stall"));
  }

  @Test
  void aHundredMegabyteBodyIsCutOffAtTheCap() throws Exception {
    settings = settings.withMaxBytes(1024 * 1024);
    AtomicLong written = new AtomicLong();
    CountDownLatch done = new CountDownLatch(1);
    long hundredMb = 100L * 1024 * 1024;
    server.on("/huge", ex -> {
      try {
        ex.getResponseHeaders().set("Content-Type", "application/rss+xml");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        byte[] chunk = "<p>x</p>".repeat(8192).getBytes(StandardCharsets.UTF_8);
        while (written.get() < hundredMb) {
          out.write(chunk);
          written.addAndGet(chunk.length);
        }
        out.close();
      } catch (IOException e) {
        // the client hung up: what we want
      } finally {
        done.countDown();
      }
    });
    assertEquals("the response is larger than the 1 MB limit; stopped reading there", error("/huge"));
    assertTrue(done.await(20, TimeUnit.SECONDS), "the server noticed the client leaving");
    assertTrue(written.get() < hundredMb, "only " + written.get() + " bytes were sent");
  }

  @Test
  void aDeclaredLengthOverTheCapIsNotDownloaded() {
    settings = settings.withMaxBytes(1024 * 1024);
    server.on("/declared", ex -> {
      ex.sendResponseHeaders(200, 100L * 1024 * 1024);
      ex.getResponseBody().close();
    });
    assertEquals("the response is 104857600 bytes, over the 1 MB limit; not downloaded", error("/declared"));
  }

  @Test
  void requestsToOneHostAreCapped() throws Exception {
    settings = settings.withPerHost(2);
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    server.on("/slow", ex -> {
      most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
      try {
        Thread.sleep(150);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      inFlight.decrementAndGet();
      LocalServer.respond(ex, 200, "text/html", HELLO);
    });
    HttpFetcher fetcher = new HttpFetcher(settings, waits::add);
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<Fetched>> all = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        all.add(pool.submit(() -> fetcher.get(server.url("/slow"), "text/html")));
      }
      for (Future<Fetched> f : all) {
        assertArrayEquals(HELLO, f.get().body());
      }
    } finally {
      pool.shutdownNow();
    }
    assertTrue(most.get() <= 2, "at most 2 at once, saw " + most.get());
  }

  @Test
  void connectionFailuresAndBadUrlsAreOneLine() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    HttpFetcher fetcher = new HttpFetcher(settings, waits::add);
    assertEquals("cannot connect (connection refused)", assertThrows(InputException.class,
        () -> fetcher.get("http://127.0.0.1:" + port + "/", "text/html")).getMessage());
    assertEquals("only http:// and https:// URLs can be fetched, not ftp://127.0.0.1/x",
        assertThrows(InputException.class, () -> fetcher.get("ftp://127.0.0.1/x", "text/html")).getMessage());
    assertEquals("not a valid URL: Illegal character in path",
        assertThrows(InputException.class, () -> fetcher.get("http://127.0.0.1/a b", "text/html")).getMessage());
  }

  private static HttpHeaders headers(String retryAfter) {
    return HttpHeaders.of(Map.of("Retry-After", List.of(retryAfter)), (a, b) -> true);
  }

  private static void redirect(HttpExchange ex, int status, String location) throws IOException {
    ex.getResponseHeaders().set("Location", location);
    LocalServer.respond(ex, status, null, new byte[0]);
  }

  private void await() {
    try {
      release.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
