package dev.krakenmock.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scenarios over HTTP: header triggers, sessions, and every endpoint of the admin API. */
class MockServerScenariosTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final String ACCOUNT_QUERY = """
      query Account($n: String!) { account(accountNumber: $n) { number balance } }""";
  private static final String VIEWER_QUERY = "query Viewer { viewer { email } }";

  @TempDir Path folder;

  private MockServer server;

  @BeforeEach
  void startServer() throws IOException {
    Files.writeString(folder.resolve("account-missing.json"), """
        {"match": {"rootField": "account", "arguments": {"accountNumber": "A-00000000"}},
         "outcome": {"errors": [{"path": "account", "code": "KT-CT-4178"}]}}""");
    Files.writeString(folder.resolve("broken.yaml"), """
        outcome:
          delay: -5
        """);
    server = MockServer.create(
        MockServerConfig.newConfig().host("127.0.0.1").port(0).auth(false).build(),
        Optional.of(folder)).start();
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  private HttpResponse<String> send(String method, String path, String body,
      String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
        .timeout(Duration.ofSeconds(10))
        .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    if (!body.isEmpty()) {
      request.header("Content-Type", "application/json");
    }
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

  private JsonNode graphql(String query, Map<String, Object> variables, String... headers) {
    String body;
    try {
      body = JSON.writeValueAsString(Map.of("query", query, "variables", variables));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    HttpResponse<String> response = send("POST", MockServer.GRAPHQL_PATH, body, headers);
    assertEquals(200, response.statusCode(), response.body());
    return json(response);
  }

  private JsonNode account(String number, String... headers) {
    return graphql(ACCOUNT_QUERY, Map.of("n", number), headers);
  }

  private static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new AssertionError(response.body(), e);
    }
  }

  private static JsonNode admin(HttpResponse<String> response, int status) {
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(response.headers().firstValue("Content-Type").orElse("")
        .startsWith("application/json"), response.headers().toString());
    return json(response);
  }

  private static String errorCode(JsonNode response) {
    return response.path("errors").path(0).path("extensions").path("errorCode").asText();
  }

  // ---- Header triggers -----------------------------------------------------------------------

  @Test
  void failsAccountWithTheCodeTheScenarioHeaderNames() {
    JsonNode response = account("A-00C0FFEE", "X-Mock-Scenario", "account/KT-CT-4178");
    JsonNode error = response.path("errors").path(0);
    assertEquals("KT-CT-4178", error.path("extensions").path("errorCode").asText(),
        response.toString());
    assertEquals(JSON.valueToTree(List.of("account")), error.path("path"), response.toString());
    assertTrue(response.path("data").has("account"), response.toString());
    assertTrue(response.path("data").path("account").isNull(), response.toString());
  }

  @Test
  void failsTheFieldTheErrorHeaderNames() {
    JsonNode response = account("A-00C0FFEE", "X-Mock-Error", "account.balance=KT-CT-4177");
    assertEquals("KT-CT-4177", errorCode(response), response.toString());
    assertEquals(JSON.valueToTree(List.of("account", "balance")),
        response.path("errors").path(0).path("path"), response.toString());
    assertEquals("A-00C0FFEE", response.path("data").path("account").path("number").asText(),
        response.toString());
  }

  @Test
  void reportsAnUnknownScenarioInsteadOfIgnoringIt() {
    JsonNode response = account("A-00C0FFEE", "X-Mock-Scenario", "no-such-scenario");
    assertEquals("KT-CT-1605", errorCode(response), response.toString());
    assertTrue(response.path("errors").path(0).path("message").asText()
        .contains("Unknown scenario 'no-such-scenario'"), response.toString());
  }

  @Test
  void appliesTheScenarioFilesOfItsFolder() {
    assertEquals("KT-CT-4178", errorCode(account("A-00000000")));
    assertFalse(account("A-00C0FFEE").has("errors"));
  }

  @Test
  void keepsScenarioStateApartPerSession() {
    String sequence = """
        {"id": "second-call-fails", "match": {"rootField": "viewer"}, "onCall": 2,
         "outcome": {"errors": [{"path": "viewer", "code": "KT-CT-1111"}]}}""";
    admin(send("POST", "/__admin/scenarios", sequence), 201);
    List<String> codes = new ArrayList<>();
    for (String session : List.of("a", "b", "a", "a", "b", "b")) {
      codes.add(errorCode(graphql(VIEWER_QUERY, Map.of(), "X-Mock-Session", session)));
    }
    assertEquals(List.of("", "", "KT-CT-1111", "", "KT-CT-1111", ""), codes);
    JsonNode state = admin(send("GET", "/__admin/state", ""), 200);
    assertEquals(3, state.path("sessions").path("a").path("calls").path("second-call-fails")
        .asInt(), state.toString());
    assertEquals(3, state.path("sessions").path("b").path("calls").path("second-call-fails")
        .asInt(), state.toString());
  }

  // ---- Admin API -----------------------------------------------------------------------------

  @Test
  void listsScenariosWithTheirSourceAndTheFilesItRejected() {
    JsonNode listing = admin(send("GET", "/__admin/scenarios", ""), 200);
    JsonNode scenario = listing.path("scenarios").path(0);
    assertEquals("account-missing", scenario.path("id").asText(), listing.toString());
    assertEquals("account-missing.json", scenario.path("source").asText());
    assertTrue(scenario.path("active").asBoolean());
    assertEquals(197, listing.path("builtInScenarios").asInt());
    JsonNode problem = listing.path("loadErrors").path(0);
    assertEquals("broken.yaml", problem.path("source").asText(), listing.toString());
    assertEquals(2, problem.path("line").asInt(), listing.toString());
    assertTrue(problem.path("message").asText().startsWith("broken.yaml:2:"), listing.toString());
    assertFalse(listing.has("builtIn"));
    JsonNode all = admin(send("GET", "/__admin/scenarios?builtIn=true", ""), 200);
    assertEquals(197, all.path("builtIn").size());
  }

  @Test
  void loadsAScenarioFromTheBodyAndRejectsAnInvalidOneWithItsLine() {
    String scenario = """
        {"id": "slow-viewer", "match": {"rootField": "viewer"},
         "outcome": {"errors": [{"path": "viewer", "code": "KT-CT-1112"}]}}""";
    JsonNode created = admin(send("POST", "/__admin/scenarios", scenario), 201);
    assertEquals("slow-viewer", created.path("id").asText());
    assertEquals("admin API", created.path("source").asText());
    assertEquals("KT-CT-1112", errorCode(graphql(VIEWER_QUERY, Map.of())));
    admin(send("POST", "/__admin/scenarios", scenario), 200);

    JsonNode invalid = admin(send("POST", "/__admin/scenarios", """
        {"id": "bad",
         "outcome": {"fault": {"kind": "STATUS", "status": 418}}}"""), 400);
    JsonNode error = invalid.path("errors").path(0);
    assertEquals(2, error.path("line").asInt(), invalid.toString());
    assertTrue(error.path("message").asText().contains("/outcome/fault/status"),
        invalid.toString());
    admin(send("POST", "/__admin/scenarios", "{not json"), 400);
    admin(send("POST", "/__admin/scenarios", ""), 400);
  }

  @Test
  void activatesAndDeactivatesScenariosIncludingBuiltInOnes() {
    admin(send("PUT", "/__admin/scenarios/account-missing/active", "{\"active\": false}"), 200);
    assertFalse(account("A-00000000").has("errors"));
    JsonNode builtIn = admin(send("PUT", "/__admin/scenarios/account/KT-CT-4177/active",
        "{\"active\": true}"), 200);
    assertEquals("account/KT-CT-4177", builtIn.path("id").asText());
    assertEquals("built-in", builtIn.path("source").asText());
    assertEquals("KT-CT-4177", errorCode(account("A-00C0FFEE")));
    JsonNode listing = admin(send("GET", "/__admin/scenarios", ""), 200);
    assertEquals("account/KT-CT-4177",
        listing.path("activeBuiltInScenarios").path(0).path("id").asText());
    admin(send("PUT", "/__admin/scenarios/account/KT-CT-4177/active", "false"), 200);
    assertFalse(account("A-00C0FFEE").has("errors"));

    JsonNode unknown = admin(send("PUT", "/__admin/scenarios/nothing/active",
        "{\"active\": true}"), 404);
    assertEquals("No scenario 'nothing'.", unknown.path("errors").path(0).path("message").asText());
    admin(send("PUT", "/__admin/scenarios/account-missing/active", "{\"active\": 1}"), 400);
    admin(send("PUT", "/__admin/scenarios/account-missing/active", "yes"), 400);
  }

  @Test
  void resetsStatesAndCountsOfEverySessionOrOfOne() {
    admin(send("POST", "/__admin/scenarios", """
        {"id": "first-fails", "match": {"rootField": "viewer"}, "times": 1,
         "outcome": {"errors": [{"path": "viewer", "code": "KT-CT-1111"}]}}"""), 201);
    for (String session : List.of("a", "b")) {
      assertEquals("KT-CT-1111",
          errorCode(graphql(VIEWER_QUERY, Map.of(), "X-Mock-Session", session)));
      assertEquals("", errorCode(graphql(VIEWER_QUERY, Map.of(), "X-Mock-Session", session)));
    }
    JsonNode one = admin(send("POST", "/__admin/scenarios/reset?session=a", ""), 200);
    assertEquals("a", one.path("reset").asText());
    assertEquals("KT-CT-1111", errorCode(graphql(VIEWER_QUERY, Map.of(), "X-Mock-Session", "a")));
    assertEquals("", errorCode(graphql(VIEWER_QUERY, Map.of(), "X-Mock-Session", "b")));

    admin(send("POST", "/__admin/scenarios/reset", ""), 200);
    JsonNode state = admin(send("GET", "/__admin/state", ""), 200);
    assertEquals(0, state.path("sessions").size(), state.toString());
    assertTrue(state.path("version").asLong() > 0);
    admin(send("POST", "/__admin/scenarios/reset?session=", ""), 400);
  }

  @Test
  void showsTheStateOfEachSession() {
    admin(send("POST", "/__admin/scenarios", """
        {"id": "login", "scenarioName": "token", "newState": "Expired",
         "match": {"rootField": "viewer"}}"""), 201);
    graphql(VIEWER_QUERY, Map.of(), "X-Mock-Session", "suite-1");
    JsonNode state = admin(send("GET", "/__admin/state", ""), 200);
    assertEquals("Expired", state.path("sessions").path("suite-1").path("states").path("token")
        .asText(), state.toString());
    JsonNode listing = admin(send("GET", "/__admin/scenarios", ""), 200);
    JsonNode login = listing.path("scenarios").path(1);
    assertEquals("login", login.path("id").asText(), listing.toString());
    assertEquals("Expired", login.path("states").path("suite-1").asText(), listing.toString());
  }

  @Test
  void removesScenariosButNotBuiltInOnes() {
    JsonNode removed = admin(send("DELETE", "/__admin/scenarios/account-missing", ""), 200);
    assertEquals("account-missing", removed.path("removed").asText());
    assertFalse(account("A-00000000").has("errors"));
    admin(send("DELETE", "/__admin/scenarios/account-missing", ""), 404);
    admin(send("DELETE", "/__admin/scenarios/account/KT-CT-4177", ""), 409);
  }

  @Test
  void reloadsTheFolderOnDemandAndWhenItChanges() throws Exception {
    admin(send("DELETE", "/__admin/scenarios/account-missing", ""), 200);
    JsonNode reloaded = admin(send("POST", "/__admin/scenarios/reload", ""), 200);
    assertEquals("account-missing", reloaded.path("scenarios").path(0).path("id").asText());
    assertEquals("KT-CT-4178", errorCode(account("A-00000000")));

    Files.writeString(folder.resolve("account-missing.json"), """
        {"match": {"rootField": "account", "arguments": {"accountNumber": "A-00000000"}},
         "outcome": {"errors": [{"path": "account", "code": "KT-CT-4177"}]}}""");
    Instant deadline = Instant.now().plusSeconds(15);
    while (!errorCode(account("A-00000000")).equals("KT-CT-4177")) {
      assertTrue(Instant.now().isBefore(deadline), "the changed file was not reloaded in time");
      Thread.sleep(100);
    }
  }

  @Test
  void answersUnknownAdminPathsWithJsonErrors() {
    JsonNode missing = admin(send("GET", "/__admin/nothing", ""), 404);
    assertTrue(missing.path("errors").path(0).path("message").asText().contains("/__admin"));
    admin(send("GET", "/__admin/scenarios/reset", ""), 405);
  }
}
