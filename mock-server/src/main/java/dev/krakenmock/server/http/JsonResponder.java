package dev.krakenmock.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes JSON responses with the server's own Jackson mapper, so the wire format does not depend on
 * which JSON library Javalin happens to find on the class path. Errors that happen outside GraphQL
 * execution get the same shape as GraphQL errors: {@code {"errors":[{"message":...}]}}.
 */
final class JsonResponder {

  static final int BAD_REQUEST = 400;
  static final int INTERNAL_SERVER_ERROR = 500;

  private static final Logger LOG = LoggerFactory.getLogger(JsonResponder.class);

  private final ObjectMapper mapper;

  JsonResponder(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  void respond(Context context, int status, Object body) {
    byte[] json;
    try {
      json = mapper.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      LOG.error("Could not write a response as JSON", e);
      respondWithError(
          context, INTERNAL_SERVER_ERROR, "Internal server error: the response is not JSON.");
      return;
    }
    context.status(status).contentType(ContentType.APPLICATION_JSON).result(json);
  }

  void respondWithError(Context context, int status, String message) {
    // Written by hand so that reporting an error cannot fail in turn.
    char[] escaped = JsonStringEncoder.getInstance().quoteAsString(message);
    String json = "{\"errors\":[{\"message\":\"" + new String(escaped) + "\"}]}";
    context.status(status).contentType(ContentType.APPLICATION_JSON).result(json);
  }
}
