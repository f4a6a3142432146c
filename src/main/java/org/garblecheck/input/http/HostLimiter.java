package org.garblecheck.input.http;

import java.net.URI;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/** Caps the requests in flight to one host (and port), whatever the number of threads asking. */
final class HostLimiter {
  private final int perHost;
  private final ConcurrentHashMap<String, Semaphore> hosts = new ConcurrentHashMap<>();

  HostLimiter(int perHost) {
    this.perHost = perHost;
  }

  Semaphore of(URI uri) {
    String key = String.valueOf(uri.getHost()).toLowerCase(Locale.ROOT) + ":" + uri.getPort();
    return hosts.computeIfAbsent(key, k -> new Semaphore(perHost, true));
  }
}
