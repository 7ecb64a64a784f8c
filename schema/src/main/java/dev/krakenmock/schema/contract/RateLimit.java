package dev.krakenmock.schema.contract;

import java.util.List;

/**
 * A field-specific rate limit from the reference's "Rate Limits" table: a key and its steps. With
 * several steps ({@code 10/m, 5/m, 1/m, 1/h}) the limit tightens each time the previous step is
 * exceeded.
 */
public record RateLimit(Key key, List<RateStep> steps) {

  /** What the limit counts requests by. */
  public enum Key {
    /** Per client IP address. */
    IP,
    /** Per authenticated viewer. */
    USER;

    /** Parses the reference's spelling ({@code Ip}, {@code User}). */
    public static Key parse(String text) {
      return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
        case "ip" -> IP;
        case "user" -> USER;
        default -> throw new IllegalArgumentException("Unknown rate limit key: " + text);
      };
    }
  }

  public RateLimit {
    steps = List.copyOf(steps);
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("A rate limit needs at least one step");
    }
  }
}
