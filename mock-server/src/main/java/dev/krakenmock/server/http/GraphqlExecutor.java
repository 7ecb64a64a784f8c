package dev.krakenmock.server.http;

import dev.krakenmock.server.engine.GraphqlRequest;
import dev.krakenmock.server.engine.EngineResponse;
import java.util.Map;
import java.util.Optional;

/**
 * What the endpoint needs of the engine: a GraphQL response, in the specification's shape, for one
 * request. Production passes {@code GraphqlEngine::execute}; tests may pass a stand-in.
 */
@FunctionalInterface
interface GraphqlExecutor {

  Map<String, Object> execute(GraphqlRequest request);

  /**
   * The response with what the HTTP layer must know besides: an HTTP fault to produce instead,
   * and until when an identical request may be answered with the same bytes (never, by default).
   */
  default EngineResponse respond(GraphqlRequest request) {
    return new EngineResponse(execute(request), Optional.empty(), Optional.empty());
  }

  /** Changes whenever state that answers depend on changes; cached answers of older ones are stale. */
  default long stateVersion() {
    return 0;
  }
}
