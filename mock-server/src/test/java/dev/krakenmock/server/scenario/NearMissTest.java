package dev.krakenmock.server.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NearMissTest {

  private final InMemoryScenarioRegistry registry =
      InMemoryScenarioRegistry.create(Optional.empty());

  private static List<String> differences(String match, RequestFacts request) {
    InMemoryScenarioRegistry alone = InMemoryScenarioRegistry.create(Optional.empty());
    alone.load("{\"id\": \"it\", \"match\": " + match + "}");
    List<NearMiss> misses = NearMiss.closest(alone, request, 3);
    assertEquals(1, misses.size(), misses.toString());
    assertEquals("it", misses.get(0).scenario());
    return misses.get(0).differences();
  }

  @Test
  void explainsADifferentOrMissingOperationName() {
    assertEquals(List.of("operationName: expected 'Account', was 'Accounts'"),
        differences("{\"operationName\": \"Account\"}",
            Requests.selecting("account").operation("Accounts").facts()));
    assertEquals(List.of("operationName: expected 'Account', was missing"),
        differences("{\"operationName\": \"Account\"}", Requests.selecting("account").facts()));
  }

  @Test
  void explainsAMissingRootFieldListingTheSelectedOnes() {
    assertEquals(List.of("rootField: expected 'account', was 'viewer', 'accounts'"),
        differences("{\"rootField\": \"account\"}",
            Requests.selecting("viewer").and("accounts").facts()));
  }

  @Test
  void explainsArgumentsAgainstTheClosestRootField() {
    assertEquals(List.of("arguments.accountNumber: expected a match of /A-0+/, was 'A-12'"),
        differences("{\"rootField\": \"account\", \"arguments\": {\"accountNumber\":"
            + " {\"regex\": \"A-0+\"}}}",
            Requests.selecting("account").argument("accountNumber", "A-12").facts()));
    assertEquals(List.of("arguments.n: expected 2, was 3"),
        differences("{\"arguments\": {\"m\": \"x\", \"n\": 2}}",
            Requests.selecting("viewer").argument("n", 1).argument("m", "y")
                .and("account").argument("n", 3).argument("m", "x").facts()));
    assertEquals(List.of("arguments: the operation selects no root field"),
        differences("{\"arguments\": {\"accountNumber\": \"A-1\"}}", new RequestFacts(
            RequestFacts.DEFAULT_SESSION, "Nothing", List.of(), Map.of(), Map.of(), Map.of())));
  }

  @Test
  void explainsVariablesAndHeaders() {
    assertEquals(List.of("variables.accountNumber: expected 'A-1', was 'A-2'",
            "header x-foo: missing", "header x-test: expected 'one', was 'two'"),
        differences("{\"variables\": {\"accountNumber\": \"A-1\"}, \"headers\": {\"X-Foo\":"
            + " {\"absent\": false}, \"X-Test\": \"one\"}}",
            Requests.selecting("account").variable("accountNumber", "A-2")
                .header("X-Test", "two").facts()));
    assertEquals(List.of("variables.token: expected absent, was 'abc'"),
        differences("{\"variables\": {\"token\": {\"absent\": true}}}",
            Requests.selecting("account").variable("token", "abc").facts()));
  }

  @Test
  void explainsInactiveScenariosAndStatesOfTheSession() {
    registry.load("""
        {"id": "expired", "active": false, "match": {"rootField": "viewer"}}""");
    registry.load("""
        {"id": "second", "match": {"rootField": "viewer"}, "scenarioName": "token",
         "requiredState": "Expired"}""");

    List<NearMiss> misses = NearMiss.closest(registry,
        Requests.selecting("viewer").session("s1").facts(), 3);

    assertEquals(List.of(
        new NearMiss("expired", List.of("active: false; it applies only to requests that name it"
            + " in X-Mock-Scenario")),
        new NearMiss("second", List.of("state: 'token' is 'Started' in session 's1', the"
            + " scenario needs 'Expired'"))), misses);
  }

  @Test
  void ranksByNumberOfDifferencesAndKeepsTheClosestThree() {
    registry.load("""
        {"id": "far", "match": {"operationName": "Other", "rootField": "viewer",
         "variables": {"n": "B"}}}""");
    registry.load("""
        {"id": "close", "match": {"operationName": "Account", "variables": {"n": "B"}}}""");
    registry.load("""
        {"id": "also-close", "match": {"operationName": "Account", "rootField": "account",
         "variables": {"n": "A"}, "headers": {"x-case": "one"}}}""");
    registry.load("""
        {"id": "middle", "match": {"operationName": "Accounts", "variables": {"n": "B"}}}""");

    List<NearMiss> misses = NearMiss.closest(registry, Requests.selecting("account")
        .operation("Account").variable("n", "A").facts(), NearMiss.LIMIT);

    assertEquals(List.of("close", "also-close", "middle"),
        misses.stream().map(NearMiss::scenario).toList());
    assertEquals(List.of("variables.n: expected 'B', was 'A'"), misses.get(0).differences());
  }

  @Test
  void leavesInactiveBuiltInScenariosOut() {
    assertEquals(List.of(), NearMiss.closest(registry,
        Requests.selecting("account").facts(), NearMiss.LIMIT));
  }
}
