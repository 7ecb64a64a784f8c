package dev.krakenmock.server.files;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a poll of a folder every interval on a daemon thread of its own, until closed. A poll that
 * fails is logged and the next one tries again: a bad moment of the file system must not stop
 * the reloading.
 */
public final class FolderPolling implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(FolderPolling.class);

  private final ScheduledExecutorService service;

  private FolderPolling(ScheduledExecutorService service) {
    this.service = service;
  }

  /**
   * Starts polling.
   *
   * @param what what the folder holds, for the thread's name and the log ({@code scenario})
   * @param interval the time between the end of one poll and the start of the next
   * @param poll one look at the folder
   */
  public static FolderPolling start(String what, Duration interval, Runnable poll) {
    ScheduledExecutorService service = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread thread = new Thread(task, what + "-reload");
      thread.setDaemon(true);
      return thread;
    });
    service.scheduleWithFixedDelay(() -> {
      try {
        poll.run();
      } catch (RuntimeException e) {
        LOG.warn("Could not check the {} folder for changes", what, e);
      }
    }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    return new FolderPolling(service);
  }

  /** Stops polling; a poll under way is interrupted. */
  @Override
  public void close() {
    service.shutdownNow();
  }
}
