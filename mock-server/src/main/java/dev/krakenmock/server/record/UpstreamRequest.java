package dev.krakenmock.server.record;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A GraphQL request as the client sent it, to be forwarded upstream.
 *
 * @param method {@code POST} or {@code GET}
 * @param queryString the URL's query string without {@code ?} (a {@code GET}'s parameters, as
 *     sent); null when there is none
 * @param body the request body as sent; empty for {@code GET}
 * @param headers the client's headers, names in lower case
 */
public record UpstreamRequest(
    String method, @Nullable String queryString, byte[] body, Map<String, String> headers) {

  public UpstreamRequest {
    headers = Map.copyOf(headers);
  }

  /** A {@code POST} with its body. */
  public static UpstreamRequest post(byte[] body, Map<String, String> headers) {
    return new UpstreamRequest("POST", null, body, headers);
  }

  /** A {@code GET} with its URL parameters. */
  public static UpstreamRequest get(@Nullable String queryString, Map<String, String> headers) {
    return new UpstreamRequest("GET", queryString, new byte[0], headers);
  }

  boolean isPost() {
    return "POST".equals(method);
  }
}
