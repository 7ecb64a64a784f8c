package dev.krakenmock.server;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives memory back when a burst of requests is over. Under load the JVM grows its heap, and
 * keeps it: a sidecar that served a test suite would hold hundreds of megabytes it no longer
 * needs. Once requests stop for a few seconds, one full collection lets the JVM shrink the heap
 * to what the server really keeps (schema, caches).
 *
 * <p>How far the heap shrinks is the JVM's {@code MaxHeapFreeRatio} (70% by default: a heap may
 * stay more than three times its live data). Before the first collection it is lowered to
 * {@value #MAX_FREE_PERCENT}%, unless the command line set it: both ratios can be changed while
 * the JVM runs.
 */
final class IdleMemory implements AutoCloseable {

  static final long CHECK_SECONDS = 3;

  /** The most of the heap left free after a collection, in percent, once the server is idle. */
  static final int MAX_FREE_PERCENT = 30;

  /** The least, in percent: below {@link #MAX_FREE_PERCENT}, as the JVM requires. */
  static final int MIN_FREE_PERCENT = 10;

  private static final String MAX_FREE = "MaxHeapFreeRatio";
  private static final String MIN_FREE = "MinHeapFreeRatio";
  private static final Logger LOG = LoggerFactory.getLogger(IdleMemory.class);

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
    tightenHeapFreeRatios();
    System.gc();
    return true;
  }

  /** Lowers the heap's free ratios, unless they were set on the command line. */
  static void tightenHeapFreeRatios() {
    try {
      HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(
          HotSpotDiagnosticMXBean.class);
      if (vm.getVMOption(MAX_FREE).getOrigin() != VMOption.Origin.DEFAULT
          || vm.getVMOption(MIN_FREE).getOrigin() != VMOption.Origin.DEFAULT) {
        return;
      }
      // The minimum first: the JVM refuses a maximum below the current minimum.
      vm.setVMOption(MIN_FREE, String.valueOf(MIN_FREE_PERCENT));
      vm.setVMOption(MAX_FREE, String.valueOf(MAX_FREE_PERCENT));
    } catch (RuntimeException e) {
      // Another JVM, or options that cannot change: the collection still helps.
      LOG.debug("Could not lower the heap's free ratios", e);
    }
  }

  @Override
  public void close() {
    checker.shutdownNow();
  }
}
