package dev.krakenmock.server.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One GraphQL request as received over HTTP, already decoded from JSON.
 *
 * @param query the GraphQL document
 * @param operationName which operation of the document to run; may be null if there is only one
 * @param variables the variable values, in the order they were sent
 * @param headers the request's headers, names in lower case (one value each, the first sent)
 */
public record GraphqlRequest(
    String query,
    @Nullable String operationName,
    Map<String, @Nullable Object> variables,
    Map<String, String> headers) {

  /** Copies the maps so that later changes by the caller cannot reach the request. */
  public GraphqlRequest {
    variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
    Map<String, String> lowered = new LinkedHashMap<>();
    headers.forEach((name, value) -> lowered.putIfAbsent(name.toLowerCase(Locale.ROOT), value));
    headers = Collections.unmodifiableMap(lowered);
  }

  /** A request without headers. */
  public GraphqlRequest(String query, @Nullable String operationName,
      Map<String, @Nullable Object> variables) {
    this(query, operationName, variables, Map.of());
  }

  /** A request without operation name, variables or headers. */
  public static GraphqlRequest ofQuery(String query) {
    return new GraphqlRequest(query, null, Map.of());
  }

  /** The same request with these headers. */
  public GraphqlRequest withHeaders(Map<String, String> newHeaders) {
    return new GraphqlRequest(query, operationName, variables, newHeaders);
  }

  /** The header's value, by case-insensitive name. */
  public @Nullable String header(String name) {
    return headers.get(name.toLowerCase(Locale.ROOT));
  }
}
