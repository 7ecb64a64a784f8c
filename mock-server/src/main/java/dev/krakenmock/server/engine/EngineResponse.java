package dev.krakenmock.server.engine;

import dev.krakenmock.server.scenario.HttpFault;
import dev.krakenmock.server.scenario.RequestFacts;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The engine's answer to a request: a GraphQL response, or an HTTP fault a scenario asked for,
 * and until when the same request may be answered with the same bytes.
 *
 * @param body the response in the specification's shape ({@code data}, {@code errors}, {@code
 *     extensions}); empty when there is a fault
 * @param fault the HTTP-level failure to produce instead, if any
 * @param cacheableUntil until when an identical request may get the same answer; empty when it
 *     may not (a mutation, a scripted or stateful answer)
 * @param matching what scenarios matched the request on and which applied, for the journal;
 *     empty when the request did not get that far (a syntax error)
 */
public record EngineResponse(
    Map<String, Object> body, Optional<HttpFault> fault, Optional<Instant> cacheableUntil,
    Optional<Matching> matching) {

  /** An answer without matching facts. */
  public EngineResponse(
      Map<String, Object> body, Optional<HttpFault> fault, Optional<Instant> cacheableUntil) {
    this(body, fault, cacheableUntil, Optional.empty());
  }

  static EngineResponse uncacheable(Map<String, Object> body) {
    return new EngineResponse(body, Optional.empty(), Optional.empty());
  }

  /** The same answer, with what scenarios matched the request on and which applied. */
  public EngineResponse withMatching(RequestFacts facts, @Nullable String operationType,
      List<String> scenarios) {
    return new EngineResponse(body, fault, cacheableUntil,
        Optional.of(new Matching(facts, operationType, scenarios)));
  }

  /**
   * What scenarios matched a request on, and which applied.
   *
   * @param facts the request as scenarios see it
   * @param operationType {@code query}, {@code mutation} or {@code subscription}, when known
   * @param scenarios the ids of the scenarios (and trigger headers) that scripted the answer
   */
  public record Matching(RequestFacts facts, @Nullable String operationType,
      List<String> scenarios) {
    public Matching {
      scenarios = List.copyOf(scenarios);
    }
  }
}
