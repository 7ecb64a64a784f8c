package dev.krakenmock.server.http;

import dev.krakenmock.server.engine.GraphqlRequest;
import java.util.Map;

/**
 * What the endpoint needs of the engine: a GraphQL response, in the specification's shape, for one
 * request. Production passes {@code GraphqlEngine::execute}; tests may pass a stand-in.
 */
@FunctionalInterface
interface GraphqlExecutor {

  Map<String, Object> execute(GraphqlRequest request);

  /**
   * Whether the response to {@code request} depends on nothing but the request, so that an
   * identical request may be answered with the same bytes.
   */
  default boolean isCacheable(GraphqlRequest request) {
    return false;
  }
}
