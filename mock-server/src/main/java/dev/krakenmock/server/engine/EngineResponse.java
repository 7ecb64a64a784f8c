package dev.krakenmock.server.engine;

import dev.krakenmock.server.scenario.HttpFault;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The engine's answer to a request: a GraphQL response, or an HTTP fault a scenario asked for,
 * and until when the same request may be answered with the same bytes.
 *
 * @param body the response in the specification's shape ({@code data}, {@code errors}, {@code
 *     extensions}); empty when there is a fault
 * @param fault the HTTP-level failure to produce instead, if any
 * @param cacheableUntil until when an identical request may get the same answer; empty when it
 *     may not (a mutation, a scripted or stateful answer)
 */
public record EngineResponse(
    Map<String, Object> body, Optional<HttpFault> fault, Optional<Instant> cacheableUntil) {

  static EngineResponse uncacheable(Map<String, Object> body) {
    return new EngineResponse(body, Optional.empty(), Optional.empty());
  }
}
