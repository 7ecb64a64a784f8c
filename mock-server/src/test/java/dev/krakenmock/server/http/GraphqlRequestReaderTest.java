package dev.krakenmock.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krakenmock.server.engine.GraphqlRequest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GraphqlRequestReaderTest {

  private final GraphqlRequestReader reader =
      new GraphqlRequestReader(WireFormat.newObjectMapper());

  @Test
  void readsQueryOperationNameAndVariablesInOrder() {
    GraphqlRequest request =
        accepted(
            reader.fromJsonBody(
                "{\"query\":\"query A { a }\",\"operationName\":\"A\","
                    + "\"variables\":{\"b\":1,\"a\":[true,null],\"c\":{\"d\":1.10}}}"));

    assertEquals("query A { a }", request.query());
    assertEquals("A", request.operationName());
    assertEquals(List.of("b", "a", "c"), List.copyOf(request.variables().keySet()));
    assertEquals(Arrays.asList(true, null), request.variables().get("a"));
    assertEquals(Map.of("d", new BigDecimal("1.10")), request.variables().get("c"));
  }

  @Test
  void acceptsNullOperationNameVariablesAndExtensions() {
    GraphqlRequest request =
        accepted(
            reader.fromJsonBody(
                "{\"query\":\"{ a }\",\"operationName\":null,\"variables\":null,"
                    + "\"extensions\":null}"));

    assertNull(request.operationName());
    assertTrue(request.variables().isEmpty());
  }

  @Test
  void acceptsEmptyVariablesAndExtensionsObjectsAndIgnoresUnknownEntries() {
    GraphqlRequest request =
        accepted(
            reader.fromJsonBody(
                "{\"query\":\"{ a }\",\"variables\":{},\"extensions\":{\"persistedQuery\":{}},"
                    + "\"futureEntry\":1}"));

    assertEquals(GraphqlRequest.ofQuery("{ a }"), request);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "{", "query {"})
  void leavesDocumentsThatDoNotParseToTheEngine(String query) {
    GraphqlRequest request = accepted(reader.fromJsonBody("{\"query\":\"" + query + "\"}"));

    assertEquals(query, request.query());
  }

  @Test
  void readsTheBodyAsUtf8() {
    byte[] body =
        "{\"query\":\"{ a }\",\"variables\":{\"unit\":\"€ kWh\"}}".getBytes(StandardCharsets.UTF_8);

    assertEquals("€ kWh", accepted(reader.fromJsonBody(body)).variables().get("unit"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''                                       | Request body is empty",
        "' \n\t '                                 | Request body is empty",
        "'{\"query\": '                           | not valid JSON",
        "'NONSENSE'                               | not valid JSON",
        "'{\"query\":\"{ a }\"} trailing'         | not valid JSON",
        "'{\"query\":\"{ a }\",\"query\":\"{ b }\"}' | not valid JSON",
        "'[\"{ a }\"]'                            | must be a JSON object with a \"query\" string,"
            + " not an array",
        "'\"{ a }\"'                              | must be a JSON object with a \"query\" string,"
            + " not a string",
        "'null'                                   | must be a JSON object with a \"query\" string,"
            + " not null",
        "'{}'                                     | Missing \"query\"",
        "'{\"qeury\":\"{ a }\"}'                  | Missing \"query\"",
        "'{\"query\":null}'                       | Missing \"query\"",
        "'{\"query\":{}}'                         | \"query\" must be a string holding a GraphQL"
            + " document, not an object",
        "'{\"query\":7}'                          | \"query\" must be a string holding a GraphQL"
            + " document, not a number",
        "'{\"query\":true}'                       | \"query\" must be a string holding a GraphQL"
            + " document, not a boolean",
        "'{\"query\":[\"{ a }\"]}'                | \"query\" must be a string holding a GraphQL"
            + " document, not an array",
        "'{\"query\":\"{a}\",\"operationName\":1}'     | \"operationName\" must be a string or"
            + " null, not a number",
        "'{\"query\":\"{a}\",\"operationName\":{}}'    | \"operationName\" must be a string or"
            + " null, not an object",
        "'{\"query\":\"{a}\",\"variables\":[7]}'       | \"variables\" must be a JSON object or"
            + " null, not an array",
        "'{\"query\":\"{a}\",\"variables\":\"{}\"}'    | \"variables\" must be a JSON object or"
            + " null, not a string",
        "'{\"query\":\"{a}\",\"variables\":false}'     | \"variables\" must be a JSON object or"
            + " null, not a boolean",
        "'{\"query\":\"{a}\",\"extensions\":1}'        | \"extensions\" must be a JSON object or"
            + " null, not a number",
        "'{\"query\":\"{a}\",\"extensions\":[]}'       | \"extensions\" must be a JSON object or"
            + " null, not an array",
      })
  void rejectsBodiesItCannotUse(String body, String expectedMessagePart) {
    DecodedRequest decoded = reader.fromJsonBody(body);

    DecodedRequest.Rejected rejected = assertInstanceOf(DecodedRequest.Rejected.class, decoded);
    assertTrue(rejected.message().contains(expectedMessagePart), rejected.message());
  }

  @Test
  void saysWhereTheJsonBreaks() {
    DecodedRequest decoded = reader.fromJsonBody("{\n  \"query\": }");

    assertEquals(
        "Request body is not valid JSON (line 2, column 12).",
        assertInstanceOf(DecodedRequest.Rejected.class, decoded).message());
  }

  @Test
  void readsQueryParameters() {
    GraphqlRequest request =
        accepted(reader.fromQueryParameters("{ a }", "A", "{\"x\":\"y\"}", "{\"e\":1}"));

    assertEquals(new GraphqlRequest("{ a }", "A", Map.of("x", "y")), request);
  }

  @Test
  void readsAnEmptyOperationNameParameterAsNone() {
    assertNull(accepted(reader.fromQueryParameters("{ a }", "", null, null)).operationName());
    assertEquals(
        "null", accepted(reader.fromQueryParameters("{ a }", "null", null, null)).operationName());
  }

  @Test
  void readsNullAndBlankJsonParametersAsAbsent() {
    GraphqlRequest request = accepted(reader.fromQueryParameters("{ a }", null, "null", " "));

    assertTrue(request.variables().isEmpty());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "           | {}        | {}  | Missing \"query\"",
        "'{ a }'    | '{broken' | {}  | Parameter \"variables\" is not valid JSON (line 1, column",
        "'{ a }'    | '[1]'     | {}  | \"variables\" must be a JSON object or null, not an array",
        "'{ a }'    | '\"x\"'   | {}  | \"variables\" must be a JSON object or null, not a string",
        "'{ a }'    | {}        | '{' | Parameter \"extensions\" is not valid JSON",
        "'{ a }'    | {}        | '1' | \"extensions\" must be a JSON object or null, not a number",
      })
  void rejectsQueryParametersItCannotUse(
      String query, String variables, String extensions, String expectedMessagePart) {
    DecodedRequest decoded = reader.fromQueryParameters(query, null, variables, extensions);

    DecodedRequest.Rejected rejected = assertInstanceOf(DecodedRequest.Rejected.class, decoded);
    assertTrue(rejected.message().contains(expectedMessagePart), rejected.message());
  }

  private static GraphqlRequest accepted(DecodedRequest decoded) {
    return assertInstanceOf(DecodedRequest.Accepted.class, decoded).request();
  }
}
