package dev.krakenmock.server.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.krakenmock.server.engine.GraphqlRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads the GraphQL-over-HTTP request shape, {@code {query, operationName, variables}}, from a JSON
 * body or from URL query parameters, and says precisely what is wrong when it cannot.
 */
final class GraphqlRequestReader {

  static final String QUERY = "query";
  static final String OPERATION_NAME = "operationName";
  static final String VARIABLES = "variables";

  private final ObjectMapper mapper;

  GraphqlRequestReader(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  DecodedRequest fromJsonBody(String body) {
    if (body.isBlank()) {
      return new DecodedRequest.Rejected(
          "Request body is empty; send a JSON object with a \"query\" string.");
    }
    JsonNode root;
    try {
      root = mapper.readTree(body);
    } catch (JsonProcessingException e) {
      return new DecodedRequest.Rejected("Request body is not valid JSON" + where(e) + ".");
    }
    if (!(root instanceof ObjectNode object)) {
      return new DecodedRequest.Rejected(
          "Request body must be a JSON object with a \"query\" string.");
    }
    return decode(object.get(QUERY), object.get(OPERATION_NAME), object.get(VARIABLES));
  }

  DecodedRequest fromQueryParameters(
      @Nullable String query, @Nullable String operationName, @Nullable String variables) {
    JsonNode variablesNode = null;
    if (variables != null && !variables.isBlank()) {
      try {
        variablesNode = mapper.readTree(variables);
      } catch (JsonProcessingException e) {
        return new DecodedRequest.Rejected(
            "Parameter \"variables\" is not valid JSON" + where(e) + ".");
      }
    }
    return decode(textNode(query), textNode(operationName), variablesNode);
  }

  private DecodedRequest decode(
      @Nullable JsonNode query, @Nullable JsonNode operationName, @Nullable JsonNode variables) {
    if (query == null || query.isNull() || (query.isTextual() && query.asText().isBlank())) {
      return new DecodedRequest.Rejected("Missing \"query\": send the GraphQL document to run.");
    }
    if (!query.isTextual()) {
      return new DecodedRequest.Rejected("\"query\" must be a string.");
    }
    if (operationName != null && !operationName.isNull() && !operationName.isTextual()) {
      return new DecodedRequest.Rejected("\"operationName\" must be a string or null.");
    }
    if (variables != null && !variables.isNull() && !variables.isObject()) {
      return new DecodedRequest.Rejected("\"variables\" must be a JSON object or null.");
    }
    String name = operationName == null || operationName.isNull() ? null : operationName.asText();
    return new DecodedRequest.Accepted(new GraphqlRequest(query.asText(), name, toMap(variables)));
  }

  private Map<String, @Nullable Object> toMap(@Nullable JsonNode variables) {
    Map<String, @Nullable Object> values = new LinkedHashMap<>();
    if (variables == null || variables.isNull()) {
      return values;
    }
    for (Map.Entry<String, JsonNode> entry : variables.properties()) {
      values.put(entry.getKey(), toJava(entry.getValue()));
    }
    return values;
  }

  private @Nullable Object toJava(JsonNode node) {
    return mapper.convertValue(node, Object.class);
  }

  private @Nullable JsonNode textNode(@Nullable String value) {
    return value == null ? null : mapper.getNodeFactory().textNode(value);
  }

  private static String where(JsonProcessingException e) {
    JsonLocation location = e.getLocation();
    if (location == null) {
      return "";
    }
    return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }
}
