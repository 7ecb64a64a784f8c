package dev.krakenmock.server;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Gives memory back when a burst of requests is over. Under load the JVM grows its heap, and
 * keeps it: a sidecar that served a test suite would hold hundreds of megabytes it no longer
 * needs. Once requests stop for a few seconds, one full collection lets the JVM shrink the heap
 * to what the server really keeps (schema, caches).
 */
final class IdleMemory implements AutoCloseable {

  static final long CHECK_SECONDS = 3;

  private final ScheduledExecutorService checker = Executors.newSingleThreadScheduledExecutor(
      task -> {
        Thread thread = new Thread(task, "kraken-mock-idle-memory");
        thread.setDaemon(true);
        return thread;
      });
  private long lastCount;
  private boolean busySinceCollection;

  void watch(LongSupplier requestCount) {
    lastCount = requestCount.getAsLong();
    checker.scheduleWithFixedDelay(() -> check(requestCount.getAsLong()), CHECK_SECONDS,
        CHECK_SECONDS, TimeUnit.SECONDS);
  }

  /** Collects once after a check that saw requests is followed by one that saw none. */
  synchronized boolean check(long count) {
    boolean active = count != lastCount;
    lastCount = count;
    if (active) {
      busySinceCollection = true;
      return false;
    }
    if (!busySinceCollection) {
      return false;
    }
    busySinceCollection = false;
    System.gc();
    return true;
  }

  @Override
  public void close() {
    checker.shutdownNow();
  }
}
