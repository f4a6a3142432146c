package org.garblecheck.input.http;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a cap and stops reading there (the connection is dropped, the rest is
 * never downloaded). Notes when data arrives so that the caller can tell a stalled transfer from a slow
 * one.
 */
final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
  /** The body went past the cap; the part before it is dropped. */
  static final class TooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final long declared;

    TooLarge(long declared) {
      super("body over the cap", null, false, false);
      this.declared = declared;
    }
  }

  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  private final long cap;
  private final boolean failOverCap;
  private final long declaredLength;
  private final HttpFetcher.Activity activity;
  private volatile Flow.Subscription subscription;

  /**
   * @param failOverCap fail with {@link TooLarge} past the cap, or else keep the first {@code cap} bytes
   * @param declaredLength the Content-Length, or -1
   */
  CappedBody(long cap, boolean failOverCap, long declaredLength, HttpFetcher.Activity activity) {
    this.cap = cap;
    this.failOverCap = failOverCap;
    this.declaredLength = declaredLength;
    this.activity = activity;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    if (failOverCap && declaredLength > cap) {
      s.cancel();
      result.completeExceptionally(new TooLarge(declaredLength));
      return;
    }
    s.request(1);
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    if (result.isDone()) {
      return;
    }
    activity.touch();
    for (ByteBuffer b : items) {
      int n = b.remaining();
      if (buffer.size() + (long) n > cap) {
        subscription.cancel();
        if (failOverCap) {
          result.completeExceptionally(new TooLarge(-1));
        } else {
          byte[] part = new byte[(int) (cap - buffer.size())];
          b.get(part);
          buffer.write(part, 0, part.length);
          result.complete(buffer.toByteArray());
        }
        return;
      }
      byte[] chunk = new byte[n];
      b.get(chunk);
      buffer.write(chunk, 0, n);
    }
    subscription.request(1);
  }

  @Override
  public void onError(Throwable t) {
    result.completeExceptionally(t);
  }

  @Override
  public void onComplete() {
    result.complete(buffer.toByteArray());
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }

  /** Stops the transfer (on a timeout). */
  void cancel() {
    Flow.Subscription s = subscription;
    if (s != null) {
      s.cancel();
    }
    result.completeExceptionally(new java.util.concurrent.CancellationException("cancelled"));
  }
}
