package dev.krakenmock.server.scenario;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a matched scenario makes of a request; any combination of its parts.
 *
 * @param failures fields to fail with Kraken errors
 * @param payloads root fields to answer with fixed data instead of generated data (deep-merged
 *     over the generated value), by root response key
 * @param delay how long to wait before answering
 * @param fault an HTTP-level failure instead of a GraphQL answer
 * @param matched the ids of the scenarios that produced the outcome, for the journal
 */
public record Outcome(List<FieldFailure> failures, Map<String, Object> payloads,
    Duration delay, Optional<HttpFault> fault, List<String> matched) {

  /** Nothing scripted: the request is answered as usual. */
  public static final Outcome NONE =
      new Outcome(List.of(), Map.of(), Duration.ZERO, Optional.empty(), List.of());

  public Outcome {
    failures = List.copyOf(failures);
    payloads = Map.copyOf(payloads);
    matched = List.copyOf(matched);
    if (delay.isNegative()) {
      throw new IllegalArgumentException("A delay cannot be negative: " + delay);
    }
  }

  public boolean isNone() {
    return failures.isEmpty() && payloads.isEmpty() && delay.isZero() && fault.isEmpty();
  }
}
