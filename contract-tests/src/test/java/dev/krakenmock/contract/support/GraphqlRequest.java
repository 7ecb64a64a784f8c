package dev.krakenmock.contract.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A GraphQL request as it goes over the wire: the query text, its operation name, its variables,
 * and any extra headers.
 */
public record GraphqlRequest(
    String query,
    @Nullable String operationName,
    ObjectNode variables,
    Map<String, String> headers) {

  public GraphqlRequest {
    Objects.requireNonNull(query, "query");
    variables = variables.deepCopy();
    headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
  }

  /** A request without variables or extra headers. */
  public static GraphqlRequest of(String query) {
    return new GraphqlRequest(query, null, JsonMapper.shared().createObjectNode(), Map.of());
  }

  /** A copy that also sends the given header. */
  public GraphqlRequest withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new GraphqlRequest(query, operationName, variables, more);
  }

  /** The JSON body: {@code query}, {@code operationName} when set, and {@code variables}. */
  public String body() {
    ObjectNode body = JsonMapper.shared().createObjectNode();
    body.put("query", query);
    if (operationName != null) {
      body.put("operationName", operationName);
    }
    body.set("variables", variables);
    return body.toString();
  }
}
