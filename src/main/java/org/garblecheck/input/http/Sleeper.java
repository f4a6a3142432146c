package org.garblecheck.input.http;

import java.time.Duration;

/** Waits before a retry; tests replace it to record the waits instead of sleeping. */
@FunctionalInterface
public interface Sleeper {
  Sleeper REAL = d -> Thread.sleep(d.toMillis());

  void sleep(Duration d) throws InterruptedException;
}
