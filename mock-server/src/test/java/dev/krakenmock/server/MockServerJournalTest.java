package dev.krakenmock.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.krakenmock.server.config.MockServerConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The request journal over HTTP: recording, filtering, sessions, clearing and near misses. */
class MockServerJournalTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final String ACCOUNT_QUERY = """
      query Account($accountNumber: String!) {
        account(accountNumber: $accountNumber) { number }
      }""";

  @TempDir Path folder;

  private MockServer server;

  private void start(Consumer<MockServerConfig.Builder> settings) {
    server = MockServer.create(MockServerConfig.newConfig().host("127.0.0.1").port(0).auth(false)
        .build().transform(settings), Optional.of(folder)).start();
  }

  @AfterEach
  void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  private HttpResponse<String> send(String method, String path, String body,
      String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
        .timeout(Duration.ofSeconds(10))
        .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    if (headers.length > 0) {
      request.headers(headers);
    }
    try {
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private HttpResponse<String> graphql(String query, Map<String, Object> variables,
      String... headers) {
    List<String> all = new ArrayList<>(List.of("Content-Type", "application/json"));
    all.addAll(List.of(headers));
    try {
      return send("POST", MockServer.GRAPHQL_PATH, JSON.writeValueAsString(Map.of("query", query,
          "operationName", "Account", "variables", variables)), all.toArray(String[]::new));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private HttpResponse<String> account(String number, String... headers) {
    return graphql(ACCOUNT_QUERY, Map.of("accountNumber", number), headers);
  }

  private JsonNode admin(String method, String path, String body, int status) {
    HttpResponse<String> response = body.isEmpty() ? send(method, path, body)
        : send(method, path, body, "Content-Type", "application/json");
    assertEquals(status, response.statusCode(), response.body());
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new AssertionError(response.body(), e);
    }
  }

  private JsonNode requests(String query) {
    return admin("GET", "/__admin/requests" + query, "", 200);
  }

  @Test
  void journalsOperationVariablesStatusErrorCodesAndCachedAnswers() {
    start(settings -> {});
    account("A-11111111");
    account("A-11111111");
    account("A-22222222", "X-Mock-Error", "account=KT-CT-4178", "Authorization", "JWT secret.x");

    JsonNode all = requests("");
    assertEquals(3, all.path("count").asInt(), all.toString());
    JsonNode failed = all.path("requests").path(0);
    assertEquals("Account", failed.path("operationName").asText());
    assertEquals("query", failed.path("operationType").asText());
    assertEquals("[\"account\"]", failed.path("rootFields").toString());
    assertEquals("A-22222222", failed.path("variables").path("accountNumber").asText());
    assertEquals(200, failed.path("status").asInt());
    assertEquals("[\"KT-CT-4178\"]", failed.path("errorCodes").toString());
    assertEquals("X-Mock-Error", failed.path("scenario").asText());
    assertEquals("JWT …(redacted)", failed.path("headers").path("authorization").asText());
    assertEquals("account=KT-CT-4178", failed.path("headers").path("x-mock-error").asText());
    assertEquals("default", failed.path("session").asText());
    assertEquals("/v1/graphql/", failed.path("path").asText());
    assertTrue(failed.path("loggedAt").asText().endsWith("Z"), failed.toString());

    JsonNode second = all.path("requests").path(1);
    JsonNode first = all.path("requests").path(2);
    assertEquals(false, first.path("cached").asBoolean());
    assertEquals(true, second.path("cached").asBoolean());
    assertEquals("[\"account\"]", second.path("rootFields").toString());
    assertEquals("[]", second.path("errorCodes").toString());
    assertTrue(second.path("scenario").isNull());
  }

  @Test
  void filtersByOperationAndVariableAndCounts() {
    start(settings -> {});
    account("A-11111111");
    account("A-22222222");
    account("A-11111111", "X-Mock-Error", "account=KT-CT-4178");

    JsonNode found = requests("?operationName=Account&variables.accountNumber=A-11111111&limit=1");
    assertEquals(2, found.path("count").asInt());
    assertEquals(1, found.path("requests").size());
    assertEquals(1, requests("?errorCode=KT-CT-4178").path("count").asInt());
    assertEquals(0, requests("?rootField=viewer").path("count").asInt());

    assertEquals(2, admin("POST", "/__admin/requests/count",
        "{\"operationName\": \"Account\", \"variables\": {\"accountNumber\": \"A-11111111\"}}",
        200).path("count").asInt());

    graphql(ACCOUNT_QUERY, Map.of("accountNumber", "A-3", "extra", Map.of("ids", List.of(1, 2))));
    assertEquals(1, requests("?variables.extra=%7B%22ids%22:%5B1,2%5D%7D").path("count").asInt());
    assertEquals(1, requests("?variables.extra.ids=%5B1,2%5D").path("count").asInt());
    assertEquals(0, requests("?variables.extra.ids=%5B1%5D").path("count").asInt());
    assertEquals(4, admin("POST", "/__admin/requests/count", "", 200).path("count").asInt());
  }

  @Test
  void refusesUnknownFiltersAndBadValues() {
    start(settings -> {});

    assertTrue(admin("GET", "/__admin/requests?operation=Account", "", 400).toString()
        .contains("Unknown filter parameter 'operation'"));
    assertTrue(admin("GET", "/__admin/requests?status=ok", "", 400).toString()
        .contains("status must be a whole number"));
    assertTrue(admin("POST", "/__admin/requests/count", "[1]", 400).toString()
        .contains("Send a JSON object"));
    assertTrue(admin("POST", "/__admin/requests/count", "{nope", 400).toString()
        .contains("The body is not JSON"));
    assertTrue(admin("DELETE", "/__admin/requests?all=true", "", 400).toString()
        .contains("Unknown parameter 'all'"));
  }

  @Test
  void keepsSessionsApartAndClearsOneWithoutTheOther() {
    start(settings -> {});
    account("A-11111111", "X-Mock-Session", "alpha");
    account("A-11111111", "X-Mock-Session", "alpha");
    account("A-22222222", "X-Mock-Session", "beta");

    JsonNode alpha = requests("?session=alpha");
    assertEquals(2, alpha.path("count").asInt());
    alpha.path("requests").forEach(entry -> assertEquals("alpha", entry.path("session").asText()));
    assertEquals(1, requests("?session=beta").path("count").asInt());

    assertEquals(2, admin("DELETE", "/__admin/requests?session=alpha", "", 200)
        .path("removed").asInt());
    assertEquals(0, requests("?session=alpha").path("count").asInt());
    JsonNode beta = requests("?session=beta");
    assertEquals(1, beta.path("count").asInt());
    assertEquals("A-22222222",
        beta.path("requests").path(0).path("variables").path("accountNumber").asText());

    assertEquals(1, admin("DELETE", "/__admin/requests", "", 200).path("removed").asInt());
    assertEquals(0, requests("").path("count").asInt());
  }

  @Test
  void journalsRefusedRequestsWithTheirStatusAndReason() {
    start(settings -> {});
    send("POST", MockServer.GRAPHQL_PATH, "{not json", "Content-Type", "application/json");
    send("POST", MockServer.GRAPHQL_PATH, "{}", "Content-Type", "text/plain");
    send("GET", MockServer.GRAPHQL_PATH + "?query=mutation%20M%20%7B%20x%20%7D",
        "", "Accept", "application/json");

    JsonNode refused = requests("");
    assertEquals(3, refused.path("count").asInt(), refused.toString());
    JsonNode mutation = refused.path("requests").path(0);
    assertEquals(405, mutation.path("status").asInt());
    assertEquals("GET", mutation.path("method").asText());
    assertTrue(mutation.path("rejection").asText().contains("GET can only run queries"));
    assertEquals(415, refused.path("requests").path(1).path("status").asInt());
    JsonNode badJson = refused.path("requests").path(2);
    assertEquals(400, badJson.path("status").asInt());
    assertTrue(badJson.path("rejection").isTextual(), badJson.toString());
    assertEquals(1, requests("?status=400").path("count").asInt());
  }

  @Test
  void explainsNearMissesOfUnmatchedRequests() throws IOException {
    Files.writeString(folder.resolve("account-missing.json"), """
        {"match": {"operationName": "Account", "variables": {"accountNumber": "A-00000000"}},
         "outcome": {"errors": [{"path": "account", "code": "KT-CT-4178"}]}}""");
    start(settings -> {});
    account("A-00000000");
    account("A-00000001");
    account("A-00000002", "X-Mock-Scenario", "account-missing");

    JsonNode unmatched = admin("GET", "/__admin/requests/unmatched", "", 200);
    assertEquals(1, unmatched.path("count").asInt(), unmatched.toString());
    JsonNode entry = unmatched.path("requests").path(0);
    assertEquals("A-00000001", entry.path("variables").path("accountNumber").asText());
    assertEquals("account-missing", entry.path("nearMisses").path(0).path("scenario").asText());
    assertEquals("[\"variables.accountNumber: expected 'A-00000000', was 'A-00000001'\"]",
        entry.path("nearMisses").path(0).path("differences").toString());

    JsonNode matched = requests("?variables.accountNumber=A-00000000").path("requests").path(0);
    assertEquals("account-missing", matched.path("scenario").asText());
    assertEquals("[\"KT-CT-4178\"]", matched.path("errorCodes").toString());

    JsonNode latest = admin("GET", "/__admin/near-misses?operationName=Account", "", 200);
    assertEquals("A-00000002", latest.path("variables").path("accountNumber").asText());
    assertEquals(1, latest.path("nearMisses").size());
    admin("GET", "/__admin/near-misses?operationName=Nothing", "", 404);
  }

  @Test
  void journalsHttpFaultsWithTheirStatusAndScenario() throws IOException {
    Files.writeString(folder.resolve("upstream-down.json"), """
        {"match": {"rootField": "account", "arguments": {"accountNumber": "A-99999999"}},
         "outcome": {"fault": {"kind": "STATUS", "status": 503}}}""");
    start(settings -> {});

    assertEquals(503, account("A-99999999").statusCode());
    JsonNode fault = requests("?status=503").path("requests").path(0);
    assertEquals("upstream-down", fault.path("scenario").asText(), fault.toString());
    assertEquals("[\"account\"]", fault.path("rootFields").toString());
    assertEquals(false, fault.path("cached").asBoolean());
    assertEquals(0, admin("GET", "/__admin/requests/unmatched", "", 200).path("count").asInt());
  }

  @Test
  void journalsNothingAtSizeZero() {
    start(settings -> settings.journalSize(0));
    account("A-11111111");
    send("POST", MockServer.GRAPHQL_PATH, "{not json", "Content-Type", "application/json");

    assertEquals(0, requests("").path("count").asInt());
    assertEquals(0, admin("POST", "/__admin/requests/count", "", 200).path("count").asInt());
  }
}
