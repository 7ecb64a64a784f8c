package dev.krakenmock.server.scenario;

import java.time.Duration;
import java.util.SplittableRandom;

/**
 * How long a scenario makes a request wait: a fixed time when {@code min} equals {@code max},
 * otherwise a time between them picked from a seed, so that the same calls always wait the same.
 */
public record Delay(Duration min, Duration max) {

  /** No wait. */
  public static final Delay NONE = new Delay(Duration.ZERO, Duration.ZERO);

  public Delay {
    if (min.isNegative() || max.compareTo(min) < 0) {
      throw new IllegalArgumentException(
          "A delay needs 0 <= min <= max, was min " + min.toMillis() + " ms, max "
              + max.toMillis() + " ms");
    }
  }

  public static Delay fixed(Duration duration) {
    return new Delay(duration, duration);
  }

  public static Delay between(Duration min, Duration max) {
    return new Delay(min, max);
  }

  /** The wait for one request, the same for the same seed, uniform over whole milliseconds. */
  public Duration pick(long seed) {
    if (min.equals(max)) {
      return min;
    }
    long span = max.toMillis() - min.toMillis();
    return min.plusMillis(new SplittableRandom(seed).nextLong(span + 1));
  }

  /** The delay as written in a scenario file: milliseconds, or {@code {min, max}}. */
  Object describe() {
    if (min.equals(max)) {
      return min.toMillis();
    }
    return java.util.Map.of("min", min.toMillis(), "max", max.toMillis());
  }
}
