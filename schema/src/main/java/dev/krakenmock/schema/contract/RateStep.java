package dev.krakenmock.schema.contract;

import java.time.Duration;
import java.util.Locale;

/** One step of a rate limit: at most {@code requests} per {@code period} ({@code 10/m}). */
public record RateStep(int requests, Period period) {

  /** The periods the reference uses, with their one-letter spelling. */
  public enum Period {
    SECOND("s", Duration.ofSeconds(1)),
    MINUTE("m", Duration.ofMinutes(1)),
    HOUR("h", Duration.ofHours(1)),
    DAY("d", Duration.ofDays(1));

    private final String symbol;
    private final Duration duration;

    Period(String symbol, Duration duration) {
      this.symbol = symbol;
      this.duration = duration;
    }

    public String symbol() {
      return symbol;
    }

    public Duration duration() {
      return duration;
    }

    static Period ofSymbol(String symbol) {
      for (Period period : values()) {
        if (period.symbol.equals(symbol.toLowerCase(Locale.ROOT))) {
          return period;
        }
      }
      throw new IllegalArgumentException("Unknown rate period: " + symbol);
    }
  }

  public RateStep {
    if (requests <= 0) {
      throw new IllegalArgumentException("A rate step allows at least one request: " + requests);
    }
  }

  /** Parses {@code 10/m}. */
  public static RateStep parse(String text) {
    String[] parts = text.strip().split("/");
    if (parts.length != 2) {
      throw new IllegalArgumentException("Not a rate step: '" + text + "'");
    }
    try {
      return new RateStep(Integer.parseInt(parts[0].strip()), Period.ofSymbol(parts[1].strip()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Not a rate step: '" + text + "'", e);
    }
  }

  @Override
  public String toString() {
    return requests + "/" + period.symbol();
  }
}
