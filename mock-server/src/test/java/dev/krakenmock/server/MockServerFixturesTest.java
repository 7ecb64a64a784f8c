package dev.krakenmock.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.krakenmock.server.config.MockServerConfig;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fixtures over HTTP: a team's folder, the admin API, and answers the cache keeps fresh. */
class MockServerFixturesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final String ACCOUNT = """
      query Account($n: String!) { account(accountNumber: $n) { number billingName balance } }""";

  @TempDir Path folder;

  private MockServer server;

  @BeforeEach
  void startServer() throws IOException {
    try (InputStream sample = getClass().getResourceAsStream(
        "/dev/krakenmock/server/fixture/team-fixtures.json")) {
      Files.copy(sample, folder.resolve("team.json"));
    }
    Files.writeString(folder.resolve("broken.json"), """
        {"fixtures": [{"entity": {"type": "AccountType", "key": "A-1"},
                       "data": {"balance": "a lot"}}]}""");
    server = MockServer.create(MockServerConfig.newConfig().host("127.0.0.1").port(0)
        .auth(false).demoData(false).fixtureFolder(folder).build(), Optional.empty()).start();
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  private HttpResponse<String> send(String method, String path, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
        .timeout(Duration.ofSeconds(10))
        .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    if (!body.isEmpty()) {
      request.header("Content-Type", "application/json");
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

  private String graphql(String query, String operationName, Map<String, Object> variables) {
    try {
      HttpResponse<String> response = send("POST", MockServer.GRAPHQL_PATH,
          JSON.writeValueAsString(Map.of("query", query, "operationName", operationName,
              "variables", variables)));
      assertEquals(200, response.statusCode(), response::body);
      return response.body();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static JsonNode tree(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private JsonNode account(String number) {
    return tree(graphql(ACCOUNT, "Account", Map.of("n", number))).path("data").path("account");
  }

  @Test
  void servesTheFolderFixturesAndListsThemWithTheirProblems() {
    assertEquals("Giulia Bianchi", account("A-TEAM0001").path("billingName").asText());
    JsonNode viewer = tree(graphql("query Me { viewer { givenName accounts { number balance } } }",
        "Me", Map.of())).path("data").path("viewer");
    assertEquals("Giulia", viewer.path("givenName").asText());
    assertEquals(-4520, viewer.path("accounts").path(0).path("balance").asInt());

    HttpResponse<String> listed = send("GET", "/__admin/fixtures", "");
    assertEquals(200, listed.statusCode());
    JsonNode body = tree(listed.body());
    assertEquals(2, body.path("fixtures").size(), listed::body);
    JsonNode first = body.path("fixtures").path(0);
    assertEquals(folder.resolve("team.json").toString(), first.path("source").asText());
    assertEquals(0, first.path("index").asInt());
    assertEquals("A-TEAM0001", first.path("entity").path("key").asText());
    JsonNode problem = body.path("problems").path(0);
    assertEquals(folder.resolve("broken.json").toString(), problem.path("source").asText());
    assertTrue(problem.path("message").asText().contains(
        "/fixtures/0/data/balance: expected an Int, got the string \"a lot\""), listed::body);
  }

  @Test
  void adminFixturesChangeCachedAnswersAndGoAwayAgain() {
    String generated = graphql(ACCOUNT, "Account", Map.of("n", "A-ADMIN001"));
    assertEquals(generated, graphql(ACCOUNT, "Account", Map.of("n", "A-ADMIN001")));

    HttpResponse<String> added = send("POST", "/__admin/fixtures", """
        {"entity": {"type": "AccountType", "key": "A-ADMIN001"}, "data": {"balance": 123}}""");
    assertEquals(201, added.statusCode(), added::body);
    assertEquals(1, tree(added.body()).path("added").asInt());
    assertEquals(123, account("A-ADMIN001").path("balance").asInt(), "no stale cached answer");
    assertEquals("admin", tree(send("GET", "/__admin/fixtures", "").body())
        .path("fixtures").path(2).path("source").asText());

    HttpResponse<String> removed = send("DELETE", "/__admin/fixtures", "");
    assertEquals(200, removed.statusCode());
    assertEquals(1, tree(removed.body()).path("removed").asInt());
    assertEquals(generated, graphql(ACCOUNT, "Account", Map.of("n", "A-ADMIN001")));
    assertEquals(2, tree(send("GET", "/__admin/fixtures", "").body()).path("fixtures").size(),
        "file fixtures stay");
  }

  @Test
  void operationFixturesStayCorrectWhenCached() {
    String other = graphql(ACCOUNT, "Account", Map.of("n", "A-REC00009"));
    assertEquals(201, send("POST", "/__admin/fixtures", """
        {"fixtures": [{"operation": {"name": "Account", "variables": {"n": "A-REC00008"}},
          "response": {"data": {"account": {"number": "A-REC00008", "balance": 5}}}}]}""")
        .statusCode());
    for (int i = 0; i < 2; i++) {
      assertEquals(5, account("A-REC00008").path("balance").asInt());
      assertEquals(other, graphql(ACCOUNT, "Account", Map.of("n", "A-REC00009")));
    }
  }

  @Test
  void rejectsInvalidFixturesNamingThePlaceAndTheProblem() {
    HttpResponse<String> rejected = send("POST", "/__admin/fixtures", """
        {"fixtures": [{"entity": {"type": "AccountType", "key": "A-1"},
                       "data": {"numbr": "A-1"}}]}""");
    assertEquals(400, rejected.statusCode());
    String message = tree(rejected.body()).path("message").asText();
    assertTrue(message.startsWith("admin:2:"), message);
    assertTrue(message.endsWith("/fixtures/0/data/numbr: AccountType has no field 'numbr'"),
        message);

    HttpResponse<String> notJson = send("POST", "/__admin/fixtures", "{\"fixtures\": [");
    assertEquals(400, notJson.statusCode());
    assertTrue(tree(notJson.body()).path("message").asText().contains("not valid JSON"));
    assertEquals(2, tree(send("GET", "/__admin/fixtures", "").body()).path("fixtures").size());
  }

  @Test
  void reloadReadsTheFolderNow() throws IOException {
    Files.writeString(folder.resolve("broken.json"), """
        {"fixtures": [{"entity": {"type": "AccountType", "key": "A-RELOAD01"},
                       "data": {"billingName": "Reloaded"}}]}""");
    HttpResponse<String> reloaded = send("POST", "/__admin/fixtures/reload", "");
    assertEquals(200, reloaded.statusCode());
    JsonNode body = tree(reloaded.body());
    assertEquals(0, body.path("problems").size(), reloaded::body);
    assertEquals(3, body.path("fixtures").size());
    assertEquals("Reloaded", account("A-RELOAD01").path("billingName").asText());
  }

  @Test
  void watchesTheFolderWhileRunning() throws Exception {
    Path file = folder.resolve("team.json");
    Files.writeString(file, Files.readString(file).replace("Giulia Bianchi", "Giulia Verdi"));
    Instant deadline = Instant.now().plusSeconds(15);
    while (!"Giulia Verdi".equals(account("A-TEAM0001").path("billingName").asText())) {
      assertTrue(Instant.now().isBefore(deadline), "the change was not picked up");
      Thread.sleep(100);
    }
  }

  @Test
  void aMissingFixtureFolderFailsAtStartUp() {
    Path missing = folder.resolve("nope");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MockServer.create(MockServerConfig.newConfig().port(0).fixtureFolder(missing)
            .build()));
    assertEquals("Fixture folder '" + missing + "' does not exist or is not a folder.",
        e.getMessage());
  }

  @Test
  void fixturesNeverChangeAnswersTheyDoNotName() {
    assertNotEquals("Giulia Bianchi", account("A-OTHER001").path("billingName").asText());
  }
}
