package dev.krakenmock.server.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.krakenmock.server.engine.GraphqlRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads the GraphQL-over-HTTP request shape, {@code {query, operationName, variables, extensions}},
 * from a JSON body or from URL query parameters, and says precisely what is wrong when it cannot. A
 * {@code query} only has to be a string here: whether it parses is the engine's to say, in the
 * GraphQL response.
 */
final class GraphqlRequestReader {

  static final String QUERY = "query";
  static final String OPERATION_NAME = "operationName";
  static final String VARIABLES = "variables";
  static final String EXTENSIONS = "extensions";

  private final ObjectMapper mapper;

  GraphqlRequestReader(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  DecodedRequest fromJsonBody(String body) {
    return fromJsonBody(body.getBytes(StandardCharsets.UTF_8));
  }

  DecodedRequest fromJsonBody(byte[] body) {
    if (isBlank(body)) {
      return new DecodedRequest.Rejected(
          "Request body is empty; send a JSON object with a \"query\" string.");
    }
    JsonNode root;
    try {
      root = mapper.readTree(body);
    } catch (JsonProcessingException e) {
      return new DecodedRequest.Rejected("Request body is not valid JSON" + where(e) + ".");
    } catch (IOException e) {
      return new DecodedRequest.Rejected("Request body could not be read.");
    }
    if (!(root instanceof ObjectNode object)) {
      return new DecodedRequest.Rejected(
          "Request body must be a JSON object with a \"query\" string, not "
              + describe(root)
              + ".");
    }
    return decode(
        object.get(QUERY),
        object.get(OPERATION_NAME),
        object.get(VARIABLES),
        object.get(EXTENSIONS));
  }

  /**
   * Reads the parameters of a {@code GET}. {@code variables} and {@code extensions} are JSON text;
   * an empty {@code operationName} means none, as GraphQL over HTTP says.
   */
  DecodedRequest fromQueryParameters(
      @Nullable String query,
      @Nullable String operationName,
      @Nullable String variables,
      @Nullable String extensions) {
    if (query == null) {
      return missingQuery();
    }
    JsonParameter parsedVariables = jsonParameter(VARIABLES, variables);
    JsonParameter parsedExtensions = jsonParameter(EXTENSIONS, extensions);
    String problem =
        parsedVariables.problem() != null ? parsedVariables.problem() : parsedExtensions.problem();
    if (problem != null) {
      return new DecodedRequest.Rejected(problem);
    }
    String name = operationName == null || operationName.isEmpty() ? null : operationName;
    return decode(
        textNode(query), textNode(name), parsedVariables.value(), parsedExtensions.value());
  }

  private DecodedRequest decode(
      @Nullable JsonNode query,
      @Nullable JsonNode operationName,
      @Nullable JsonNode variables,
      @Nullable JsonNode extensions) {
    if (isAbsent(query)) {
      return missingQuery();
    }
    if (!query.isTextual()) {
      return new DecodedRequest.Rejected(
          "\"query\" must be a string holding a GraphQL document, not " + describe(query) + ".");
    }
    if (!isAbsent(operationName) && !operationName.isTextual()) {
      return new DecodedRequest.Rejected(
          "\"operationName\" must be a string or null, not " + describe(operationName) + ".");
    }
    if (!isAbsent(variables) && !variables.isObject()) {
      return new DecodedRequest.Rejected(
          "\"variables\" must be a JSON object or null, not " + describe(variables) + ".");
    }
    if (!isAbsent(extensions) && !extensions.isObject()) {
      return new DecodedRequest.Rejected(
          "\"extensions\" must be a JSON object or null, not " + describe(extensions) + ".");
    }
    String name = isAbsent(operationName) ? null : operationName.asText();
    return new DecodedRequest.Accepted(new GraphqlRequest(query.asText(), name, toMap(variables)));
  }

  private static DecodedRequest missingQuery() {
    return new DecodedRequest.Rejected("Missing \"query\": send the GraphQL document to run.");
  }

  private JsonParameter jsonParameter(String name, @Nullable String text) {
    if (text == null || text.isBlank()) {
      return new JsonParameter(null, null);
    }
    try {
      return new JsonParameter(mapper.readTree(text), null);
    } catch (JsonProcessingException e) {
      return new JsonParameter(
          null, "Parameter \"" + name + "\" is not valid JSON" + where(e) + ".");
    }
  }

  private Map<String, @Nullable Object> toMap(@Nullable JsonNode variables) {
    Map<String, @Nullable Object> values = new LinkedHashMap<>();
    if (isAbsent(variables)) {
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

  private static boolean isAbsent(@Nullable JsonNode node) {
    return node == null || node.isNull();
  }

  private static String describe(JsonNode node) {
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case BOOLEAN -> "a boolean";
      case NUMBER -> "a number";
      case OBJECT -> "an object";
      case STRING -> "a string";
      default -> "null";
    };
  }

  private static boolean isBlank(byte[] body) {
    for (byte b : body) {
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  private static String where(JsonProcessingException e) {
    JsonLocation location = e.getLocation();
    if (location == null) {
      return "";
    }
    return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  /** A URL parameter read as JSON, or what is wrong with it. */
  private record JsonParameter(@Nullable JsonNode value, @Nullable String problem) {}
}
