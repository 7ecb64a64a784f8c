package dev.krakenmock.server.http;

import io.javalin.http.Context;
import io.javalin.http.Header;
import java.util.Arrays;

/**
 * Adds request header names to a response's {@code Vary}, keeping one header line, so that caches
 * keep apart the responses that CORS and content negotiation make differ.
 */
final class VaryHeader {

  private VaryHeader() {}

  static void add(Context context, String requestHeader) {
    String current = context.res().getHeader(Header.VARY);
    if (current == null || current.isBlank()) {
      context.header(Header.VARY, requestHeader);
      return;
    }
    boolean present =
        Arrays.stream(current.split(","))
            .anyMatch(name -> name.trim().equalsIgnoreCase(requestHeader));
    if (!present) {
      context.header(Header.VARY, current + ", " + requestHeader);
    }
  }
}
