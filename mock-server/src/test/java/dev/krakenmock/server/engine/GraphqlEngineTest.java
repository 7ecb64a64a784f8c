package dev.krakenmock.server.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.krakenmock.schema.sdl.GeneratedSchema;
import dev.krakenmock.server.config.MockServerConfig;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The engine on the generated schema: determinism, entity graph, formats, abstract types. */
class GraphqlEngineTest {

  static final GraphqlEngine ENGINE = GraphqlEngine.fromGeneratedSchema();
  private static final ObjectMapper JSON = new ObjectMapper();

  static Map<String, Object> run(GraphqlEngine engine, String query) {
    return engine.execute(GraphqlRequest.ofQuery(query));
  }

  @SuppressWarnings("unchecked")
  static <T> T at(Map<String, Object> response, String... path) {
    Object node = response;
    for (String step : path) {
      node = step.matches("\\d+") ? ((List<Object>) node).get(Integer.parseInt(step))
          : ((Map<String, Object>) node).get(step);
    }
    return (T) node;
  }

  static Map<String, Object> data(Map<String, Object> response) {
    assertNull(response.get("errors"), () -> "errors: " + response.get("errors"));
    return at(response, "data");
  }

  private static String json(Object value) throws Exception {
    return JSON.writeValueAsString(value);
  }

  private static final String ACCOUNT = """
      query Account($n: String!) {
        account(accountNumber: $n) {
          number id balance createdAt currentEstimatedSsd status accountType
          billingName billingEmail
        }
      }""";

  @Test
  void answersTheSameBytesOnEveryStart() throws Exception {
    GraphqlEngine other = GraphqlEngine.fromGeneratedSchema();
    GraphqlRequest request = new GraphqlRequest(ACCOUNT, "Account", Map.of("n", "A-1234ABCD"));
    assertEquals(json(ENGINE.execute(request)), json(other.execute(request)));
  }

  @Test
  void changesNoValueWhenAnotherFieldOrQueryIsAdded() {
    Map<String, Object> small = data(run(ENGINE,
        "{ account(accountNumber: \"A-00000001\") { balance } }"));
    Map<String, Object> large = data(run(ENGINE,
        "{ viewer { email } account(accountNumber: \"A-00000001\") { status balance id } }"));
    assertEquals(at(small, "account", "balance"), (Object) at(large, "account", "balance"));
  }

  @Test
  void givesOtherValuesForAnotherSeed() {
    GraphqlEngine reseeded = GraphqlEngine.create(
        MockServerConfig.newConfig().auth(false).seed(99).build(), GeneratedSchema.sdl());
    String query = "{ account(accountNumber: \"A-00000001\") { billingName billingEmail id } }";
    assertNotEquals(data(run(ENGINE, query)), data(run(reseeded, query)));
  }

  @Test
  void carriesTheIdentifyingArgumentBack() {
    Map<String, Object> data = data(ENGINE.execute(
        new GraphqlRequest(ACCOUNT, null, Map.of("n", "A-1"))));
    assertEquals("A-1", at(data, "account", "number"));
  }

