package dev.krakenmock.server.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One GraphQL request as received over HTTP, already decoded from JSON.
 *
 * @param query the GraphQL document
 * @param operationName which operation of the document to run; may be null if there is only one
 * @param variables the variable values, in the order they were sent
 */
public record GraphqlRequest(
    String query, @Nullable String operationName, Map<String, @Nullable Object> variables) {

  /** Copies the variables so that later changes by the caller cannot reach the request. */
  public GraphqlRequest {
    variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
  }

  /** A request without operation name or variables. */
  public static GraphqlRequest ofQuery(String query) {
    return new GraphqlRequest(query, null, Map.of());
  }
}
