package dev.krakenmock.server.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krakenmock.schema.errors.ErrorCatalogue;
import dev.krakenmock.schema.reference.QueriesReference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ScenarioReaderTest {

  private static final ScenarioReader READER =
      ScenarioReader.create(ErrorCatalogue.of(QueriesReference.bundledContract()));

  private static List<LoadProblem> problems(String text, ScenarioReader.Format format) {
    return assertThrows(InvalidScenarioException.class,
        () -> READER.read(text, format, "broken." + format.name().toLowerCase(), "broken"))
        .problems();
  }

  @Test
  void readsAJsonScenarioWithItsFileStemAsId() {
    Scenario scenario = READER.read("""
        {
          "description": "The account does not exist.",
          "match": {"rootField": "account", "arguments": {"accountNumber": "A-1"}},
          "outcome": {"errors": [{"path": "account", "code": "KT-CT-4178"}]}
        }""", ScenarioReader.Format.JSON, "account-not-found.json", "account-not-found");
    assertEquals("account-not-found", scenario.id());
    assertEquals("account-not-found.json", scenario.source());
    assertTrue(scenario.active());
    assertEquals(Optional.of("account"), scenario.rule().requiredRootField());
    assertEquals(List.of(FieldFailure.of("account", "KT-CT-4178")), scenario.outcome().failures());
  }

  @Test
  void readsAYamlScenarioWithEveryPart() {
    Scenario scenario = READER.read("""
        id: token-flaky
        active: false
        match:
          operationName: {regex: "Log.*"}
          variables:
            input: {equalTo: {APIKey: sk_test}}
          headers:
            X-Test: {absent: false}
        scenarioName: login
        requiredState: Started
        newState: Retried
        times: 2
        onCall: 1
        fromCall: 1
        outcome:
          errors:
            - path: obtainKrakenToken
              code: KT-CT-1139
              message: Invalid data.
              extensions:
                validationErrors: [{message: Authentication failed., inputPath: [input, APIKey]}]
          data:
            viewer: {email: a@b.it, accounts: [{number: A-1}]}
          delay: {min: 10, max: 20}
          fault: {kind: STATUS, status: 429, retryAfterSeconds: 5}
        """, ScenarioReader.Format.YAML, "x.yaml", "x");
    assertEquals("token-flaky", scenario.id());
    assertEquals(false, scenario.active());
    assertTrue(scenario.rule().matches(Requests.selecting("obtainKrakenToken").operation("Login")
        .variable("input", Map.of("APIKey", "sk_test")).header("x-test", "1").facts()));
    assertEquals(new StateTransition(Optional.of("login"), Optional.of("Started"),
        Optional.of("Retried")), scenario.transition());
    assertTrue(scenario.calls().includes(1));
    assertEquals(Map.of("validationErrors", List.of(Map.of("message", "Authentication failed.",
        "inputPath", List.of("input", "APIKey")))),
        scenario.outcome().failures().get(0).extensions());
    assertEquals(Map.of("viewer", Map.of("email", "a@b.it", "accounts", List.of(Map.of("number",
        "A-1")))), scenario.outcome().payloads());
    assertEquals(Delay.between(Duration.ofMillis(10), Duration.ofMillis(20)),
        scenario.outcome().delay());
    assertEquals(new HttpFault(HttpFault.Kind.STATUS, 429, Optional.of(Duration.ofSeconds(5))),
        scenario.outcome().fault().orElseThrow());
  }

  @Test
  void namesTheLineOfMalformedJson() {
    List<LoadProblem> problems = problems("""
        {
          "outcome": {
            "delay": 10,
          }
        }""", ScenarioReader.Format.JSON);
    assertEquals(1, problems.size());
    LoadProblem problem = problems.get(0);
    assertEquals("broken.json", problem.source());
    assertEquals(4, problem.line());
    assertTrue(problem.toString().startsWith("broken.json:4:"), problem.toString());
    assertTrue(problem.message().startsWith("not valid JSON: "), problem.message());
  }

  @Test
  void namesTheLineOfMalformedYaml() {
    List<LoadProblem> problems = problems("""
        outcome:
          delay: 10
         errors: [
        """, ScenarioReader.Format.YAML);
    assertEquals(3, problems.get(0).line());
    assertTrue(problems.get(0).message().startsWith("not valid YAML: "), problems.toString());
    assertTrue(!problems.get(0).message().contains("in reader"), problems.toString());
  }

  @Test
  void namesTheLineOfEveryValueTheSchemaRejects() {
    List<LoadProblem> problems = problems("""
        outcome:
          fault:
            kind: STATUS
            status: 418
          errors:
            - path: account
              code: 4178
        tmes: 3
        """, ScenarioReader.Format.YAML);
    assertEquals(List.of(4, 7, 8), problems.stream().map(LoadProblem::line).toList(),
        problems.toString());
    assertTrue(problems.get(0).toString().startsWith("broken.yaml:4:13: /outcome/fault/status"),
        problems.get(0).toString());
    assertTrue(problems.get(2).message().contains("tmes"), problems.get(2).message());
  }

  @Test
  void rejectsWhatTheSchemaCannotCheck() {
    List<LoadProblem> problems = problems("""
        {"match": {"headers": {"x": {"regex": "(unclosed"}}},
         "outcome": {"delay": {"min": 20,
                               "max": 10},
                     "errors": [{"path": "account", "code": "KT-CT-9999"}]}}""",
        ScenarioReader.Format.JSON);
    assertEquals(3, problems.size(), problems.toString());
    assertTrue(problems.get(0).message().startsWith("not a regular expression"));
    assertTrue(problems.get(1).message().contains("min (20 ms) is above its max (10 ms)"));
    assertEquals(2, problems.get(1).line());
    assertTrue(problems.get(2).message().contains("unknown error code KT-CT-9999"));
    assertEquals(4, problems.get(2).line());
  }

  @Test
  void acceptsAnUnknownCodeThatBringsItsMessage() {
    Scenario scenario = READER.read("""
        {"outcome": {"errors": [{"path": "a", "code": "KT-IT-1234", "message": "Local."}]}}""",
        ScenarioReader.Format.JSON, "local.json", "local");
    assertEquals("Local.", scenario.outcome().failures().get(0).message());
  }

  @Test
  void rejectsKeysGivenTwiceAndEmptyFiles() {
    assertEquals(3, problems("""
        {"outcome": {"delay": 1},
         "active": true,
         "active": false}""", ScenarioReader.Format.JSON).get(0).line());
    assertEquals("broken.yaml: the scenario is empty",
        problems("", ScenarioReader.Format.YAML).get(0).toString());
  }

  @Test
  void rejectsFileStemsThatAreNoIds() {
    List<LoadProblem> problems = assertThrows(InvalidScenarioException.class,
        () -> READER.read("{\"outcome\": {\"delay\": 1}}", ScenarioReader.Format.JSON,
            "my scenario.json", "my scenario")).problems();
    assertTrue(problems.get(0).message().contains("is not a scenario id"), problems.toString());
  }

  @Test
  void shipsTheSchemaOfTheScenariosFolder() throws IOException {
    Path shipped = Path.of("..", "scenarios", "scenario.schema.json");
    assertEquals(Files.readString(shipped, StandardCharsets.UTF_8), ScenarioReader.schemaText(),
        "scenarios/scenario.schema.json and the copy in mock-server/src/main/resources differ");
  }

  @Test
  void acceptsEveryExampleOfTheScenariosFolder() throws IOException {
    Path folder = Path.of("..", "scenarios");
    List<Path> examples;
    try (Stream<Path> files = Files.list(folder)) {
      examples = files.filter(file -> ScenarioDirectory.isScenarioFile(
          file.getFileName().toString())).sorted().toList();
    }
    assertTrue(examples.size() >= 4, examples.toString());
    for (Path example : examples) {
      String name = example.getFileName().toString();
      READER.read(Files.readString(example), ScenarioReader.Format.ofFileName(name).orElseThrow(),
          name, ScenarioDirectory.stem(name));
    }
  }
}
