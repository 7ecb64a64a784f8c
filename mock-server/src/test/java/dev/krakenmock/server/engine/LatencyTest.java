package dev.krakenmock.server.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A global delay, fixed or drawn from the request. */
class LatencyTest {

  private static GraphqlRequest request(int n) {
    return new GraphqlRequest("{ viewer { id } }", null, Map.of("n", n));
  }

  @Test
  void delaysNothingByDefault() {
    assertEquals(Duration.ZERO, Latency.none().delayFor(request(1)));
    assertTrue(Latency.none().isNone());
  }

  @Test
  void delaysEveryRequestTheSameWhenFixed() {
    Latency latency = Latency.parse("250", 1L);
    assertEquals(Duration.ofMillis(250), latency.delayFor(request(1)));
    assertEquals(Duration.ofMillis(250), latency.delayFor(request(2)));
    assertEquals(Latency.fixed(Duration.ofMillis(250)).delayFor(request(3)),
        latency.delayFor(request(3)));
  }

  @Test
  void drawsADelayInTheRangeThatDependsOnlyOnTheRequestAndTheSeed() {
    Latency latency = Latency.parse("100-400ms", 7L);
    Set<Duration> seen = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      Duration delay = latency.delayFor(request(i));
      assertTrue(delay.toMillis() >= 100 && delay.toMillis() <= 400, delay::toString);
      assertEquals(delay, Latency.between(Duration.ofMillis(100), Duration.ofMillis(400), 7L)
          .delayFor(request(i)));
      seen.add(delay);
    }
    assertTrue(seen.size() > 50, "spread: " + seen.size());
    assertNotEquals(latency.delayFor(request(1)), Latency.parse("100-400", 8L).delayFor(request(1)),
        "another seed draws another delay");
  }

  @Test
  void ignoresTheOrderVariablesAreSentIn() {
    Map<String, Object> ab = new LinkedHashMap<>();
    ab.put("a", 1);
    ab.put("b", 2);
    Map<String, Object> ba = new LinkedHashMap<>();
    ba.put("b", 2);
    ba.put("a", 1);
    Latency latency = Latency.parse("0-1000", 1L);
    assertEquals(latency.delayFor(new GraphqlRequest("{ x }", null, ab)),
        latency.delayFor(new GraphqlRequest("{ x }", null, ba)));
  }

  @Test
  void refusesWhatIsNotALatency() {
    assertThrows(IllegalArgumentException.class, () -> Latency.parse("fast", 1L));
    assertThrows(IllegalArgumentException.class, () -> Latency.parse("400-100", 1L));
    assertThrows(IllegalArgumentException.class, () -> Latency.parse("-5", 1L));
  }
}
