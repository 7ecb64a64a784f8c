package dev.krakenmock.server.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The hourly points allowance, blocking or only counting. */
class PointsAllowanceTest {

  private static final Instant START = Instant.parse("2026-01-01T10:00:00Z");

  @Test
  void chargesEachRequestItsPoints() {
    PointsAllowance allowance = new PointsAllowance(50_000);
    assertTrue(allowance.charge(10, START, true));
    PointsAllowance.Snapshot snapshot = allowance.snapshot(START.plusSeconds(5));
    assertEquals(49_990, snapshot.remainingPoints());
    assertEquals(10, snapshot.usedPoints());
    assertEquals(START.plus(Duration.ofHours(1)), snapshot.resetsAt());
    assertFalse(snapshot.blocked());
  }

  @Test
  void refusesARequestThatCostsMoreThanWhatIsLeftAndBlocksUntilTheHourEnds() {
    PointsAllowance allowance = new PointsAllowance(100);
    assertTrue(allowance.charge(95, START, true));
    assertFalse(allowance.charge(6, START.plusSeconds(1), true));
    assertFalse(allowance.charge(1, START.plusSeconds(2), true));
    assertTrue(allowance.snapshot(START.plusSeconds(3)).blocked());
    assertTrue(allowance.charge(100, START.plus(Duration.ofHours(1)), true));
  }

  @Test
  void onlyCountsWhenNotBlocking() {
    PointsAllowance allowance = new PointsAllowance(100);
    assertTrue(allowance.charge(95, START, false));
    assertTrue(allowance.charge(50, START, false));
    PointsAllowance.Snapshot snapshot = allowance.snapshot(START);
    assertEquals(145, snapshot.usedPoints());
    assertEquals(0, snapshot.remainingPoints());
    assertFalse(snapshot.blocked());
  }
}
