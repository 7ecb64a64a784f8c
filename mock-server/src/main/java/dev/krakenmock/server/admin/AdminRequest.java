package dev.krakenmock.server.admin;

import java.util.Map;
import java.util.Optional;

/**
 * An admin API request as plain values.
 *
 * @param pathParameters the values of the route's path parameters, by name
 * @param queryParameters the first value of each query parameter, by name
 * @param body the request body as text, empty when there is none
 */
public record AdminRequest(Map<String, String> pathParameters,
    Map<String, String> queryParameters, String body) {

  public AdminRequest {
    pathParameters = Map.copyOf(pathParameters);
    queryParameters = Map.copyOf(queryParameters);
  }

  /** A request without parameters or body. */
  public static AdminRequest empty() {
    return new AdminRequest(Map.of(), Map.of(), "");
  }

  /** The path parameter the route declares as {@code name}. */
  public String pathParameter(String name) {
    String value = pathParameters.get(name);
    if (value == null) {
      throw new IllegalArgumentException("The route has no path parameter " + name);
    }
    return value;
  }

  public Optional<String> queryParameter(String name) {
    return Optional.ofNullable(queryParameters.get(name));
  }

  public AdminRequest withPathParameter(String name, String value) {
    Map<String, String> parameters = new java.util.HashMap<>(pathParameters);
    parameters.put(name, value);
    return new AdminRequest(parameters, queryParameters, body);
  }

  public AdminRequest withQueryParameter(String name, String value) {
    Map<String, String> parameters = new java.util.HashMap<>(queryParameters);
    parameters.put(name, value);
    return new AdminRequest(pathParameters, parameters, body);
  }

  public AdminRequest withBody(String text) {
    return new AdminRequest(pathParameters, queryParameters, text);
  }
}
