package dev.krakenmock.server.engine;

import dev.krakenmock.server.data.Seed;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A delay added to every response, to test clients against a slow backend: none, a fixed one, or
 * one drawn uniformly between a least and a most. A drawn delay is a function of the request (its
 * query, operation name and variables) and the server's seed, so that a test that repeats a
 * request sees the same delay every time. Scenarios add their own delays on top.
 */
public final class Latency {

  private static final Pattern SPEC =
      Pattern.compile("\\s*(\\d{1,9})\\s*(?:ms)?\\s*(?:-\\s*(\\d{1,9})\\s*(?:ms)?\\s*)?");

  private static final Latency NONE = new Latency(Duration.ZERO, Duration.ZERO, 0L);

  private final Duration least;
  private final Duration most;
  private final long seed;

  private Latency(Duration least, Duration most, long seed) {
    if (least.isNegative() || most.compareTo(least) < 0) {
      throw new IllegalArgumentException(
          "latency must be 0 or more, with its least no more than its most: " + least.toMillis()
              + "-" + most.toMillis() + " ms");
    }
    this.least = least;
    this.most = most;
    this.seed = seed;
  }

  /** No delay. */
  public static Latency none() {
    return NONE;
  }

  /** The same delay for every request. */
  public static Latency fixed(Duration delay) {
    return new Latency(delay, delay, 0L);
  }

  /**
   * A delay between {@code least} and {@code most} (inclusive, to the millisecond), drawn from the
   * request and {@code seed}.
   *
   * @throws IllegalArgumentException when a bound is negative or {@code least} exceeds {@code most}
   */
  public static Latency between(Duration least, Duration most, long seed) {
    return new Latency(least, most, seed);
  }

  /**
   * Reads {@code 250} (fixed, milliseconds) or {@code 100-400} (a range); either bound may end in
   * {@code ms}.
   *
   * @throws IllegalArgumentException when the text is neither
   */
  public static Latency parse(String text, long seed) {
    Matcher matcher = SPEC.matcher(text);
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "not a latency: '" + text.strip() + "'; use milliseconds such as 250, or a range such as"
              + " 100-400");
    }
    Duration least = Duration.ofMillis(Long.parseLong(matcher.group(1)));
    Duration most = matcher.group(2) == null ? least
        : Duration.ofMillis(Long.parseLong(matcher.group(2)));
    return new Latency(least, most, seed);
  }

  /** The delay before answering {@code request}. */
  public Duration delayFor(GraphqlRequest request) {
    if (least.equals(most)) {
      return least;
    }
    long span = most.toMillis() - least.toMillis() + 1;
    long drawn = Seed.of(seed, request.query(),
        Objects.requireNonNullElse(request.operationName(), ""),
        sorted(request.variables()).toString());
    return least.plusMillis(Long.remainderUnsigned(drawn, span));
  }

  /** Whether there is any delay. */
  public boolean isNone() {
    return most.isZero();
  }

  /** The variables by name, so that the order a client sends them in does not matter. */
  private static Map<String, String> sorted(Map<String, ?> variables) {
    Map<String, String> copy = new TreeMap<>();
    variables.forEach((key, value) -> copy.put(key, String.valueOf(value)));
    return copy;
  }

  @Override
  public String toString() {
    return least.equals(most) ? least.toMillis() + " ms"
        : least.toMillis() + "-" + most.toMillis() + " ms";
  }
}
