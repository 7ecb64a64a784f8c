package dev.krakenmock.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** The extension in a real test class: handles, sessions, scenarios, the journal, fixtures. */
@KrakenMock(auth = false)
class KrakenMockExtensionTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ACCOUNT_QUERY = """
      query Account($n: String!) { account(accountNumber: $n) { number balance } }""";
  private static final String MISSING_ACCOUNT = """
      {"id": "extension-test-missing-account",
       "match": {"rootField": "account", "arguments": {"accountNumber": "A-0000DEAD"}},
       "outcome": {"errors": [{"path": "account", "code": "KT-CT-4178"}]}}""";

  private static final List<String> REPEATED_SESSIONS = new ArrayList<>();

  private static String classBaseUrl = "";

  private KrakenMockServer fromBeforeEach;

  @BeforeAll
  static void rememberTheServerAndLoadAScenarioForTheClass(KrakenMockServer server,
      KrakenMockAdmin admin) {
    classBaseUrl = server.baseUrl();
    assertEquals("KrakenMockExtensionTest", server.session());
    admin.scenarios().load("""
        {"id": "extension-test-class-wide",
         "match": {"rootField": "account", "arguments": {"accountNumber": "A-0000C1A5"}},
         "outcome": {"errors": [{"path": "account", "code": "KT-CT-4177"}]}}""");
  }

  @BeforeEach
  void keepTheHandle(KrakenMockServer server) {
    fromBeforeEach = server;
  }

  @Test
  void servesOnLoopbackWithAFreePort(KrakenMockServer server) {
    assertTrue(server.baseUrl().matches("http://127\\.0\\.0\\.1:\\d+"), server.baseUrl());
    assertNotEquals("http://127.0.0.1:4000", server.baseUrl());
    assertEquals(server.baseUrl() + "/v1/graphql/", server.graphqlUrl());
    assertEquals(classBaseUrl, server.baseUrl());
  }

  @Test
  void namesTheSessionAfterTheTest(KrakenMockServer server, KrakenMockAdmin admin) {
    assertEquals("KrakenMockExtensionTest#namesTheSessionAfterTheTest", server.session());
    assertEquals(new HttpHeader("X-Mock-Session", server.session()), server.sessionHeader());
    assertEquals(Map.of("X-Mock-Session", server.session()), server.headers());
    assertEquals(server.session(), admin.session());
  }

  @RepeatedTest(2)
  void givesEachRepetitionASessionOfItsOwn(KrakenMockServer server, RepetitionInfo repetition) {
    REPEATED_SESSIONS.add(server.session());
    if (repetition.getCurrentRepetition() == 2) {
      assertEquals(List.of("KrakenMockExtensionTest#givesEachRepetitionASessionOfItsOwn",
          "KrakenMockExtensionTest#givesEachRepetitionASessionOfItsOwn~2"), REPEATED_SESSIONS);
    }
  }

  @Test
  void givesBeforeEachAndTheTestTheSameHandles(KrakenMockServer server, KrakenMockAdmin admin) {
    assertSame(fromBeforeEach, server);
    assertSame(server.admin(), admin);
  }

  @Test
  void postsGraphqlAndReturnsTheParsedAnswer(KrakenMockServer server) {
    JsonNode answer = server.post(ACCOUNT_QUERY, Map.of("n", "A-1234ABCD"));

    assertEquals("A-1234ABCD", answer.at("/data/account/number").asText(), answer.toString());
    assertTrue(answer.path("errors").isMissingNode(), answer.toString());
  }

  @Test
  void scopesALoadedScenarioToTheTestsSession(KrakenMockServer server, KrakenMockAdmin admin)
      throws Exception {
    JsonNode loaded = admin.scenarios().load(MISSING_ACCOUNT);

    assertEquals("extension-test-missing-account", loaded.path("id").asText());
    assertEquals(server.session(), loaded.at("/match/headers/x-mock-session").asText(),
        loaded.toString());
    assertEquals(List.of("extension-test-missing-account"), admin.scenarios().added());
    JsonNode mine = server.post(ACCOUNT_QUERY, Map.of("n", "A-0000DEAD"));
    assertEquals("KT-CT-4178", mine.at("/errors/0/extensions/errorCode").asText(),
        mine.toString());
    JsonNode someoneElses = postWithoutSession(server, ACCOUNT_QUERY, "A-0000DEAD");
    assertEquals("A-0000DEAD", someoneElses.at("/data/account/number").asText(),
        someoneElses.toString());
  }

  @Test
  void loadsAScenarioForEverySessionWhenAsked(KrakenMockServer server, KrakenMockAdmin admin)
      throws Exception {
    admin.scenarios().loadForAllSessions(MISSING_ACCOUNT);

    JsonNode anonymous = postWithoutSession(server, ACCOUNT_QUERY, "A-0000DEAD");
    assertEquals("KT-CT-4178", anonymous.at("/errors/0/extensions/errorCode").asText(),
        anonymous.toString());
  }

  @Test
  void keepsASessionConditionTheScenarioGivesItself(KrakenMockAdmin admin) {
    JsonNode loaded = admin.scenarios().load(Map.of(
        "id", "extension-test-other-session",
        "match", Map.of("headers", Map.of("x-mock-session", "somebody-else")),
        "outcome", Map.of("delay", 1)));

    assertEquals("{\"x-mock-session\":\"somebody-else\"}",
        loaded.at("/match/headers").toString());
  }

  @Test
  void removesAScenarioOnRequest(KrakenMockServer server, KrakenMockAdmin admin) {
    admin.scenarios().load(MISSING_ACCOUNT);

    admin.scenarios().remove("extension-test-missing-account");

    assertEquals(List.of(), admin.scenarios().added());
    assertFalse(admin.scenarios().list().toString().contains("extension-test-missing-account"));
    JsonNode answer = server.post(ACCOUNT_QUERY, Map.of("n", "A-0000DEAD"));
    assertEquals("A-0000DEAD", answer.at("/data/account/number").asText(), answer.toString());
  }

  @Test
  void reportsAnInvalidScenarioWithTheServersMessage(KrakenMockAdmin admin) {
    UnexpectedResponseException error = assertThrows(UnexpectedResponseException.class,
        () -> admin.scenarios().load("""
            {"id": "extension-test-broken", "outcome": {"errors": [{"path": "account",
             "code": "KT-CT-0000000"}]}}"""));

    assertEquals(400, error.status());
    assertTrue(error.getMessage().startsWith("POST /__admin/scenarios answered 400: "),
        error.getMessage());
    assertTrue(error.getMessage().contains("KT-CT-0000000"), error.getMessage());
    assertEquals(List.of(), admin.scenarios().added());
  }

  @Test
  void rejectsAScenarioThatIsNotJsonBeforeSendingIt(KrakenMockAdmin admin) {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> admin.scenarios().load("{\"id\": "));

    assertTrue(error.getMessage().startsWith("the scenario is not valid JSON"),
        error.getMessage());
  }

  @Test
  void countsAndResetsTheSessionsScenarioCalls(KrakenMockServer server, KrakenMockAdmin admin) {
    admin.scenarios().load("""
        {"id": "extension-test-first-call-fails", "times": 1,
         "match": {"rootField": "account"},
         "outcome": {"errors": [{"path": "account", "code": "KT-CT-4178"}]}}""");
    server.post(ACCOUNT_QUERY, Map.of("n", "A-1"));
    JsonNode second = server.post(ACCOUNT_QUERY, Map.of("n", "A-1"));
    assertEquals("A-1", second.at("/data/account/number").asText(), second.toString());
    assertEquals(2, admin.scenarios().state().at("/calls/extension-test-first-call-fails")
        .asInt(), admin.scenarios().state().toString());

    admin.scenarios().reset();

    JsonNode afterReset = server.post(ACCOUNT_QUERY, Map.of("n", "A-1"));
    assertEquals("KT-CT-4178", afterReset.at("/errors/0/extensions/errorCode").asText(),
        afterReset.toString());
  }

  @Test
  void sendsExtraHeadersSuchAsAScenarioTrigger(KrakenMockServer server) {
    JsonNode answer = server.post(ACCOUNT_QUERY, Map.of("n", "A-1"),
        Map.of("X-Mock-Scenario", "account/KT-CT-4178"));

    assertEquals("KT-CT-4178", answer.at("/errors/0/extensions/errorCode").asText(),
        answer.toString());
  }

  @Test
  void failsClearlyOnAnAnswerThatIsNotJson(KrakenMockServer server, KrakenMockAdmin admin) {
    admin.scenarios().load("""
        {"id": "extension-test-malformed", "match": {"rootField": "account"},
         "outcome": {"fault": {"kind": "MALFORMED_BODY"}}}""");

    UnexpectedResponseException error = assertThrows(UnexpectedResponseException.class,
        () -> server.post(ACCOUNT_QUERY, Map.of("n", "A-1")));

    assertTrue(error.getMessage().startsWith("POST /v1/graphql/ answered "), error.getMessage());
    assertTrue(error.getMessage().contains("not JSON"), error.getMessage());
  }

  @Test
  void logsInAndSendsTheToken(KrakenMockServer server) {
    String token = server.login();

    assertEquals(3, token.split("\\.").length, token);
    assertEquals("JWT " + token, server.headers().get("Authorization"));
    JsonNode viewer = server.post("{ viewer { email } }");
    assertEquals(KrakenMockServer.DEFAULT_EMAIL, viewer.at("/data/viewer/email").asText(),
        viewer.toString());
    server.logout();
    assertFalse(server.headers().containsKey("Authorization"));
  }

  @Test
  void appliesAScenarioLoadedBeforeAllToEveryTest(KrakenMockServer server) {
    JsonNode answer = server.post(ACCOUNT_QUERY, Map.of("n", "A-0000C1A5"));

    assertEquals("KT-CT-4177", answer.at("/errors/0/extensions/errorCode").asText(),
        answer.toString());
  }

  @Test
  void journalsTheTestsOwnRequestsNewestFirst(KrakenMockServer server, KrakenMockAdmin admin)
      throws Exception {
    server.post(ACCOUNT_QUERY, Map.of("n", "A-1"));
    server.post(ACCOUNT_QUERY, Map.of("n", "A-2"));
    postWithoutSession(server, ACCOUNT_QUERY, "A-3");

    List<JsonNode> requests = admin.journal().requests();

    assertEquals(List.of("A-2", "A-1"), requests.stream()
        .map(entry -> entry.at("/variables/n").asText()).toList(), requests.toString());
    JsonNode newest = requests.get(0);
    assertEquals(server.session(), newest.path("session").asText());
    assertEquals("Account", newest.path("operationName").asText());
    assertEquals("[\"account\"]", newest.path("rootFields").toString());
    assertEquals(200, newest.path("status").asInt());
    assertEquals(2, admin.journal().count());
  }

  @Test
  void selectsJournalEntriesByFilter(KrakenMockServer server, KrakenMockAdmin admin) {
    server.post(ACCOUNT_QUERY, Map.of("n", "A-1"));
    server.post(ACCOUNT_QUERY, Map.of("n", "A-2"),
        Map.of("X-Mock-Scenario", "account/KT-CT-4178"));
    server.post("query Viewer { viewer { email } }");

    JournalFilter accounts = JournalFilter.any().operationName("Account");
    assertEquals(2, admin.journal().count(accounts));
    assertEquals(1, admin.journal().count(accounts.variable("n", "A-1")));
    assertEquals(1, admin.journal().count(JournalFilter.any().errorCode("KT-CT-4178")));
    assertEquals(1, admin.journal().count(JournalFilter.any().rootField("viewer")));
    assertEquals(3, admin.journal().count(JournalFilter.any().status(200)));
    List<JsonNode> limited = admin.journal().requests(accounts.limit(1));
    assertEquals(1, limited.size());
    assertEquals("A-2", limited.get(0).at("/variables/n").asText());
    assertEquals("[\"KT-CT-4178\"]", limited.get(0).path("errorCodes").toString());
  }

  @Test
  void clearsTheSessionsJournal(KrakenMockServer server, KrakenMockAdmin admin) {
    server.post(ACCOUNT_QUERY, Map.of("n", "A-1"));
    server.post(ACCOUNT_QUERY, Map.of("n", "A-2"));

    assertEquals(2, admin.journal().clear());

    assertEquals(0, admin.journal().count());
    assertEquals(List.of(), admin.journal().requests());
  }

  @Test
  void explainsWhyARequestMatchedNoScenario(KrakenMockServer server, KrakenMockAdmin admin) {
    admin.scenarios().load(MISSING_ACCOUNT);
    server.post(ACCOUNT_QUERY, Map.of("n", "A-0000DEAD"));
    server.post(ACCOUNT_QUERY, Map.of("n", "A-0000BEEF"));

    List<JsonNode> unmatched = admin.journal().unmatched();

    assertEquals(1, unmatched.size(), unmatched.toString());
    JsonNode entry = unmatched.get(0);
    assertEquals("A-0000BEEF", entry.at("/variables/n").asText());
    JsonNode nearMiss = JSON.createObjectNode();
    for (JsonNode each : entry.path("nearMisses")) {
      if (each.path("scenario").asText().equals("extension-test-missing-account")) {
        nearMiss = each;
      }
    }
    assertEquals("[\"arguments.accountNumber: expected 'A-0000DEAD', was 'A-0000BEEF'\"]",
        nearMiss.path("differences").toString(), entry.toString());
  }

  @Test
  void addsAFixtureForTheTestAndClearsIt(KrakenMockServer server, KrakenMockAdmin admin) {
    int added = admin.fixtures().add("""
        {"fixtures": [{"entity": {"type": "AccountType", "key": "A-0F1X7E00"},
                       "data": {"billingName": "Fixture Test Srl"}}]}""");

    assertEquals(1, added);
    JsonNode pinned = server.post(
        "{ account(accountNumber: \"A-0F1X7E00\") { number billingName } }");
    assertEquals("Fixture Test Srl", pinned.at("/data/account/billingName").asText(),
        pinned.toString());
    assertTrue(admin.fixtures().list().toString().contains("Fixture Test Srl"));
    assertEquals(1, admin.fixtures().clear());
    JsonNode generated = server.post(
        "{ account(accountNumber: \"A-0F1X7E00\") { number billingName } }");
    assertNotEquals("Fixture Test Srl", generated.at("/data/account/billingName").asText());
  }

  @Test
  void reportsAnInvalidFixtureWithTheServersMessage(KrakenMockAdmin admin) {
    UnexpectedResponseException error = assertThrows(UnexpectedResponseException.class,
        () -> admin.fixtures().add("""
            {"entity": {"type": "AccountType", "key": "A-1"}, "data": {"numbr": "x"}}"""));

    assertEquals(400, error.status());
    assertTrue(error.getMessage().contains("numbr"), error.getMessage());
  }

  /** Uses the class's server; its tests have sessions of their own. */
  @Nested
  class NestedTests {

    @Test
    void useTheServerOfTheEnclosingClass(KrakenMockServer server) {
      assertEquals(classBaseUrl, server.baseUrl());
      assertEquals("NestedTests#useTheServerOfTheEnclosingClass", server.session());
    }
  }

  /** Has a server of its own, with other settings. */
  @Nested
  @KrakenMock(auth = false, seed = 2)
  class NestedTestsWithTheirOwnServer {

    @Test
    void useTheirOwnServer(KrakenMockServer server) {
      assertNotEquals(classBaseUrl, server.baseUrl());
      assertTrue(server.post("{ __typename }").path("data").isObject());
    }
  }

  @Test
  void servesTheDemoDataByDefault(KrakenMockServer server) {
    JsonNode answer = server.post(ACCOUNT_QUERY, Map.of("n", "A-DE000002"));

    assertEquals(-18450, answer.at("/data/account/balance").asInt(), answer.toString());
  }

  /** A server with folders of fixtures and scenarios, and without the demo data. */
  @Nested
  @KrakenMock(auth = false, demoData = false,
      fixtures = "src/test/resources/kraken-mock/fixtures",
      scenarios = "src/test/resources/kraken-mock/scenarios")
  class NestedTestsWithFolders {

    @Test
    void applyTheFixturesOfTheFolder(KrakenMockServer server) {
      JsonNode answer = server.post(
          "{ account(accountNumber: \"A-0F01DE00\") { billingName } }");

      assertEquals("Folder Fixture Srl", answer.at("/data/account/billingName").asText(),
          answer.toString());
    }

    @Test
    void applyTheScenariosOfTheFolder(KrakenMockServer server) {
      JsonNode answer = server.post(ACCOUNT_QUERY, Map.of("n", "A-0F01DE99"));

      assertEquals("KT-CT-4178", answer.at("/errors/0/extensions/errorCode").asText(),
          answer.toString());
    }

    @Test
    void leaveTheDemoDataOut(KrakenMockServer server) {
      JsonNode answer = server.post(ACCOUNT_QUERY, Map.of("n", "A-DE000002"));

      assertEquals("A-DE000002", answer.at("/data/account/number").asText(), answer.toString());
      assertNotEquals(-18450, answer.at("/data/account/balance").asInt(), answer.toString());
    }
  }

  private static JsonNode postWithoutSession(KrakenMockServer server, String query,
      String accountNumber) throws IOException, InterruptedException {
    String body = JSON.writeValueAsString(Map.of("query", query,
        "variables", Map.of("n", accountNumber)));
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(server.graphqlUrl()))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    return JSON.readTree(response.body());
  }
}
