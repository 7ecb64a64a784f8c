package dev.krakenmock.server.http;

import dev.krakenmock.server.engine.GraphqlRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers like the engine does, without a schema: a document containing {@code requestError} gets a
 * response without {@code data} (as for syntax, validation and variable errors), one containing
 * {@code fieldError} gets {@code data: null} with an error, and any other gets its own request back
 * under {@code data.echo}, so tests can see what the endpoint passed on.
 */
final class StandInEngine {

  static final String REQUEST_ERROR = "requestError";
  static final String FIELD_ERROR = "fieldError";

  private StandInEngine() {}

  static Map<String, Object> execute(GraphqlRequest request) {
    if (request.query().contains(REQUEST_ERROR)) {
      return Map.of("errors", List.of(Map.of("message", "Validation error: requestError")));
    }
    Map<String, Object> response = new LinkedHashMap<>();
    if (request.query().contains(FIELD_ERROR)) {
      response.put("data", null);
      response.put("errors", List.of(Map.of("message", "fieldError failed")));
      return response;
    }
    Map<String, Object> echo = new LinkedHashMap<>();
    echo.put("query", request.query());
    echo.put("operationName", request.operationName());
    echo.put("variables", request.variables());
    response.put("data", Map.of("echo", echo));
    return response;
  }
}
