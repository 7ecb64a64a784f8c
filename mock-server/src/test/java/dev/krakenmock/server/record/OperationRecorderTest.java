package dev.krakenmock.server.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.krakenmock.server.data.StandInValues;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OperationRecorderTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ACCOUNT_QUERY =
      "query Account($n: String!, $first: Int) { account(accountNumber: $n) { number } }";
  private static final String ANSWER = "{\"data\": {\"account\": {\"number\": \"A-1\"}}}";

  @TempDir Path directory;
  private OperationRecorder recorder;

  @BeforeEach
  void createRecorder() {
    recorder = new OperationRecorder(directory,
        new PersonalDataScrubber(1, StandInValues.forLocale(Locale.ITALIAN)), JSON,
        "https://kraken.example/v1/graphql/");
  }

  private Optional<Path> record(String query, String operationName, String variables,
      String answer) throws IOException {
    ObjectNode request = JSON.createObjectNode().put("query", query);
    if (operationName != null) {
      request.put("operationName", operationName);
    }
    request.set("variables", JSON.readTree(variables));
    RecordedCall call = RecordedCall.fromBody(JSON.writeValueAsBytes(request), JSON).orElseThrow();
    return recorder.record(call, JSON.readTree(answer));
  }

  private List<Path> files() throws IOException {
    try (Stream<Path> walk = Files.walk(directory)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }

  @Test
  void writesOneFilePerOperationNamedByTheHashOfItsNormalisedVariables() throws Exception {
    Path file = record(ACCOUNT_QUERY, "Account", "{\"n\": \"A-1\"}", ANSWER).orElseThrow();
    assertEquals(directory.resolve("Account"), file.getParent());
    assertTrue(file.getFileName().toString().matches("[0-9a-f]{12}\\.json"), file.toString());
    // printf '{"n":"A-1"}' | sha256sum: the normalised variables as compact JSON.
    assertEquals("f764827c750d", recorder.hashOf(JSON.readTree("{\"n\":\"A-1\"}")));
    assertEquals("f764827c750d.json", file.getFileName().toString());
    assertEquals(List.of(file), files(), "no temporary file is left behind");
  }

  @Test
  void writesTheFixtureFormatPrettyPrintedWithAStableKeyOrder() throws Exception {
    Path file = record(ACCOUNT_QUERY, "Account", "{\"n\": \"A-1\", \"first\": 2}",
        "{\"data\": {\"account\": {\"number\": \"A-1\"}}, \"errors\": [{\"message\": \"x\"}],"
            + " \"extensions\": {\"warnings\": []}}").orElseThrow();
    assertEquals("""
        {
          "fixtures": [
            {
              "description": "Recorded from https://kraken.example/v1/graphql/, personal data\
         replaced.",
              "operation": {
                "name": "Account",
                "variables": {
                  "first": 2,
                  "n": "A-1"
                }
              },
              "response": {
                "data": {
                  "account": {
                    "number": "A-1"
                  }
                },
                "errors": [
                  {
                    "message": "x"
                  }
                ]
              }
            }
          ]
        }
        """, Files.readString(file));
  }

  @Test
  void writesEmptyVariablesAsAnEmptyObject() throws Exception {
    Path file = record(ACCOUNT_QUERY, "Account", "{}", ANSWER).orElseThrow();
    assertTrue(Files.readString(file).contains("\"variables\": {}\n"), Files.readString(file));
  }

  @Test
  void givesTheSameFileToVariablesInAnyOrderAndWithNullsDropped() throws Exception {
    Path first = record(ACCOUNT_QUERY, "Account",
        "{\"n\": \"A-1\", \"filter\": {\"b\": 1, \"a\": [2, {\"y\": null, \"x\": 1}]}}", ANSWER)
        .orElseThrow();
    Path second = record(ACCOUNT_QUERY, "Account",
        "{\"filter\": {\"a\": [2, {\"x\": 1}], \"b\": 1}, \"first\": null, \"n\": \"A-1\"}",
        ANSWER).orElseThrow();
    assertEquals(first, second);
    Path other = record(ACCOUNT_QUERY, "Account", "{\"n\": \"A-2\"}", ANSWER).orElseThrow();
    assertFalse(first.equals(other));
    assertEquals("{\"filter\":{\"a\":[2,{\"x\":1}],\"b\":1},\"n\":\"A-1\"}",
        JSON.readTree(first.toFile()).at("/fixtures/0/operation/variables").toString());
    assertEquals(first.getFileName(),
        record(ACCOUNT_QUERY, "Account", "{\"n\": \"A-1\", \"filter\": {\"b\": 1, \"a\": [2, {\"x\""
            + ": 1}]}}", ANSWER).orElseThrow().getFileName());
  }

  @Test
  void namesTheOperationFromTheDocumentWhenTheRequestDoesNot() throws Exception {
    assertEquals(directory.resolve("Account"),
        record(ACCOUNT_QUERY, null, "{}", ANSWER).orElseThrow().getParent());
    Path anonymous = record("{ account(accountNumber: \"A-1\") { number } }", null, "{}", ANSWER)
        .orElseThrow();
    assertEquals(directory.resolve("_anonymous_account"), anonymous.getParent());
    assertEquals("_anonymous_account",
        JSON.readTree(anonymous.toFile()).at("/fixtures/0/operation/name").asText());
    Path twoOperations = record(ACCOUNT_QUERY + " query Other { viewer { email } }", "Other",
        "{}", "{\"data\": {\"viewer\": {\"email\": \"a@b.it\"}}}").orElseThrow();
    assertEquals(directory.resolve("Other"), twoOperations.getParent());
  }

  @Test
  void neverWritesALoginNorAnAnswerWithoutData() throws Exception {
    assertEquals(Optional.empty(), record(
        "mutation Login($e: String!) { obtainKrakenToken(input: {email: $e, password: \"p\"})"
            + " { token refreshToken } }", "Login", "{\"e\": \"maria@example.it\"}",
        "{\"data\": {\"obtainKrakenToken\": {\"token\": \"eyJ\", \"refreshToken\": \"r\"}}}"));
    assertEquals(Optional.empty(), record(ACCOUNT_QUERY, "Account", "{}",
        "{\"errors\": [{\"message\": \"Variable '$n' has no value\"}]}"));
    assertEquals(Optional.empty(), record(ACCOUNT_QUERY + " query B { viewer { email } }", null,
        "{}", ANSWER), "two operations and no name: which one ran cannot be told");
    assertEquals(List.of(), files());
  }

  @Test
  void writesTheAnswerWithPersonalDataReplacedAndSecretsLeftOut() throws Exception {
    Path file = record("query Me { viewer { fullName email } refresh { token } }", "Me", "{}",
        "{\"data\": {\"viewer\": {\"fullName\": \"Mario Rossi\", \"email\":"
            + " \"mario@example.it\"}, \"refresh\": {\"token\": \"eyJsecret\"}}}").orElseThrow();
    String written = Files.readString(file);
    assertFalse(written.contains("Mario Rossi"), written);
    assertFalse(written.contains("mario@example.it"), written);
    assertFalse(written.contains("eyJsecret"), written);
    JsonNode data = JSON.readTree(written).at("/fixtures/0/response/data");
    assertTrue(data.at("/viewer/email").asText().contains("@"), written);
    assertEquals("{}", data.get("refresh").toString());
  }
}
