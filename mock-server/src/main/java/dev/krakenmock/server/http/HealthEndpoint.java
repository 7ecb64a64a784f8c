package dev.krakenmock.server.http;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;

/** Liveness for orchestrators and scripts: {@code GET /health} answers {@code {"status":"UP"}}. */
final class HealthEndpoint {

  static final String PATH = "/health";
  static final String ALLOWED_METHODS = "GET, HEAD, OPTIONS";

  private static final Map<String, String> UP = Map.of("status", "UP");

  private final JsonResponder responder;

  HealthEndpoint(JsonResponder responder) {
    this.responder = responder;
  }

  void handleGet(Context context) {
    responder.respond(context, HttpStatus.OK, UP);
  }
}
