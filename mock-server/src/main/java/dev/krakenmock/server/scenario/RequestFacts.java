package dev.krakenmock.server.scenario;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a scenario can match a request on.
 *
 * @param session the session the request belongs to ({@code X-Mock-Session}, else {@link
 *     #DEFAULT_SESSION})
 * @param operationName the operation's name, when it has one
 * @param rootFields the root fields the operation selects, by field name (not alias), in order
 * @param rootArguments the arguments of each root field, by field name, variables resolved
 * @param variables the request's variables
 * @param headers the request's headers, names in lower case
 */
public record RequestFacts(
    String session,
    @Nullable String operationName,
    List<String> rootFields,
    Map<String, Map<String, @Nullable Object>> rootArguments,
    Map<String, @Nullable Object> variables,
    Map<String, String> headers) {

  /** The session of requests that name none. */
  public static final String DEFAULT_SESSION = "default";

  public RequestFacts {
    rootFields = List.copyOf(rootFields);
    rootArguments = Map.copyOf(rootArguments);
    variables = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(variables));
    headers = Map.copyOf(headers);
  }

  public @Nullable String header(String name) {
    return headers.get(name.toLowerCase(Locale.ROOT));
  }
}
