package dev.krakenmock.server.engine;

import java.time.Duration;
import java.time.Instant;

/**
 * One viewer's hourly points allowance: each request is charged its complexity (see
 * kraken-api-facts.md, section 4). The hour is a fixed window that starts with the first charge
 * after the previous one ended. When blocking, a request that costs more than the points left is
 * refused and blocks the viewer until the window ends; when only counting (Kraken's COUNT mode),
 * every request is charged and nothing is refused.
 */
final class PointsAllowance {

  static final Duration WINDOW = Duration.ofHours(1);

  private final int limit;
  private Instant windowStart = Instant.MIN;
  private boolean open;
  private long used;
  private boolean blocked;

  PointsAllowance(int limit) {
    this.limit = limit;
  }

  /** An allowance at an instant; {@code usedPoints} may pass the limit when only counting. */
  record Snapshot(int limit, long remainingPoints, long usedPoints, Instant resetsAt,
      boolean blocked) {}

  /** Charges {@code points} at {@code now}; false when the request is refused. */
  synchronized boolean charge(int points, Instant now, boolean block) {
    roll(now);
    if (!open) {
      open = true;
      windowStart = now;
    }
    if (block && (blocked || used + points > limit)) {
      blocked = true;
      return false;
    }
    used += points;
    return true;
  }

  synchronized Snapshot snapshot(Instant now) {
    roll(now);
    Instant resetsAt = open ? windowStart.plus(WINDOW) : now.plus(WINDOW);
    return new Snapshot(limit, Math.max(0, limit - used), used, resetsAt, blocked);
  }

  private void roll(Instant now) {
    if (open && !now.isBefore(windowStart.plus(WINDOW))) {
      open = false;
      used = 0;
      blocked = false;
    }
  }
}
