package org.garblecheck.bench;

import java.util.Locale;

/**
 * One measured configuration: what ran, on how many threads, how fast. {@code seconds} is wall-clock time;
 * {@code cpuSeconds} the CPU time of the measured threads themselves (0 when the JVM cannot tell), which a
 * busy machine disturbs less: a thread waiting for a core is not charged for it.
 */
public record Throughput(String subject, int threads, int articles, long chars, double seconds, double cpuSeconds) {
  public double articlesPerSecond() {
    return articles / seconds;
  }

  public double charsPerSecond() {
    return chars / seconds;
  }

  /** Characters per second of the measured threads' CPU time, per thread (0 when not measured). */
  public double charsPerCpuSecond() {
    return cpuSeconds > 0 ? chars / cpuSeconds : 0;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%-34s %2d thread%s %9.2f articles/s %10.0f chars/s (%d articles, %.2f s;"
            + " %.0f chars per CPU second)",
        subject, threads, threads == 1 ? " " : "s", articlesPerSecond(), charsPerSecond(), articles, seconds,
        charsPerCpuSecond());
  }
}