  @Test
  void writesValuesInKrakenFormats() {
    Map<String, Object> account = at(data(ENGINE.execute(
        new GraphqlRequest(ACCOUNT, null, Map.of("n", "A-1")))), "account");
    assertTrue(Pattern.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}\\+00:00",
        (String) account.get("createdAt")), () -> "createdAt " + account.get("createdAt"));
    assertTrue(Pattern.matches("\\d{4}-\\d{2}-\\d{2}", (String) account.get("currentEstimatedSsd")));
    assertTrue(Pattern.matches("\\d+", (String) account.get("id")), () -> "id " + account.get("id"));
    assertTrue(account.get("balance") instanceof Integer);
    assertTrue(Set.of("PENDING").contains(account.get("status")));
    assertTrue(Set.of("BUSINESS").contains(account.get("accountType")));
  }

  @Test
  void showsAnEntityTheSameWhicheverQueryReachesIt() {
    Map<String, Object> viewer = data(run(ENGINE,
        "{ viewer { accounts { number balance billingName } } }"));
    Map<String, Object> fromViewer = at(viewer, "viewer", "accounts");
    String number = (String) fromViewer.get("number");
    assertTrue(number.matches("A-[0-9A-F]{8}"), number);
    Map<String, Object> direct = data(run(ENGINE,
        "{ account(accountNumber: \"" + number + "\") { number balance billingName } }"));
    assertEquals(fromViewer, at(direct, "account"));
  }

  @Test
  void carriesBackOnlyTheArgumentsThatNameTheEntity() {
    Map<String, Object> complaint = data(run(ENGINE, "{ complaint(complaintId: 42) { id } }"));
    assertEquals("42", at(complaint, "complaint", "id"));

    List<Map<String, Object>> accounts = at(data(run(ENGINE,
        "{ accounts(portfolioNumber: \"P-1234ABCD\") { number } }")), "accounts");
    Set<Object> numbers = new java.util.HashSet<>();
    for (Map<String, Object> account : accounts) {
      assertTrue(((String) account.get("number")).matches("A-[0-9A-F]{8}"), account.toString());
      numbers.add(account.get("number"));
    }
    assertEquals(accounts.size(), numbers.size(), "the accounts of a portfolio are distinct");
  }

  @Test
  void aFieldFailedElsewhereInTheRequestChangesNoOtherValue() {
    // With a scripted failure, every leaf is answered through graphql-java's environment; without
    // one, plain leaves take the short path. Both must give the same values.
    GraphqlEngine engine = GraphqlEngine.create(MockServerConfig.newConfig().auth(false).build(),
        GeneratedSchema.sdl(),
        dev.krakenmock.server.scenario.InMemoryScenarioRegistry.create(java.util.Optional.empty()));
    GraphqlRequest plain = new GraphqlRequest(ACCOUNT, "Account", Map.of("n", "A-1234ABCD"));
    GraphqlRequest failing =
        plain.withHeaders(Map.of("x-mock-error", "account.balance=KT-CT-4178"));

    Map<String, Object> expected = new java.util.LinkedHashMap<>(
        at(data(engine.execute(plain)), "account"));
    Map<String, Object> failed = engine.execute(failing);
    Map<String, Object> actual = new java.util.LinkedHashMap<>(at(failed, "data", "account"));

    assertEquals("KT-CT-4178", at(failed, "errors", "0", "extensions", "errorCode"));
    assertNull(actual.remove("balance"));
    expected.remove("balance");
    assertEquals(expected, actual);
  }

  @Test
  void objectsOnTheShortPathKeepTheIdentitiesOpaqueFieldsNeed() {
    GraphqlEngine engine = GraphqlEngine.create(MockServerConfig.newConfig().auth(false).build(),
        GeneratedSchema.sdl(),
        dev.krakenmock.server.scenario.InMemoryScenarioRegistry.create(java.util.Optional.empty()));
    String query = """
        query Nested($n: String!) {
          account(accountNumber: $n) {
            number
            home: address { line1 postcode }
            properties { id address }
            business { name billingAddress { line1 city } }
            members: users { givenName address { line1 postcode } }
          }
        }""";
    GraphqlRequest plain = new GraphqlRequest(query, "Nested", Map.of("n", "A-1234ABCD"));
    GraphqlRequest failing =
        plain.withHeaders(Map.of("x-mock-error", "account.number=KT-CT-4178"));

    Map<String, Object> expected = new java.util.LinkedHashMap<>(
        at(data(engine.execute(plain)), "account"));
    Map<String, Object> actual = new java.util.LinkedHashMap<>(
        at(engine.execute(failing), "data", "account"));

    assertNull(actual.remove("number"));
    expected.remove("number");
    assertEquals(expected, actual);
    assertEquals(3, ((List<?>) expected.get("members")).size());
  }

  @Test
  void tellsWhetherAnArgumentPrefixNamesAType() {
    assertTrue(EntityGraph.namesType("account", "AccountType"));
    assertTrue(EntityGraph.namesType("customerAsset", "CustomerAssetType"));
    assertTrue(EntityGraph.namesType("campaign", "VoiceCampaignType"));
    assertFalse(EntityGraph.namesType("portfolio", "AccountType"));
    assertFalse(EntityGraph.namesType("external", "AccountUserType"));
    assertFalse(EntityGraph.namesType("smartFlexDevice", "SmartFlexDeviceSupplyPointType"));
  }

  @Test
  void pagesThroughAConnectionWithStableCursors() {
    String page = "query P($after: String) { apiBrownouts(first: 5, after: $after) {"
        + " totalCount edgeCount edges { cursor } pageInfo { hasNextPage hasPreviousPage"
        + " startCursor endCursor } } }";
    Map<String, Object> first = data(ENGINE.execute(new GraphqlRequest(page, null, Map.of())));
    assertEquals(12, (Integer) at(first, "apiBrownouts", "totalCount"));
    assertEquals(5, (Integer) at(first, "apiBrownouts", "edgeCount"));
    assertEquals("YXJyYXljb25uZWN0aW9uOjA=", at(first, "apiBrownouts", "edges", "0", "cursor"));
    assertEquals(true, at(first, "apiBrownouts", "pageInfo", "hasNextPage"));
    String end = at(first, "apiBrownouts", "pageInfo", "endCursor");
    java.util.HashMap<String, Object> after = new java.util.HashMap<>();
    after.put("after", end);
    Map<String, Object> second = data(ENGINE.execute(new GraphqlRequest(page, null, after)));
    assertEquals("YXJyYXljb25uZWN0aW9uOjU=", at(second, "apiBrownouts", "edges", "0", "cursor"));
    after.put("after", at(second, "apiBrownouts", "pageInfo", "endCursor"));
    Map<String, Object> third = data(ENGINE.execute(new GraphqlRequest(page, null, after)));
    assertEquals(2, (Integer) at(third, "apiBrownouts", "edgeCount"));
    assertEquals(false, at(third, "apiBrownouts", "pageInfo", "hasNextPage"));
  }

  @Test
  void pagesBackwardsWithLastAndBefore() {
    Map<String, Object> data = data(run(ENGINE, "{ apiBrownouts(last: 2, before: "
        + "\"YXJyYXljb25uZWN0aW9uOjU=\") { edges { cursor } pageInfo { hasPreviousPage"
        + " hasNextPage } } }"));
    assertEquals("YXJyYXljb25uZWN0aW9uOjM=", at(data, "apiBrownouts", "edges", "0", "cursor"));
    assertEquals(true, at(data, "apiBrownouts", "pageInfo", "hasPreviousPage"));
  }

  @Test
  void showsTheSameNodeOnEveryPageThatHoldsIt() {
    String nodes = "{ a: apiExceptions(first: 4) { edges { node { __typename } cursor } }"
        + " b: apiExceptions(first: 2, after: \"YXJyYXljb25uZWN0aW9uOjE=\") { edges { cursor } } }";
    Map<String, Object> data = data(run(ENGINE, nodes));
    assertEquals(at(data, "a", "edges", "2", "cursor"), (Object) at(data, "b", "edges", "0",
        "cursor"));
  }

  @Test
  void rejectsANegativePageSizeOnTheFieldInKrakensEnvelope() {
    Map<String, Object> response = run(ENGINE, "{ apiBrownouts(first: -1) { totalCount } }");
    List<Map<String, Object>> errors = at(response, "errors");
    assertEquals("KT-CT-1605", at(errors.get(0), "extensions", "errorCode"));
    assertEquals(List.of(Map.of("message", "Argument 'first' must be a non-negative integer.",
        "inputPath", List.of("first"))), at(errors.get(0), "extensions", "validationErrors"));
  }

  @Test
  void readsCursorsWithTheReferencesStrayPaddingAsGrapheneDoes() {
    Map<String, Object> data = data(run(ENGINE, "{ apiBrownouts(first: 1, after: "
        + "\"YXJyYXljb25uZWN0aW9uOjEw=\") { edges { cursor } } }"));
    assertEquals("YXJyYXljb25uZWN0aW9uOjEx", at(data, "apiBrownouts", "edges", "0", "cursor"));
  }

  @Test
  void resolvesUnionsToAMemberWithItsTypename() {
    Map<String, Object> data = data(run(ENGINE,
        "{ inkMessage(messageRelayId: \"1\") { __typename } }"));
    String typename = at(data, "inkMessage", "__typename");
    assertTrue(typename.startsWith("Ink"), typename);
    assertEquals(typename, at(data(run(ENGINE,
        "{ inkMessage(messageRelayId: \"1\") { __typename } }")), "inkMessage", "__typename"));
  }

  @Test
  void answersShorthandQueriesAliasesAndFragments() {
    Map<String, Object> data = data(run(ENGINE, """
        { me: viewer { ...Who  kind: __typename } }
        fragment Who on AccountUserType { givenName familyName email }"""));
    assertEquals("AccountUserType", at(data, "me", "kind"));
    assertTrue(((String) at(data, "me", "email")).contains("@"));
  }

  @Test
  void rejectsQueriesDeeperThanTheLimit() {
    GraphqlEngine shallow = GraphqlEngine.create(
        MockServerConfig.newConfig().auth(false).maxQueryDepth(2).build(), GeneratedSchema.sdl());
    Map<String, Object> response = run(shallow, "{ viewer { address { line1 } } }");
    assertFalse(response.containsKey("data"));
    assertTrue(String.valueOf(response.get("errors")).contains("limit is 2"));
  }

  @Test
  void rejectsDocumentsWithTooManyTokens() {
    GraphqlEngine small = GraphqlEngine.create(
        MockServerConfig.newConfig().auth(false).maxQueryTokens(5).build(), GeneratedSchema.sdl());
    Map<String, Object> response = run(small, "{ viewer { email givenName familyName id } }");
    assertFalse(response.containsKey("data"));
  }

  @Test
  void callsQueriesCacheableAndMutationsNot() {
    assertTrue(ENGINE.isCacheable(GraphqlRequest.ofQuery("{ viewer { email } }")));
    assertTrue(ENGINE.isCacheable(GraphqlRequest.ofQuery("{ viewer { ")));
    assertFalse(ENGINE.isCacheable(GraphqlRequest.ofQuery(
        "mutation { obtainKrakenToken(input: {APIKey: \"k\"}) { token } }")));
    assertFalse(ENGINE.isCacheable(new GraphqlRequest(
        "query A { viewer { email } } mutation B { obtainKrakenToken(input: {APIKey: \"k\"})"
            + " { token } }", "B", Map.of())));
  }
}
