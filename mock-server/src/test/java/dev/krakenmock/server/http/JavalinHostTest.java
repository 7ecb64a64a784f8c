package dev.krakenmock.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JavalinHostTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ECHO = "{\"query\":\"{ echo }\"}";
  private static final String ENDPOINT_METHODS = "GET, HEAD, POST, OPTIONS";

  // Stands in for an engine that breaks in a way it should not, to see what clients get then.
  private static final AtomicReference<Throwable> FAILURE = new AtomicReference<>();

  private static RunningHost host;

  @BeforeAll
  static void startHost() {
    host =
        RunningHost.start(
            request -> {
              Throwable failure = FAILURE.get();
              if (failure instanceof RuntimeException runtime) {
                throw runtime;
              }
              if (failure instanceof Error error) {
                throw error;
              }
              return StandInEngine.execute(request);
            });
  }

  @AfterAll
  static void stopHost() {
    host.close();
  }

  @BeforeEach
  void engineWorks() {
    FAILURE.set(null);
  }

  @Test
  void reportsHealthAsUp() throws Exception {
    HttpResponse<String> response = host.send(host.request("/health").GET());

    assertEquals(200, response.statusCode());
    assertEquals("application/json;charset=utf-8", contentType(response));
    assertEquals("{\"status\":\"UP\"}", response.body());
  }

  @Test
  void answersHeadWithTheHeadersOfGetAndNoBody() throws Exception {
    HttpResponse<String> get = host.send(host.request("/graphql?query=%7Becho%7D").GET());
    HttpResponse<String> head =
        host.send(
            host.request("/graphql?query=%7Becho%7D")
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));

    assertEquals(200, head.statusCode());
    assertEquals(contentType(get), contentType(head));
    assertEquals(
        get.headers().firstValue("Content-Length"), head.headers().firstValue("Content-Length"));
    assertEquals("", head.body());
  }

  @Test
  void answersRequestsJettyRefusesWithAJsonError() throws Exception {
    HttpResponse<String> response =
        host.send(host.request("/health").header("X-Large", "x".repeat(64 * 1024)).GET());

    assertEquals(431, response.statusCode());
    assertEquals("application/json;charset=utf-8", contentType(response));
    assertSingleErrorMentioning(response, "Request Header Fields Too Large");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/no-such-endpoint", "/v1/graphql/extra", "/v2/graphql/"})
  void answersUnknownPathsWithNotFoundAndAJsonError(String path) throws Exception {
    HttpResponse<String> response = host.send(host.request(path).GET());

    assertEquals(404, response.statusCode());
    assertEquals("application/json;charset=utf-8", contentType(response));
    assertSingleErrorMentioning(response, "No endpoint at " + path);
  }

  @ParameterizedTest
  @ValueSource(strings = {"PUT", "DELETE", "PATCH"})
  void answersOtherMethodsOnTheEndpointWithMethodNotAllowedAndAllow(String method)
      throws Exception {
    HttpResponse<String> response =
        host.send(
            host.request("/v1/graphql/")
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(ECHO)));

    assertEquals(405, response.statusCode());
    assertEquals(ENDPOINT_METHODS, response.headers().firstValue("Allow").orElse(""));
    assertEquals("application/json;charset=utf-8", contentType(response));
    assertSingleErrorMentioning(response, "Method " + method + " is not allowed");
  }

  @Test
  void answersPostOnHealthWithMethodNotAllowedAndAllow() throws Exception {
    HttpResponse<String> response = host.send(host.post("/health", "{}"));

    assertEquals(405, response.statusCode());
    assertEquals("GET, HEAD, OPTIONS", response.headers().firstValue("Allow").orElse(""));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/v1/graphql/", "/v1/graphql", "/graphql"})
  void answersOptionsWithNoContentAndAllow(String path) throws Exception {
    HttpResponse<String> response =
        host.send(host.request(path).method("OPTIONS", HttpRequest.BodyPublishers.noBody()));

    assertEquals(204, response.statusCode());
    assertEquals(ENDPOINT_METHODS, response.headers().firstValue("Allow").orElse(""));
    assertEquals("", response.body());
  }

  @Test
  void answersAnEngineFailureWithInternalServerErrorAndNoStackTrace() throws Exception {
    FAILURE.set(new IllegalStateException("secret detail at dev.krakenmock.Secret"));

    HttpResponse<String> response = host.send(host.post("/v1/graphql/", ECHO));

    assertEquals(500, response.statusCode());
    assertEquals("application/json;charset=utf-8", contentType(response));
    assertEquals("{\"errors\":[{\"message\":\"Internal server error.\"}]}", response.body());
  }

  @Test
  void answersAnEngineErrorWithInternalServerErrorAndNoStackTrace() throws Exception {
    FAILURE.set(new StackOverflowError("deep at dev.krakenmock.Secret"));

    HttpResponse<String> response = host.send(host.post("/v1/graphql/", ECHO));

    assertEquals(500, response.statusCode());
    assertEquals("application/json;charset=utf-8", contentType(response));
    assertEquals("{\"errors\":[{\"message\":\"Internal server error.\"}]}", response.body());
  }

  @Test
  void keepsServingAfterAFailure() throws Exception {
    FAILURE.set(new IllegalStateException("boom"));
    assertEquals(500, host.send(host.post("/v1/graphql/", ECHO)).statusCode());
    FAILURE.set(new AssertionError("boom"));
    assertEquals(500, host.send(host.post("/v1/graphql/", ECHO)).statusCode());

    FAILURE.set(null);

    assertEquals(200, host.send(host.post("/v1/graphql/", ECHO)).statusCode());
    assertEquals(200, host.send(host.request("/health").GET()).statusCode());
  }

  @Test
  void neverAnswersWithAStackTraceToMalformedInput() throws Exception {
    for (String body : new String[] {"\u0000\u0001", "{\"query\":\"{\",\"variables\":7}", "[[[["}) {
      HttpResponse<String> response = host.send(host.post("/v1/graphql/", body));

      assertEquals(400, response.statusCode(), body);
      assertFalse(response.body().contains("\tat ") || response.body().contains("Exception"));
    }
  }

  private static String contentType(HttpResponse<String> response) {
    return response.headers().firstValue("Content-Type").orElse("");
  }

  private static void assertSingleErrorMentioning(HttpResponse<String> response, String text)
      throws IOException {
    JsonNode errors = JSON.readTree(response.body()).path("errors");
    assertEquals(1, errors.size(), response.body());
    assertTrue(errors.get(0).path("message").asText().contains(text), response.body());
  }
}
