package dev.krakenmock.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.krakenmock.schema.sdl.GeneratedSchema;
import dev.krakenmock.server.config.MockServerConfig;
import graphql.schema.idl.SchemaParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MockServerTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String INTROSPECTION =
      "{\"query\":\"{ __schema { queryType { name } types { name } } }\"}";

  private static MockServer server;
  private static HttpClient client;

  @BeforeAll
  static void startServer() {
    server = MockServer.create(MockServerConfig.newConfig().host("127.0.0.1").port(0).build());
    server.start();
    client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  @AfterAll
  static void stopServer() {
    server.stop();
  }

  @Test
  void answersIntrospectionWithQueryRootAndEveryTypeOfTheSdl() throws Exception {
    HttpResponse<String> response = post(MockServer.GRAPHQL_PATH, INTROSPECTION);

    assertEquals(200, response.statusCode());
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    JsonNode schema = JSON.readTree(response.body()).path("data").path("__schema");
    assertEquals("Query", schema.path("queryType").path("name").asText());
    Set<String> served = new TreeSet<>();
    schema.path("types").forEach(type -> served.add(type.path("name").asText()));
    Set<String> declared =
        new TreeSet<>(new SchemaParser().parse(GeneratedSchema.sdl()).types().keySet());
    assertFalse(declared.isEmpty());
    assertTrue(served.containsAll(declared), () -> "missing: " + difference(declared, served));
  }

  @Test
  void servesTheSameEndpointAtTheShortPathAndWithoutTrailingSlash() throws Exception {
    for (String path : List.of("/graphql", "/v1/graphql")) {
      HttpResponse<String> response = post(path, INTROSPECTION);

      assertEquals(200, response.statusCode(), path);
      assertEquals(
          "Query", JSON.readTree(response.body()).at("/data/__schema/queryType/name").asText());
    }
  }

  @Test
  void answersGetWithQueryParameters() throws Exception {
    HttpResponse<String> response = get(MockServer.GRAPHQL_PATH + "?query=%7B__typename%7D");

    assertEquals(200, response.statusCode());
    assertEquals("{\"data\":{\"__typename\":\"Query\"}}", response.body());
  }

  @Test
  void rejectsMalformedJsonWithBadRequestAndGraphqlErrors() throws Exception {
    HttpResponse<String> response = post(MockServer.GRAPHQL_PATH, "{\"query\": ");

    assertEquals(400, response.statusCode());
    assertSingleErrorMentioning(response.body(), "not valid JSON");
  }

  @Test
  void rejectsMissingQueryWithBadRequest() throws Exception {
    HttpResponse<String> response = post(MockServer.GRAPHQL_PATH, "{\"variables\":{}}");

    assertEquals(400, response.statusCode());
    assertSingleErrorMentioning(response.body(), "Missing \"query\"");
  }

  @Test
  void reportsSyntaxErrorsInTheErrorsArrayWithStatusOk() throws Exception {
    HttpResponse<String> response = post(MockServer.GRAPHQL_PATH, "{\"query\":\"{ __schema { \"}");

    assertEquals(200, response.statusCode());
    JsonNode body = JSON.readTree(response.body());
    assertTrue(body.path("errors").isArray());
    assertFalse(body.path("errors").isEmpty());
    assertFalse(body.has("data"), "a request that does not parse has no data entry");
  }

  @Test
  void reportsValidationErrorsInTheErrorsArrayWithStatusOk() throws Exception {
    HttpResponse<String> response =
        post(MockServer.GRAPHQL_PATH, "{\"query\":\"{ noSuchFieldAnywhere }\"}");

    assertEquals(200, response.statusCode());
    assertTrue(
        JSON.readTree(response.body())
            .path("errors")
            .get(0)
            .path("message")
            .asText()
            .contains("noSuchFieldAnywhere"));
  }

  @Test
  void answersRequestErrorsWithBadRequestWhenTheClientAcceptsGraphqlResponseJson()
      throws Exception {
    for (String body :
        List.of("{\"query\":\"{ __schema { \"}", "{\"query\":\"{ noSuchFieldAnywhere }\"}")) {
      HttpResponse<String> response =
          send(
              request(MockServer.GRAPHQL_PATH)
                  .header("Content-Type", "application/json")
                  .header("Accept", "application/graphql-response+json, application/json;q=0.9")
                  .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));

      assertEquals(400, response.statusCode(), body);
      assertEquals(
          "application/graphql-response+json;charset=utf-8",
          response.headers().firstValue("Content-Type").orElse(""));
      assertFalse(JSON.readTree(response.body()).has("data"));
    }
  }

  @Test
  void refusesAMutationOverGetWithMethodNotAllowed() throws Exception {
    HttpResponse<String> response =
        get(MockServer.GRAPHQL_PATH + "?query=mutation%20%7B%20__typename%20%7D");

    assertEquals(405, response.statusCode());
    assertEquals("POST", response.headers().firstValue("Allow").orElse(""));
  }

  @Test
  void opensThePlaygroundWhenABrowserVisitsTheEndpoint() throws Exception {
    HttpResponse<String> response =
        send(request(MockServer.GRAPHQL_PATH).header("Accept", "text/html").GET());

    assertEquals(200, response.statusCode());
    assertTrue(response.body().contains("kraken-mock playground"));
  }

  @Test
  void reportsHealthAsUp() throws Exception {
    HttpResponse<String> response = get("/health");

    assertEquals(200, response.statusCode());
    assertEquals("{\"status\":\"UP\"}", response.body());
  }

  @Test
  void answersUnknownPathsWithNotFoundAndGraphqlErrors() throws Exception {
    HttpResponse<String> response = get("/no-such-endpoint");

    assertEquals(404, response.statusCode());
    assertSingleErrorMentioning(response.body(), "/no-such-endpoint");
  }

  @Test
  void keepsServingAfterBadInput() throws Exception {
    List<Integer> statuses = new ArrayList<>();
    for (String body :
        List.of("", "[]", "{", "{\"query\":42}", "\u0000\u0001", "{\"query\":\"{\"}")) {
      statuses.add(post(MockServer.GRAPHQL_PATH, body).statusCode());
    }

    assertEquals(List.of(400, 400, 400, 400, 400, 200), statuses);
    assertEquals(200, post(MockServer.GRAPHQL_PATH, INTROSPECTION).statusCode());
    assertEquals(200, get("/health").statusCode());
  }

  @Test
  void neverAnswersWithAStackTrace() throws Exception {
    HttpResponse<String> response =
        post(MockServer.GRAPHQL_PATH, "{\"query\":\"{\",\"variables\":7}");

    assertEquals(400, response.statusCode());
    assertFalse(response.body().contains("at dev.") || response.body().contains("Exception"));
  }

  @Test
  void showsAWildcardBindAddressAsLocalhost() {
    try (MockServer wildcard = MockServer.create(MockServerConfig.newConfig().port(0).build())) {
      wildcard.start();

      assertEquals("http://localhost:" + wildcard.port(), wildcard.baseUrl());
      assertEquals("http://localhost:" + wildcard.port() + "/v1/graphql/", wildcard.graphqlUrl());
    }
  }

  @Test
  void refusesToTellItsPortBeforeStart() {
    MockServer stopped = MockServer.create(MockServerConfig.newConfig().port(0).build());

    assertThrows(IllegalStateException.class, stopped::port);
  }

  private static void assertSingleErrorMentioning(String body, String text) throws IOException {
    JsonNode errors = JSON.readTree(body).path("errors");
    assertEquals(1, errors.size(), body);
    assertTrue(errors.get(0).path("message").asText().contains(text), body);
  }

  private static HttpResponse<String> post(String path, String body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> get(String pathAndQuery) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(server.baseUrl() + pathAndQuery)).GET().build();
    return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static HttpRequest.Builder request(String pathAndQuery) {
    return HttpRequest.newBuilder(URI.create(server.baseUrl() + pathAndQuery));
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static Set<String> difference(Set<String> all, Set<String> some) {
    Set<String> missing = new TreeSet<>(all);
    missing.removeAll(some);
    return missing;
  }
}
