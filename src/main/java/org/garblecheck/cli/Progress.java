package org.garblecheck.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress display on standard error for long batches: items done, items per second and, when
 * the total is known, a bar and the time left. It redraws at most a few times a second and only when
 * enabled (stderr is a terminal, not {@code --quiet}, not in CI); otherwise every call does nothing.
 */
final class Progress {
  private static final long REDRAW_NANOS = 250_000_000L;
  private static final int BAR = 24;

  private final PrintStream err;
  private final boolean enabled;
  private final int total;
  private final long started = System.nanoTime();
  private long lastDraw;
  private int done;
  private boolean drawn;

  /** @param total the number of items when known in advance, or -1 */
  Progress(PrintStream err, boolean enabled, int total) {
    this.err = err;
    this.enabled = enabled;
    this.total = total;
  }

  static boolean wanted(boolean terminal, boolean quiet) {
    String ci = System.getenv("CI");
    return terminal && !quiet && (ci == null || ci.isEmpty() || ci.equals("false"));
  }

  void step() {
    done++;
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastDraw >= REDRAW_NANOS) {
      lastDraw = now;
      draw(now);
    }
  }

  /** Clears the line so that the next message starts on a clean line. */
  void clear() {
    if (enabled && drawn) {
      err.print("\r\u001b[2K");
      err.flush();
      drawn = false;
    }
  }

  private void draw(long now) {
    double seconds = (now - started) / 1e9;
    double rate = seconds > 0 ? done / seconds : 0;
    StringBuilder b = new StringBuilder("\r\u001b[2K");
    if (total > 0) {
      int filled = (int) Math.min(BAR, Math.round(BAR * done / (double) total));
      b.append('[').append("#".repeat(filled)).append(" ".repeat(BAR - filled)).append("] ");
      b.append(done).append('/').append(total);
    } else {
      b.append(done).append(done == 1 ? " item" : " items");
    }
    b.append(String.format(Locale.ROOT, ", %.1f items/s", rate));
    if (total > 0 && rate > 0 && done < total) {
      long eta = Math.round((total - done) / rate);
      b.append(String.format(Locale.ROOT, ", ETA %d:%02d", eta / 60, eta % 60));
    }
    err.print(b);
    err.flush();
    drawn = true;
  }
}
