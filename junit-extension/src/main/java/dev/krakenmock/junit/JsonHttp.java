package dev.krakenmock.junit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** JSON over HTTP to one mock server: sends a request, reads the answer, names what went wrong. */
final class JsonHttp {

  static final ObjectMapper JSON = new ObjectMapper();

  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final int MAX_BODY_IN_MESSAGE = 500;

  private final HttpClient client;
  private final String baseUrl;

  JsonHttp(HttpClient client, String baseUrl) {
    this.client = client;
    this.baseUrl = baseUrl;
  }

  static HttpClient newClient() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(TIMEOUT)
        .build();
  }

  String baseUrl() {
    return baseUrl;
  }

  /** One answer: its status and its body, as JSON when it is JSON. */
  record Answer(String request, int status, String body) {

    /** The body as JSON, whatever the status. */
    JsonNode json() {
      try {
        JsonNode json = JSON.readTree(body);
        if (json == null || json.isMissingNode()) {
          throw new UnexpectedResponseException(request + " answered " + status
              + " with an empty body", status, body);
        }
        return json;
      } catch (JsonProcessingException e) {
        throw new UnexpectedResponseException(request + " answered " + status
            + " with a body that is not JSON: " + shortened(body), status, body);
      }
    }

    /** The body as JSON when the status is one of {@code expected}. */
    JsonNode expect(int... expected) {
      for (int each : expected) {
        if (status == each) {
          return json();
        }
      }
      throw new UnexpectedResponseException(request + " answered " + status + ": "
          + serverMessage(), status, body);
    }

    private String serverMessage() {
      try {
        JsonNode json = JSON.readTree(body);
        if (json != null && json.path("errors").isArray() && !json.path("errors").isEmpty()) {
          StringBuilder messages = new StringBuilder();
          for (JsonNode error : json.path("errors")) {
            messages.append(messages.length() == 0 ? "" : "; ")
                .append(error.path("message").asText(error.toString()));
          }
          return messages.toString();
        }
        if (json != null && json.path("message").isTextual()) {
          return json.path("message").asText();
        }
      } catch (JsonProcessingException e) {
        // Not JSON: the body itself is the best explanation there is.
      }
      return shortened(body);
    }
  }

  Answer send(String method, String pathAndQuery, @Nullable Object body,
      Map<String, String> headers) {
    String request = method + " " + pathAndQuery;
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
        .timeout(TIMEOUT)
        .header("Accept", "application/json");
    headers.forEach(builder::header);
    if (body == null) {
      builder.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      builder.header("Content-Type", "application/json");
      builder.method(method, HttpRequest.BodyPublishers.ofString(write(body),
          StandardCharsets.UTF_8));
    }
    try {
      HttpResponse<String> response = client.send(builder.build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Answer(request, response.statusCode(), response.body());
    } catch (IOException e) {
      throw new UnexpectedResponseException(request + " to " + baseUrl + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UnexpectedResponseException(request + " to " + baseUrl + " was interrupted", e);
    }
  }

  Answer send(String method, String pathAndQuery, @Nullable Object body) {
    return send(method, pathAndQuery, body, Map.of());
  }

  static String write(Object value) {
    if (value instanceof String text) {
      return text;
    }
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write as JSON: " + value, e);
    }
  }

  /** {@code text} parsed as JSON; the message says which argument was not JSON. */
  static JsonNode parse(String what, String text) {
    try {
      JsonNode json = JSON.readTree(text);
      if (json == null || json.isMissingNode()) {
        throw new IllegalArgumentException(what + " is empty; expected a JSON object");
      }
      return json;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(what + " is not valid JSON: "
          + e.getOriginalMessage(), e);
    }
  }

  static JsonNode toJson(Object value) {
    return JSON.valueToTree(value);
  }

  /** {@code ?name=value&...} of the parameters, encoded; empty when there are none. */
  static String queryString(Map<String, String> parameters) {
    StringBuilder query = new StringBuilder();
    parameters.forEach((name, value) -> query.append(query.length() == 0 ? '?' : '&')
        .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
        .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
    return query.toString();
  }

  /**
   * {@code path} with every character outside the unreserved set and {@code /} percent-encoded,
   * so that an id such as {@code account/KT-CT-4178} stays one path with its slash.
   */
  static String pathOf(String path) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xFF);
      if (Character.isLetterOrDigit(c) && c < 128 || "-._~/".indexOf(c) >= 0) {
        encoded.append(c);
      } else {
        encoded.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xFF));
      }
    }
    return encoded.toString();
  }

  private static String shortened(String body) {
    String flat = body.strip();
    return flat.length() <= MAX_BODY_IN_MESSAGE ? "'" + flat + "'"
        : "'" + flat.substring(0, MAX_BODY_IN_MESSAGE) + "…'";
  }
}
