package dev.krakenmock.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes JSON responses with the server's own Jackson mapper, so the wire format does not depend on
 * which JSON library Javalin happens to find on the class path. Errors that happen outside GraphQL
 * execution get the same shape as GraphQL errors: {@code {"errors":[{"message":...}]}}. Every
 * {@code Content-Type} names the charset.
 */
final class JsonResponder {

  private static final Logger LOG = LoggerFactory.getLogger(JsonResponder.class);

  private final ObjectMapper mapper;

  JsonResponder(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  void respond(Context context, HttpStatus status, Object body) {
    respond(context, status, ResponseMediaType.JSON, body);
  }

  void respond(Context context, HttpStatus status, ResponseMediaType mediaType, Object body) {
    byte[] json = serialize(body);
    if (json == null) {
      respondWithError(
          context,
          HttpStatus.INTERNAL_SERVER_ERROR,
          mediaType,
          "Internal server error: the response is not JSON.");
      return;
    }
    respondBytes(context, status, mediaType, json);
  }

  void respondBytes(Context context, HttpStatus status, ResponseMediaType mediaType,
      byte[] json) {
    context.status(status).contentType(mediaType.contentType()).result(json);
  }

  /** The body as JSON bytes; null (after logging why) when it cannot be written. */
  byte @Nullable [] serialize(Object body) {
    try {
      return mapper.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      LOG.error("Could not write a response as JSON", e);
      return null;
    }
  }

  void respondWithError(Context context, HttpStatus status, String message) {
    respondWithError(context, status, ResponseMediaType.JSON, message);
  }

  void respondWithError(
      Context context, HttpStatus status, ResponseMediaType mediaType, String message) {
    JournalRecorder.noteRejection(context, message);
    context.status(status).contentType(mediaType.contentType()).result(errorBody(message));
  }

  // Written by hand so that reporting an error cannot fail in turn.
  static String errorBody(String message) {
    char[] escaped = JsonStringEncoder.getInstance().quoteAsString(message);
    return "{\"errors\":[{\"message\":\"" + new String(escaped) + "\"}]}";
  }
}
