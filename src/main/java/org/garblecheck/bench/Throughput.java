package org.garblecheck.bench;

import java.util.Locale;

/** One measured configuration: what ran, on how many threads, how fast. */
public record Throughput(String subject, int threads, int articles, long chars, double seconds) {
  public double articlesPerSecond() {
    return articles / seconds;
  }

  public double charsPerSecond() {
    return chars / seconds;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%-34s %2d thread%s %9.2f articles/s %10.0f chars/s (%d articles, %.2f s)",
        subject, threads, threads == 1 ? " " : "s", articlesPerSecond(), charsPerSecond(), articles, seconds);
  }
}
