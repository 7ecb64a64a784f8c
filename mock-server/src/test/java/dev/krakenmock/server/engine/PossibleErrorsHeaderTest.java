package dev.krakenmock.server.engine;

import static dev.krakenmock.server.engine.GraphqlEngineTest.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The possible-errors header: validated, not executed, each root field's possible errors. */
class PossibleErrorsHeaderTest {

  private static final GraphQLSchema SCHEMA = GraphqlEngineTest.ENGINE.schema();
  private static final PossibleErrorsHeader HEADER =
      new PossibleErrorsHeader(PossibleErrorsQueryTest.POSSIBLE_ERRORS);

  private static Map<String, Object> respond(String query, Map<String, Object> variables,
      String operationName) {
    return HEADER.respond(Parser.parse(query), SCHEMA, variables, operationName);
  }

  private static List<String> codes(Map<String, Object> response, String key) {
    List<Map<String, Object>> errors = at(response, "data", key, "possibleErrors");
    return errors.stream().map(error -> (String) error.get("code")).toList();
  }

  @Test
  void isAskedForByEitherHeaderWithAnyValue() {
    GraphqlRequest request = GraphqlRequest.ofQuery("{ viewer { id } }");
    assertTrue(PossibleErrorsHeader.isRequested(
        request.withHeaders(Map.of("X-Possible-Errors", "true"))));
    assertTrue(PossibleErrorsHeader.isRequested(
        request.withHeaders(Map.of("X-Kraken-Possible-Errors", "1"))));
    assertFalse(PossibleErrorsHeader.isRequested(
        request.withHeaders(Map.of("X-Possible-Errors", " "))));
    assertFalse(PossibleErrorsHeader.isRequested(request));
  }

  @Test
  void listsEachRootFieldsErrorsUnderItsResponseKey() {
    Map<String, Object> response = respond("""
        query Q($n: String!) {
          mine: account(accountNumber: $n) { number }
          possibleErrors(input: {name: "x"}) { name } }""",
        Map.of("n", "A-1"), null);
    assertEquals(List.of("KT-CT-1111", "KT-CT-1112", "KT-CT-1124", "KT-CT-1143", "KT-CT-4177"),
        codes(response, "mine"));
    // possibleErrors itself needs no token: only its own code
    assertEquals(List.of("KT-CT-1606"), codes(response, "possibleErrors"));
    assertNull(response.get("errors"));
  }

  @Test
  void answersTheSelectedOperationOnly() {
    Map<String, Object> response = respond(
        "query A { viewer { id } } query B { account(accountNumber: \"A\") { id } }", Map.of(),
        "B");
    assertEquals(List.of("account"), List.copyOf(((Map<?, ?>) response.get("data")).keySet()));
  }

  @Test
  @SuppressWarnings("unchecked")
  void givesValidationErrorsForAnInvalidDocument() {
    Map<String, Object> response = respond("{ account(accountNumber: \"A\") { noSuchField } }",
        Map.of(), null);
    assertNull(response.get("data"));
    List<Map<String, Object>> errors = (List<Map<String, Object>>) response.get("errors");
    assertTrue(((String) errors.get(0).get("message")).contains("noSuchField"));
  }

  @Test
  void givesAnErrorForMissingOrWrongVariables() {
    String query = "query Q($n: String!) { account(accountNumber: $n) { id } }";
    assertNull(respond(query, Map.of(), null).get("data"));
    assertNull(respond(query, Map.of("n", Map.of("not", "a string")), null).get("data"));
    assertTrue(respond(query, Map.of(), null).containsKey("errors"));
  }

  @Test
  void givesAnErrorForAnUnknownOperation() {
    Map<String, Object> response = respond("query A { viewer { id } }", Map.of(), "B");
    assertTrue(response.containsKey("errors"));
  }
}
