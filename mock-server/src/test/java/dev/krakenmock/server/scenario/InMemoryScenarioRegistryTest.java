package dev.krakenmock.server.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krakenmock.schema.contract.ApiContract;
import dev.krakenmock.schema.contract.ErrorSpec;
import dev.krakenmock.schema.contract.OperationSpec;
import dev.krakenmock.schema.reference.QueriesReference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InMemoryScenarioRegistryTest {

  private final InMemoryScenarioRegistry registry =
      InMemoryScenarioRegistry.create(Optional.empty());

  private static List<String> codes(Outcome outcome) {
    return outcome.failures().stream().map(FieldFailure::code).toList();
  }

  // ---- Built-in scenarios and headers --------------------------------------------------------

  @Test
  void hasABuiltInScenarioForEveryDocumentedOperationAndCode() {
    ApiContract contract = QueriesReference.bundledContract();
    Set<String> pairs = new LinkedHashSet<>();
    for (OperationSpec operation : contract.operations()) {
      for (ErrorSpec error : operation.possibleErrors()) {
        pairs.add(operation.name() + "/" + error.code());
      }
    }
    assertEquals(197, pairs.size());
    assertEquals(List.copyOf(pairs),
        registry.builtInScenarios().stream().map(Scenario::id).toList());
    for (OperationSpec operation : contract.operations()) {
      for (ErrorSpec error : operation.possibleErrors()) {
        Outcome outcome = registry.resolve(Requests.selecting(operation.name())
            .header("X-Mock-Scenario", operation.name() + "/" + error.code()).facts());
        assertEquals(List.of(FieldFailure.of(operation.name(), error.code())),
            outcome.failures(), operation.name() + "/" + error.code());
      }
    }
  }

  @Test
  void failsTheRootFieldNamedByABuiltInScenario() {
    Outcome outcome = registry.resolve(Requests.selecting("viewer").and("account")
        .header("X-Mock-Scenario", "account/KT-CT-4177").facts());
    assertEquals(List.of(FieldFailure.of("account", "KT-CT-4177")), outcome.failures());
    assertEquals(List.of("account/KT-CT-4177"), outcome.matched());
  }

  @Test
  void failsARootFieldWithACatalogueCodeItsReferenceDoesNotList() {
    Outcome outcome = registry.resolve(Requests.selecting("account")
        .header("X-Mock-Scenario", "account/KT-CT-4178").facts());
    assertEquals(List.of(FieldFailure.of("account", "KT-CT-4178")), outcome.failures());
    Outcome mutation = registry.resolve(Requests.selecting("obtainKrakenToken")
        .header("X-Mock-Scenario", "obtainKrakenToken/KT-CT-1139").facts());
    assertEquals(List.of(FieldFailure.of("obtainKrakenToken", "KT-CT-1139")),
        mutation.failures());
    for (String unknown : List.of("acount/KT-CT-4178", "account/KT-CT-0001")) {
      Outcome problem = registry.resolve(Requests.selecting("account")
          .header("X-Mock-Scenario", unknown).facts());
      assertEquals(List.of("KT-CT-1605"), codes(problem), unknown);
    }
  }

  @Test
  void leavesRequestsThatDoNotSelectTheBuiltInsRootFieldAlone() {
    Outcome outcome = registry.resolve(Requests.selecting("viewer")
        .header("X-Mock-Scenario", "account/KT-CT-4178").facts());
    assertTrue(outcome.isNone(), outcome.toString());
  }

  @Test
  void appliesEveryScenarioOfACommaSeparatedList() {
    Outcome outcome = registry.resolve(Requests.selecting("account").and("viewer")
        .header("X-Mock-Scenario", " account/KT-CT-4177 ,viewer/KT-CT-1111").facts());
    assertEquals(List.of("KT-CT-4177", "KT-CT-1111"), codes(outcome));
  }

  @Test
  void reportsAnUnknownScenarioOnTheFirstRootField() {
    Outcome outcome = registry.resolve(Requests.selecting("viewer").and("account")
        .header("X-Mock-Scenario", "account/KT-CT-0000").facts());
    assertEquals(1, outcome.failures().size());
    FieldFailure failure = outcome.failures().get(0);
    assertEquals("viewer", failure.path());
    assertEquals("KT-CT-1605", failure.code());
    assertTrue(failure.message().startsWith(
        "Unknown scenario 'account/KT-CT-0000' in X-Mock-Scenario"), failure.message());
  }

  @Test
  void reportsAnEmptyScenarioId() {
    Outcome outcome = registry.resolve(Requests.selecting("account")
        .header("X-Mock-Scenario", "account/KT-CT-4178,,").facts());
    assertEquals(List.of("KT-CT-1605", "KT-CT-4178"), codes(outcome));
    assertTrue(outcome.failures().get(0).message().contains("empty scenario id"),
        outcome.failures().get(0).message());
  }

  @Test
  void failsTheFieldsThatXMockErrorNames() {
    Outcome outcome = registry.resolve(Requests.selecting("account")
        .header("X-Mock-Error", "account.bills=KT-CT-4178, viewer.accounts[0]=KT-CT-1111")
        .facts());
    assertEquals(List.of(FieldFailure.of("account.bills", "KT-CT-4178"),
        FieldFailure.of("viewer.accounts[0]", "KT-CT-1111")), outcome.failures());
  }

  @Test
  void reportsMalformedXMockErrorEntries() {
    for (String header : List.of("account", "account=", "=KT-CT-4178", "account=4178",
        "account..bills=KT-CT-4178", "account=KT-CT-99999")) {
      Outcome outcome = registry.resolve(Requests.selecting("account")
          .header("X-Mock-Error", header).facts());
      assertEquals(List.of("KT-CT-1605"), codes(outcome), header);
      assertTrue(outcome.failures().get(0).message().contains("X-Mock-Error"), header);
    }
  }

  @Test
  void scriptsOnlyRequestsWithATriggerOrAMatchingActiveScenario() {
    assertFalse(registry.mayScript(Requests.selecting("account").facts()));
    assertTrue(registry.mayScript(Requests.selecting("account")
        .header("X-Mock-Error", "account=KT-CT-4178").facts()));
    assertTrue(registry.mayScript(Requests.selecting("account")
        .header("X-Mock-Scenario", "anything").facts()));
    registry.load("""
        {"id": "bills", "match": {"rootField": "account"},
         "outcome": {"errors": [{"path": "account.bills", "code": "KT-CT-4178"}]}}""");
    assertTrue(registry.mayScript(Requests.selecting("account").facts()));
    assertFalse(registry.mayScript(Requests.selecting("viewer").facts()));
    registry.load("""
        {"id": "by-name", "match": {"operationName": "Named"},
         "outcome": {"delay": 1}}""");
    assertTrue(registry.mayScript(Requests.selecting("viewer").operation("Named").facts()));
    assertFalse(registry.mayScript(Requests.selecting("viewer").operation("Other").facts()));
    registry.load("""
        {"id": "any", "match": {"headers": {"x-test": "yes"}}, "outcome": {"delay": 1}}""");
    assertTrue(registry.mayScript(Requests.selecting("viewer").facts()));
  }

  @Test
  void answersNothingWhenNothingMatches() {
    assertSame(Outcome.NONE, registry.resolve(Requests.selecting("account").facts()));
  }

  // ---- Matching ------------------------------------------------------------------------------

  @Test
  void matchesOnOperationNameRootFieldArgumentsVariablesAndHeaders() {
    registry.load("""
        {"id": "narrow",
         "match": {"operationName": {"regex": "Get.*"}, "rootField": "account",
                   "arguments": {"accountNumber": "A-1", "first": {"absent": true}},
                   "variables": {"n": {"regex": "A-[0-9]"}},
                   "headers": {"X-Test-Case": "missing"}},
         "outcome": {"errors": [{"path": "account", "code": "KT-CT-4178"}]}}""");
    Requests matching = Requests.selecting("account").argument("accountNumber", "A-1")
        .operation("GetAccount").variable("n", "A-1").header("x-test-case", "missing");
    assertEquals(List.of("KT-CT-4178"), codes(registry.resolve(matching.facts())));
    assertTrue(registry.resolve(matching.operation("Account").facts()).isNone());
    assertTrue(registry.resolve(matching.operation("GetAccount").argument("first", 3).facts())
        .isNone());
    assertTrue(registry.resolve(Requests.selecting("account").argument("accountNumber", "A-2")
        .operation("GetAccount").variable("n", "A-1").header("x-test-case", "missing").facts())
        .isNone());
    assertTrue(registry.resolve(Requests.selecting("account").argument("accountNumber", "A-1")
        .operation("GetAccount").variable("n", "B-1").header("x-test-case", "missing").facts())
        .isNone());
    assertTrue(registry.resolve(Requests.selecting("account").argument("accountNumber", "A-1")
        .operation("GetAccount").variable("n", "A-1").facts()).isNone());
  }

  @Test
  void matchesArgumentsOfAnyRootFieldWhenNoneIsNamed() {
    registry.load("""
        {"id": "any-root", "match": {"arguments": {"accountNumber": "A-1"}},
         "outcome": {"delay": 5}}""");
    assertEquals(Duration.ofMillis(5), registry.resolve(Requests.selecting("viewer")
        .and("account").argument("accountNumber", "A-1").facts()).delay());
    assertTrue(registry.resolve(Requests.selecting("viewer").facts()).isNone());
  }

  @Test
  void appliesAnInactiveScenarioOnlyWhenAHeaderNamesIt() {
    registry.load("""
        {"id": "on-demand", "active": false, "match": {"rootField": "viewer"},
         "outcome": {"fault": {"kind": "STATUS", "status": 429, "retryAfterSeconds": 30}}}""");
    assertTrue(registry.resolve(Requests.selecting("viewer").facts()).isNone());
    Outcome outcome = registry.resolve(Requests.selecting("viewer")
        .header("X-Mock-Scenario", "on-demand").facts());
    assertEquals(Optional.of(new HttpFault(HttpFault.Kind.STATUS, 429,
        Optional.of(Duration.ofSeconds(30)))), outcome.fault());
  }

  @Test
  void combinesTheOutcomesOfEveryApplyingScenario() {
    registry.load("""
        {"id": "a", "outcome": {"data": {"account": {"balance": 1}}, "delay": 10,
         "errors": [{"path": "account.bills", "code": "KT-CT-4178"}]}}""");
    registry.load("""
        {"id": "b", "outcome": {"data": {"account": {"balance": 2}, "viewer": {"email": "x"}},
         "delay": 20, "fault": {"kind": "EMPTY_BODY"}}}""");
    registry.load("""
        {"id": "c", "outcome": {"fault": {"kind": "CONNECTION_CLOSED"}}}""");
    Outcome outcome = registry.resolve(Requests.selecting("account").facts());
    assertEquals(List.of("a", "b", "c"), outcome.matched());
    assertEquals(Map.of("account", Map.of("balance", 1), "viewer", Map.of("email", "x")),
        outcome.payloads());
    assertEquals(Duration.ofMillis(20), outcome.delay());
    assertEquals(HttpFault.Kind.EMPTY_BODY, outcome.fault().orElseThrow().kind());
    assertEquals(503, outcome.fault().orElseThrow().status());
    assertEquals(List.of("KT-CT-4178"), codes(outcome));
  }

  @Test
  void picksTheSameDelayForTheSameCallsWithinItsRange() {
    String scenario = """
        {"id": "slow", "match": {"rootField": "account"},
         "outcome": {"delay": {"min": 100, "max": 900}}}""";
    registry.load(scenario);
    List<Duration> first = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      first.add(registry.resolve(Requests.selecting("account").facts()).delay());
    }
    InMemoryScenarioRegistry other = InMemoryScenarioRegistry.create(Optional.empty());
    other.load(scenario);
    List<Duration> second = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      second.add(other.resolve(Requests.selecting("account").facts()).delay());
    }
    assertEquals(first, second);
    assertTrue(first.stream().allMatch(delay -> delay.toMillis() >= 100 && delay.toMillis() <= 900),
        first.toString());
    assertTrue(new LinkedHashSet<>(first).size() > 5, "the delays vary: " + first);
  }

  // ---- Call windows and states ---------------------------------------------------------------

  @Test
  void failsTheFirstCallThenSucceeds() {
    registry.load("""
        {"id": "flaky", "match": {"rootField": "account"}, "times": 1,
         "outcome": {"errors": [{"path": "account", "code": "KT-CT-4178"}]}}""");
    Requests account = Requests.selecting("account");
    assertEquals(List.of("KT-CT-4178"), codes(registry.resolve(account.facts())));
    assertTrue(registry.resolve(account.facts()).isNone());
    assertTrue(registry.resolve(account.facts()).isNone());
  }

  @Test
  void failsOnlyTheThirdCall() {
    registry.load("""
        {"id": "third", "match": {"rootField": "account"}, "onCall": 3,
         "outcome": {"errors": [{"path": "account", "code": "KT-CT-4178"}]}}""");
    List<Boolean> failed = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      failed.add(!registry.resolve(Requests.selecting("account").facts()).isNone());
    }
    assertEquals(List.of(false, false, true, false, false), failed);
    assertEquals(Map.of("third", 5), registry.sessions().get("default").calls());
  }

  @Test
  void appliesFromTheNthCallOn() {
    registry.load("""
        {"id": "late", "fromCall": 2, "times": 3, "outcome": {"delay": 1}}""");
    List<Boolean> applied = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      applied.add(!registry.resolve(Requests.selecting("account").facts()).isNone());
    }
    assertEquals(List.of(false, true, true, false), applied);
  }

  @Test
  void countsCallsOnlyOfRequestsTheScenarioMatches() {
    registry.load("""
        {"id": "first-account", "match": {"rootField": "account"}, "times": 1,
         "outcome": {"delay": 1}}""");
    assertTrue(registry.resolve(Requests.selecting("viewer").facts()).isNone());
    assertFalse(registry.resolve(Requests.selecting("account").facts()).isNone());
  }

  @Test
  void movesThroughStatesLikeWireMockScenarios() {
    loadTokenExpirySequence();
    Requests viewer = Requests.selecting("viewer");
    assertTrue(registry.resolve(viewer.facts()).isNone());
    assertTrue(registry.resolve(Requests.selecting("obtainKrakenToken").facts()).failures()
        .isEmpty());
    assertEquals(List.of("KT-CT-1124"), codes(registry.resolve(viewer.facts())));
    assertEquals(List.of("KT-CT-1124"), codes(registry.resolve(viewer.facts())));
    assertEquals("Expired", registry.sessions().get("default").state("token"));
    registry.reset();
    assertTrue(registry.resolve(viewer.facts()).isNone());
  }

  @Test
  void keepsStatesAndCountsApartPerSession() {
    loadTokenExpirySequence();
    registry.load("""
        {"id": "second", "match": {"rootField": "account"}, "onCall": 2,
         "outcome": {"errors": [{"path": "account", "code": "KT-CT-4178"}]}}""");
    Requests viewerA = Requests.selecting("viewer").session("a");
    Requests viewerB = Requests.selecting("viewer").session("b");
    Requests accountA = Requests.selecting("account").session("a");
    Requests accountB = Requests.selecting("account").session("b");

    assertTrue(registry.resolve(Requests.selecting("obtainKrakenToken").session("a").facts())
        .failures().isEmpty());
    assertEquals(List.of("KT-CT-1124"), codes(registry.resolve(viewerA.facts())));
    assertTrue(registry.resolve(viewerB.facts()).isNone());
    assertTrue(registry.resolve(accountA.facts()).isNone());
    assertTrue(registry.resolve(accountB.facts()).isNone());
    assertEquals(List.of("KT-CT-4178"), codes(registry.resolve(accountB.facts())));
    assertEquals(List.of("KT-CT-4178"), codes(registry.resolve(accountA.facts())));
    assertEquals(List.of("KT-CT-1124"), codes(registry.resolve(viewerA.facts())));
    assertTrue(registry.resolve(viewerB.facts()).isNone());

    assertEquals("Expired", registry.sessions().get("a").state("token"));
    assertEquals("Started", registry.sessions().get("b").state("token"));
    registry.reset("a");
    assertTrue(registry.resolve(viewerA.facts()).isNone());
    assertEquals(Map.of("second", 2), registry.sessions().get("b").calls());
  }

  @Test
  void readsStatesAsTheyWereWhenTheRequestCame() {
    registry.load("""
        {"id": "one", "scenarioName": "s", "requiredState": "Started", "newState": "Two",
         "outcome": {"delay": 1}}""");
    registry.load("""
        {"id": "two", "scenarioName": "s", "requiredState": "Two", "newState": "Started",
         "outcome": {"delay": 2}}""");
    assertEquals(List.of("one"), registry.resolve(Requests.selecting("x").facts()).matched());
    assertEquals(List.of("two"), registry.resolve(Requests.selecting("x").facts()).matched());
    assertEquals(List.of("one"), registry.resolve(Requests.selecting("x").facts()).matched());
  }

  private void loadTokenExpirySequence() {
    registry.load("""
        {"id": "login", "scenarioName": "token", "requiredState": "Started",
         "newState": "Expired", "match": {"rootField": "obtainKrakenToken"},
         "outcome": {"data": {"obtainKrakenToken": {"refreshExpiresIn": 1}}}}""");
    registry.load("""
        {"id": "expired", "scenarioName": "token", "requiredState": "Expired",
         "match": {"rootField": "viewer"},
         "outcome": {"errors": [{"path": "viewer", "code": "KT-CT-1124"}]}}""");
  }

  // ---- Store ---------------------------------------------------------------------------------

  @Test
  void changesItsVersionWithEveryChange() {
    long start = registry.version();
    registry.load("""
        {"id": "step", "scenarioName": "s", "newState": "Next", "outcome": {"delay": 1}}""");
    long loaded = registry.version();
    assertNotEquals(start, loaded);
    registry.setActive("step", false);
    long deactivated = registry.version();
    assertNotEquals(loaded, deactivated);
    registry.setActive("step", true);
    long activated = registry.version();
    registry.resolve(Requests.selecting("x").facts());
    long advanced = registry.version();
    assertNotEquals(activated, advanced);
    registry.resolve(Requests.selecting("x").facts());
    assertEquals(advanced, registry.version(), "the state stayed Next");
    registry.reset();
    assertNotEquals(advanced, registry.version());
    long reset = registry.version();
    registry.remove("step");
    assertNotEquals(reset, registry.version());
  }

  @Test
  void activatesDeactivatesAndRemovesScenarios() {
    registry.load("""
        {"id": "bills",
         "outcome": {"errors": [{"path": "account.bills", "code": "KT-CT-4178"}]}}""");
    assertEquals(false, registry.setActive("bills", false).orElseThrow().active());
    assertTrue(registry.resolve(Requests.selecting("account").facts()).isNone());
    assertTrue(registry.setActive("account/KT-CT-4177", true).orElseThrow().active());
    assertEquals(List.of("KT-CT-4177"),
        codes(registry.resolve(Requests.selecting("account").facts())));
    assertEquals(Optional.empty(), registry.setActive("missing", true));
    assertEquals(ScenarioStore.Removal.BUILT_IN, registry.remove("account/KT-CT-4177"));
    assertEquals(ScenarioStore.Removal.REMOVED, registry.remove("bills"));
    assertEquals(ScenarioStore.Removal.NOT_FOUND, registry.remove("bills"));
  }

  @Test
  void replacesAScenarioLoadedAgainWithTheSameId() {
    assertFalse(registry.load("""
        {"id": "x", "outcome": {"delay": 1}}""").replaced());
    assertTrue(registry.load("""
        {"id": "x", "outcome": {"delay": 2}}""").replaced());
    assertEquals(1, registry.scenarios().size());
    assertEquals(Duration.ofMillis(2), registry.resolve(Requests.selecting("a").facts()).delay());
  }

  @Test
  void refusesScenariosWithoutAnIdOrWithABuiltInId() {
    InvalidScenarioException noId = assertThrows(InvalidScenarioException.class,
        () -> registry.load("{\"outcome\": {\"delay\": 1}}"));
    assertEquals("admin API:1:1: id is required", noId.getMessage());
    InvalidScenarioException builtIn = assertThrows(InvalidScenarioException.class,
        () -> registry.load("{\"id\": \"account/KT-CT-4177\", \"outcome\": {\"delay\": 1}}"));
    assertTrue(builtIn.getMessage().contains("built-in"), builtIn.getMessage());
  }
}
