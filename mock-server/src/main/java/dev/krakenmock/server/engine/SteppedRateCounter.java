package dev.krakenmock.server.engine;

import dev.krakenmock.schema.contract.RateStep;
import java.time.Instant;
import java.util.List;

/**
 * The count behind one field-specific rate limit for one client, with Kraken's stepped limits
 * ({@code 10/m, 5/m, 1/m, 1/h}). Kraken does not document how steps move, so this is the reading
 * chosen:
 *
 * <ul>
 *   <li>requests are counted in fixed windows; a window starts with the first request after the
 *       previous one ended and lasts the current step's period;
 *   <li>a request over the current step's count is refused, and the first refusal in a window
 *       moves to the next, tighter step. The window keeps its start and its count, so the client
 *       stays blocked until it ends (a step with a longer period lengthens it);
 *   <li>a window that ends after a refusal starts the next one at the same step; a window that
 *       ends without one, or a whole window of silence, goes back to the first step.
 * </ul>
 *
 * <p>So with {@code 10/m, 5/m, 1/m, 1/h}: the 11th request of a minute is refused and the rest of
 * that minute too; the next minute allows 5; a 6th is refused and the minute after allows 1; a
 * 2nd is refused and the client waits until an hour after that window began, then gets 1 an hour
 * until an hour passes without a refusal. A single step ({@code 300/h}) is a plain fixed window.
 */
final class SteppedRateCounter {

  private final List<RateStep> steps;
  private int step;
  private Instant windowStart = Instant.MIN;
  private boolean open;
  private int count;
  private boolean refused;

  SteppedRateCounter(List<RateStep> steps) {
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("A rate limit needs at least one step");
    }
    this.steps = List.copyOf(steps);
  }

  /** The state of one counter at an instant. */
  record Snapshot(RateStep step, Instant resetsAt, boolean blocked) {}

  /** Counts a request at {@code now}; false when it is over the limit and must be refused. */
  synchronized boolean tryAcquire(Instant now) {
    roll(now);
    if (!open) {
      open = true;
      windowStart = now;
      count = 0;
      refused = false;
    }
    if (count < steps.get(step).requests()) {
      count++;
      return true;
    }
    if (!refused) {
      refused = true;
      step = Math.min(step + 1, steps.size() - 1);
    }
    return false;
  }

  /** The current step, when the current window ends, and whether a request now is refused. */
  synchronized Snapshot snapshot(Instant now) {
    roll(now);
    RateStep current = steps.get(step);
    if (!open) {
      return new Snapshot(current, now.plus(current.period().duration()), false);
    }
    return new Snapshot(current, windowEnd(), count >= current.requests());
  }

  private void roll(Instant now) {
    if (!open || now.isBefore(windowEnd())) {
      return;
    }
    boolean silentSinceEnd = !now.isBefore(windowEnd().plus(steps.get(step).period().duration()));
    if (!refused || silentSinceEnd) {
      step = 0;
    }
    open = false;
  }

  private Instant windowEnd() {
    return windowStart.plus(steps.get(step).period().duration());
  }
}
