package dev.krakenmock.server.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krakenmock.schema.contract.RateStep;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Kraken's stepped limits, read as fixed windows that tighten after each refusal. */
class SteppedRateCounterTest {

  private static final Instant START = Instant.parse("2026-01-01T10:00:00Z");

  private static SteppedRateCounter counter(String... steps) {
    return new SteppedRateCounter(List.of(steps).stream().map(RateStep::parse).toList());
  }

  private static int accepted(SteppedRateCounter counter, int requests, Instant at) {
    int accepted = 0;
    for (int i = 0; i < requests; i++) {
      if (counter.tryAcquire(at)) {
        accepted++;
      }
    }
    return accepted;
  }

  @Test
  void isAFixedWindowWithOneStep() {
    SteppedRateCounter counter = counter("300/h");
    assertEquals(300, accepted(counter, 301, START));
    assertFalse(counter.tryAcquire(START.plus(Duration.ofMinutes(59))));
    assertTrue(counter.tryAcquire(START.plus(Duration.ofHours(1))));
  }

  @Test
  void tightensAfterEachRefusalAndKeepsTheClientBlockedUntilTheWindowEnds() {
    SteppedRateCounter counter = counter("10/m", "5/m", "1/m", "1/h");
    assertEquals(10, accepted(counter, 11, START));
    assertEquals("5/m", counter.snapshot(START).step().toString());
    assertTrue(counter.snapshot(START).blocked());
    assertFalse(counter.tryAcquire(START.plusSeconds(59)));

    Instant second = START.plusSeconds(60);
    assertEquals(5, accepted(counter, 6, second));
    assertEquals("1/m", counter.snapshot(second).step().toString());

    Instant third = START.plusSeconds(120);
    assertEquals(1, accepted(counter, 2, third));
    assertEquals("1/h", counter.snapshot(third).step().toString());
    assertEquals(third.plus(Duration.ofHours(1)), counter.snapshot(third).resetsAt());
    assertFalse(counter.tryAcquire(third.plus(Duration.ofMinutes(30))));

    Instant fourth = third.plus(Duration.ofHours(1));
    assertEquals(1, accepted(counter, 1, fourth));
    assertEquals("1/h", counter.snapshot(fourth).step().toString());
  }

  @Test
  void goesBackToTheFirstStepAfterAWindowWithoutRefusal() {
    SteppedRateCounter counter = counter("10/m", "5/m");
    accepted(counter, 11, START);
    Instant next = START.plusSeconds(60);
    assertEquals(3, accepted(counter, 3, next));
    Instant clean = next.plusSeconds(60);
    assertEquals(10, accepted(counter, 10, clean));
    assertEquals("10/m", counter.snapshot(clean).step().toString());
  }

  @Test
  void forgivesAClientThatStayedSilentForAWholeWindow() {
    SteppedRateCounter counter = counter("10/m", "5/m", "1/m", "1/h");
    accepted(counter, 11, START);
    Instant silentAfter = START.plusSeconds(60 + 60);
    assertEquals(10, accepted(counter, 10, silentAfter));
  }

  @Test
  void showsAnUnusedLimitOpenAtItsFirstStep() {
    SteppedRateCounter.Snapshot fresh = counter("10/m", "5/m").snapshot(START);
    assertEquals("10/m", fresh.step().toString());
    assertFalse(fresh.blocked());
    assertEquals(START.plusSeconds(60), fresh.resetsAt());
  }
}
