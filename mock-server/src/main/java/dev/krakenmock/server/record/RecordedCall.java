package dev.krakenmock.server.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The GraphQL parts of a forwarded request that name its recording.
 *
 * @param query the document
 * @param operationName the operation the client asked for; null when it named none
 * @param variables the variables as sent ({@code {}} when absent or null)
 */
record RecordedCall(String query, @Nullable String operationName, ObjectNode variables) {

  /** The call in a {@code POST} body; empty when the body is not a GraphQL request. */
  static Optional<RecordedCall> fromBody(byte[] body, ObjectMapper mapper) {
    try {
      JsonNode request = mapper.readTree(body);
      if (request == null || !request.isObject()) {
        return Optional.empty();
      }
      return of(request.get("query"), request.get("operationName"), request.get("variables"));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The call in a {@code GET}'s URL parameters; empty when they hold none. */
  static Optional<RecordedCall> fromQueryString(@Nullable String queryString, ObjectMapper mapper) {
    if (queryString == null) {
      return Optional.empty();
    }
    String query = null;
    String operationName = null;
    String variables = null;
    for (String pair : queryString.split("&")) {
      int equals = pair.indexOf('=');
      if (equals < 0) {
        continue;
      }
      String name = decode(pair.substring(0, equals));
      String value = decode(pair.substring(equals + 1));
      switch (name) {
        case "query" -> query = value;
        case "operationName" -> operationName = value;
        case "variables" -> variables = value;
        default -> { }
      }
    }
    try {
      return of(
          query == null ? null : JsonNodeFactory.instance.textNode(query),
          operationName == null ? null : JsonNodeFactory.instance.textNode(operationName),
          variables == null || variables.isBlank() ? null : mapper.readTree(variables));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static Optional<RecordedCall> of(
      @Nullable JsonNode query, @Nullable JsonNode operationName, @Nullable JsonNode variables) {
    if (query == null || !query.isTextual()) {
      return Optional.empty();
    }
    String name = operationName != null && operationName.isTextual() && !operationName.textValue()
        .isBlank() ? operationName.textValue() : null;
    ObjectNode vars = variables instanceof ObjectNode object
        ? object : JsonNodeFactory.instance.objectNode();
    return Optional.of(new RecordedCall(query.textValue(), name, vars));
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }
}
