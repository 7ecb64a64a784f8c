package dev.krakenmock.server.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.krakenmock.schema.sdl.GeneratedSchema;
import dev.krakenmock.server.config.MockServerConfig;
import dev.krakenmock.server.fixture.InMemoryFixtureStore;
import dev.krakenmock.server.scenario.ScenarioRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Fixtures merged over generated answers: through fields graphql-java executes and fields the
 * engine answers outside it, by every path to an entity, with the precedence the README states.
 */
class FixtureOverlayTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final InMemoryFixtureStore STORE =
      InMemoryFixtureStore.create(false, Optional.empty());
  private static final GraphqlEngine ENGINE = GraphqlEngine.create(
      MockServerConfig.newConfig().auth(false).build(), GeneratedSchema.sdl(),
      ScenarioRegistry.NONE).useFixtures(STORE);

  private static final String ACCOUNT = """
      query Account($n: String!) {
        account(accountNumber: $n) {
          number balance billingName billingEmail status
          address { postcode city line1 }
          users { id givenName familyName email }
          properties { id address postcode }
          bills(first: 2) { totalCount edges { cursor node { id } } }
        }
      }""";

  @AfterEach
  void removeFixtures() {
    STORE.clearAdded();
  }

  private static JsonNode run(String query, Map<String, Object> variables) {
    return run(query, null, variables);
  }

  private static JsonNode run(String query, String operationName, Map<String, Object> variables) {
    return JSON.valueToTree(ENGINE.execute(new GraphqlRequest(query, operationName, variables)));
  }

  private static JsonNode account(String number) {
    JsonNode response = run(ACCOUNT, Map.of("n", number));
    assertTrue(response.path("errors").isMissingNode(), response::toString);
    return response.path("data").path("account");
  }

  @Test
  void partialFixtureChangesOnlyTheFieldsItNames() {
    JsonNode before = account("A-TEST0001");
    STORE.add("""
        {"entity": {"type": "AccountType", "key": "A-TEST0001"},
         "data": {"address": {"postcode": "20121", "city": "Milano", "line1": "Via Dante 1"}}}""");
    JsonNode after = account("A-TEST0001");

    ObjectNode expected = before.deepCopy();
    ObjectNode address = (ObjectNode) expected.path("address");
    address.put("postcode", "20121").put("city", "Milano").put("line1", "Via Dante 1");
    assertNotEquals(before, after);
    assertEquals(expected, after);
  }

  @Test
  void executedNestedFieldsMergeOverTheGeneratedObject() {
    JsonNode before = account("A-TEST0011");
    STORE.add("""
        {"entity": {"type": "AccountType", "key": "A-TEST0011"},
         "data": {"billingName": "Mario Rossi", "status": "PENDING", "balance": -1250}}""");
    JsonNode after = account("A-TEST0011");

    ObjectNode expected = before.deepCopy();
    expected.put("billingName", "Mario Rossi").put("status", "PENDING").put("balance", -1250);
    assertEquals(expected, after);
  }

  @Test
  void entityFixtureAppliesOnEveryPathToTheEntity() {
    STORE.add("""
        {"fixtures": [
          {"entity": {"type": "AccountType", "key": "A-TEST0002"},
           "data": {"billingName": "Ditta Rossi Srl", "balance": 4200}},
          {"query": {"field": "viewer"},
           "data": {"accounts": [{"number": "A-TEST0002"}]}},
          {"entity": {"type": "AccountType", "key": "A-TEST0003"},
           "data": {"portfolio": {"accounts": [{"number": "A-TEST0002"}]}}}
        ]}""");

    JsonNode direct = account("A-TEST0002");
    assertEquals("Ditta Rossi Srl", direct.path("billingName").asText());
    assertEquals(4200, direct.path("balance").asInt());

    JsonNode viewer = run("{ viewer { accounts { number billingName balance } } }", Map.of())
        .path("data").path("viewer").path("accounts");
    assertEquals(1, viewer.size(), viewer::toString);
    assertEquals("A-TEST0002", viewer.path(0).path("number").asText());
    assertEquals("Ditta Rossi Srl", viewer.path(0).path("billingName").asText());
    assertEquals(4200, viewer.path(0).path("balance").asInt());

    JsonNode nodes = run("""
        { account(accountNumber: "A-TEST0003") {
            portfolio { accounts { totalCount edges { node { number billingName balance } } } } } }""",
        Map.of()).path("data").path("account").path("portfolio").path("accounts");
    assertEquals(1, nodes.path("totalCount").asInt(), nodes::toString);
    JsonNode node = nodes.path("edges").path(0).path("node");
    assertEquals("A-TEST0002", node.path("number").asText());
    assertEquals("Ditta Rossi Srl", node.path("billingName").asText());
    assertEquals(direct.path("billingEmail").asText(),
        run("{ account(accountNumber: \"A-TEST0002\") { billingEmail } }", Map.of())
            .path("data").path("account").path("billingEmail").asText());
  }

  @Test
  void listFixtureFixesLengthAndMergesEachElement() {
    JsonNode before = account("A-TEST0004");
    STORE.add("""
        {"entity": {"type": "AccountType", "key": "A-TEST0004"},
         "data": {"users": [{"givenName": "Anna"}, {"givenName": "Luca"}],
                  "properties": [{"postcode": "00184"}]}}""");
    JsonNode after = account("A-TEST0004");

    ArrayNode users = (ArrayNode) after.path("users");
    assertEquals(2, users.size());
    assertEquals("Anna", users.path(0).path("givenName").asText());
    assertEquals("Luca", users.path(1).path("givenName").asText());
    assertEquals(before.path("users").path(0).path("familyName"),
        users.path(0).path("familyName"));
    assertEquals(before.path("users").path(1).path("id"), users.path(1).path("id"));
    assertEquals(1, after.path("properties").size());
    assertEquals("00184", after.path("properties").path(0).path("postcode").asText());
    assertEquals(before.path("properties").path(0).path("address"),
        after.path("properties").path(0).path("address"));
  }

  @Test
  void connectionFromAnArrayPaginatesLikeAGeneratedOne() {
    STORE.add("""
        {"entity": {"type": "AccountType", "key": "A-TEST0005"},
         "data": {"bills": [{"id": "B-1"}, {"id": "B-2"}, {"id": "B-3"}]}}""");
    String page = """
        query Bills($after: String) { account(accountNumber: "A-TEST0005") {
          bills(first: 2, after: $after) {
            totalCount edgeCount pageInfo { hasNextPage hasPreviousPage endCursor }
            edges { cursor node { id } } } } }""";

    Map<String, Object> noCursor = new HashMap<>();
    noCursor.put("after", null);
    JsonNode first = run(page, noCursor).path("data").path("account").path("bills");
    assertEquals(3, first.path("totalCount").asInt(), first::toString);
    assertEquals(2, first.path("edges").size());
    assertEquals("B-1", first.path("edges").path(0).path("node").path("id").asText());
    assertEquals("B-2", first.path("edges").path(1).path("node").path("id").asText());
    assertTrue(first.path("pageInfo").path("hasNextPage").asBoolean());

    String cursor = first.path("pageInfo").path("endCursor").asText();
    JsonNode second = run(page, Map.of("after", cursor)).path("data").path("account")
        .path("bills");
    assertEquals(3, second.path("totalCount").asInt());
    assertEquals(1, second.path("edges").size());
    assertEquals("B-3", second.path("edges").path(0).path("node").path("id").asText());
    assertFalse(second.path("pageInfo").path("hasNextPage").asBoolean());
  }

  @Test
  void rootFieldFixtureMatchesItsArgumentsAndWinsOverEntityFixtures() {
    STORE.add("""
        {"fixtures": [
          {"entity": {"type": "AccountType", "key": "A-TEST0006"},
           "data": {"balance": 1, "billingName": "From the entity"}},
          {"query": {"field": "account", "arguments": {"accountNumber": "A-TEST0006"}},
           "data": {"balance": 4200, "number": "A-OTHER"}}
        ]}""");

    JsonNode pinned = account("A-TEST0006");
    assertEquals(4200, pinned.path("balance").asInt());
    assertEquals("From the entity", pinned.path("billingName").asText());
    assertEquals("A-TEST0006", pinned.path("number").asText(), "the argument's echo wins");
    assertNotEquals(4200, account("A-TEST0007").path("balance").asInt());
  }

  @Test
  void nullAndTypenamePickWhatAFieldAnswers() {
    STORE.add("""
        {"fixtures": [
          {"entity": {"type": "AccountType", "key": "A-TEST0008"}, "data": {"billingEmail": null}},
          {"query": {"field": "devices", "arguments": {"accountNumber": "A-TEST0008"}},
           "data": [{"__typename": "SmartFlexVehicle", "id": "D-1", "name": "Model 3"},
                    {"__typename": "SmartFlexChargePoint", "id": "D-2"}]}
        ]}""");

    assertTrue(account("A-TEST0008").path("billingEmail").isNull());
    JsonNode devices = run("""
        { devices(accountNumber: "A-TEST0008") { __typename id name } }""", Map.of())
        .path("data").path("devices");
    assertEquals(2, devices.size(), devices::toString);
    assertEquals("SmartFlexVehicle", devices.path(0).path("__typename").asText());
    assertEquals("Model 3", devices.path(0).path("name").asText());
    assertEquals("SmartFlexChargePoint", devices.path(1).path("__typename").asText());
    assertEquals("D-2", devices.path(1).path("id").asText());
  }

  @Test
  void operationFixtureReplaysDataByResponseKeyAndItsErrors() throws Exception {
    String query = """
        query Account($n: String!) {
          acct: account(accountNumber: $n) { balance billingName billingEmail }
        }""";
    JsonNode generated = run(query, "Account", Map.of("n", "A-REC00001"));
    JsonNode other = run(query, "Account", Map.of("n", "A-REC00002"));
    STORE.add("""
        {"operation": {"name": "Account", "variables": {"n": "A-REC00001"}},
         "response": {
           "data": {"acct": {"balance": 99, "billingName": "Recorded Name"}},
           "errors": [{"message": "Recorded problem", "path": ["acct", "status"],
                       "extensions": {"errorCode": "KT-CT-4321"}}]}}""");

    Map<String, Object> variables = new HashMap<>();
    variables.put("n", "A-REC00001");
    variables.put("unused", null);
    JsonNode replayed = run(query, null, variables);
    JsonNode account = replayed.path("data").path("acct");
    assertEquals(99, account.path("balance").asInt());
    assertEquals("Recorded Name", account.path("billingName").asText());
    assertEquals(generated.path("data").path("acct").path("billingEmail"),
        account.path("billingEmail"), "what the recording lacks stays generated");
    assertEquals(JSON.readTree("""
        [{"message": "Recorded problem", "path": ["acct", "status"],
          "extensions": {"errorCode": "KT-CT-4321"}}]""".strip()), replayed.path("errors"));
    assertEquals(other, run(query, "Account", Map.of("n", "A-REC00002")),
        "other variables are not replayed");
  }

  @Test
  void theLoginsEmailWinsOverAViewerFixtureAndTheRestOfItStays() {
    InMemoryFixtureStore store = InMemoryFixtureStore.create(false, Optional.empty());
    GraphqlEngine engine = GraphqlEngine.create(MockServerConfig.newConfig().build(),
        GeneratedSchema.sdl(), ScenarioRegistry.NONE).useFixtures(store);
    store.add("""
        {"query": {"field": "viewer"},
         "data": {"email": "fixture@example.com", "givenName": "Giulia"}}""");
    Map<String, Object> login = engine.execute(GraphqlRequest.ofQuery("mutation {"
        + " obtainKrakenToken(input: {email: \"giulia.bianchi@example.it\", password: \"x\"})"
        + " { token } }"));
    String token = GraphqlEngineTest.at(login, "data", "obtainKrakenToken", "token");

    JsonNode viewer = JSON.valueToTree(engine.execute(
        GraphqlRequest.ofQuery("{ viewer { email givenName } }")
            .withHeaders(Map.of("Authorization", "JWT " + token)))).path("data").path("viewer");
    assertEquals("giulia.bianchi@example.it", viewer.path("email").asText());
    assertEquals("Giulia", viewer.path("givenName").asText());
  }
}
