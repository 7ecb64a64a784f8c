package dev.krakenmock.server.record;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What the upstream answered, to be handed to the client unchanged.
 *
 * @param status the HTTP status
 * @param contentType the {@code Content-Type} header; null when there was none
 * @param body the response body
 */
public record UpstreamResponse(int status, @Nullable String contentType, byte[] body) {

  static final int BAD_GATEWAY = 502;

  /** A {@code 502} whose JSON body is a GraphQL error carrying {@code message}. */
  static UpstreamResponse badGateway(String message) {
    String body = "{\"errors\":[{\"message\":" + quoted(message)
        + ",\"extensions\":{\"errorType\":\"UPSTREAM\"}}]}";
    return new UpstreamResponse(
        BAD_GATEWAY, "application/json", body.getBytes(StandardCharsets.UTF_8));
  }

  /** Whether the body is JSON: {@code application/json} or {@code application/*+json}. */
  boolean isJson() {
    if (contentType == null) {
      return false;
    }
    String essence = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return essence.equals("application/json")
        || essence.startsWith("application/") && essence.endsWith("+json");
  }

  private static String quoted(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
