package dev.krakenmock.server.http;

import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Lets browsers call the server from other origins, as {@code corsOrigins} says: {@code *} allows
 * any origin, a list allows the origins on it, and an empty list sends no CORS header at all.
 * Preflights get the methods of the path and every header the mock reads, plus any other header the
 * browser asks for, because a mock should not be the reason a client's request fails.
 */
final class CorsPolicy {

  static final List<String> ALLOWED_HEADERS =
      List.of(
          "Content-Type",
          "Authorization",
          "X-Mock-Scenario",
          "X-Mock-Error",
          "X-Mock-Session",
          "X-Possible-Errors",
          "X-Kraken-Possible-Errors");

  private static final String ANY_ORIGIN = "*";
  private static final String MAX_AGE_SECONDS = "600";
  private static final String REQUEST_PRIVATE_NETWORK = "Access-Control-Request-Private-Network";
  private static final String ALLOW_PRIVATE_NETWORK = "Access-Control-Allow-Private-Network";

  private final boolean anyOrigin;
  private final Set<String> origins;

  private CorsPolicy(boolean anyOrigin, Set<String> origins) {
    this.anyOrigin = anyOrigin;
    this.origins = origins;
  }

  static CorsPolicy allowing(List<String> corsOrigins) {
    boolean any = corsOrigins.contains(ANY_ORIGIN);
    Set<String> listed =
        corsOrigins.stream()
            .map(origin -> origin.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
    return new CorsPolicy(any, listed);
  }

  private boolean enabled() {
    return anyOrigin || !origins.isEmpty();
  }

  /** Runs before every request, so that error responses are readable by the browser too. */
  void addResponseHeaders(Context context) {
    if (anyOrigin) {
      context.header(Header.ACCESS_CONTROL_ALLOW_ORIGIN, ANY_ORIGIN);
      return;
    }
    if (!enabled()) {
      return;
    }
    VaryHeader.add(context, Header.ORIGIN);
    String origin = context.header(Header.ORIGIN);
    if (origin != null && origins.contains(origin.toLowerCase(Locale.ROOT))) {
      context.header(Header.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
    }
  }

  /**
   * Answers {@code OPTIONS}: {@code 204} with {@code Allow}, and for a CORS preflight from an
   * allowed origin the {@code Access-Control-Allow-*} headers.
   */
  void answerOptions(Context context, String allowedMethods) {
    context.status(HttpStatus.NO_CONTENT).header(Header.ALLOW, allowedMethods);
    if (!isPreflight(context)
        || context.res().getHeader(Header.ACCESS_CONTROL_ALLOW_ORIGIN) == null) {
      return;
    }
    VaryHeader.add(context, Header.ACCESS_CONTROL_REQUEST_METHOD);
    VaryHeader.add(context, Header.ACCESS_CONTROL_REQUEST_HEADERS);
    context.header(Header.ACCESS_CONTROL_ALLOW_METHODS, allowedMethods);
    context.header(
        Header.ACCESS_CONTROL_ALLOW_HEADERS,
        String.join(", ", allowedHeaders(context.header(Header.ACCESS_CONTROL_REQUEST_HEADERS))));
    context.header(Header.ACCESS_CONTROL_MAX_AGE, MAX_AGE_SECONDS);
    if ("true".equalsIgnoreCase(context.header(REQUEST_PRIVATE_NETWORK))) {
      // Chromium asks this before a public page may call a server on localhost.
      context.header(ALLOW_PRIVATE_NETWORK, "true");
    }
  }

  private static boolean isPreflight(Context context) {
    return context.header(Header.ORIGIN) != null
        && context.header(Header.ACCESS_CONTROL_REQUEST_METHOD) != null;
  }

  private static List<String> allowedHeaders(@Nullable String requested) {
    List<String> headers = new ArrayList<>(ALLOWED_HEADERS);
    if (requested == null) {
      return headers;
    }
    Set<String> known =
        ALLOWED_HEADERS.stream()
            .map(name -> name.toLowerCase(Locale.ROOT))
            .collect(Collectors.toSet());
    for (String name : requested.split(",")) {
      String trimmed = name.trim();
      if (isToken(trimmed) && known.add(trimmed.toLowerCase(Locale.ROOT))) {
        headers.add(trimmed);
      }
    }
    return headers;
  }

  private static boolean isToken(String value) {
    return !value.isEmpty()
        && value.chars().allMatch(c -> c > ' ' && c < 127 && "\"(),/:;<=>?@[\\]{}".indexOf(c) < 0);
  }
}
