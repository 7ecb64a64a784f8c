package dev.krakenmock.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krakenmock.server.engine.GraphqlRequest;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
  void acceptsNullOperationNameAndVariables() {
    GraphqlRequest request =
        accepted(
            reader.fromJsonBody("{\"query\":\"{ a }\",\"operationName\":null,\"variables\":null}"));

    assertNull(request.operationName());
    assertTrue(request.variables().isEmpty());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''                                  | Request body is empty",
        "'{\"query\": '                      | not valid JSON",
        "'{\"query\":\"{ a }\"} trailing'    | not valid JSON",
        "'[\"{ a }\"]'                       | must be a JSON object",
        "'{}'                                | Missing \"query\"",
        "'{\"query\":null}'                  | Missing \"query\"",
        "'{\"query\":\"  \"}'                | Missing \"query\"",
        "'{\"query\":{}}'                    | \"query\" must be a string",
        "'{\"query\":\"{a}\",\"operationName\":1}' | \"operationName\" must be a string",
        "'{\"query\":\"{a}\",\"variables\":[]}'   | \"variables\" must be a JSON object",
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
    GraphqlRequest request = accepted(reader.fromQueryParameters("{ a }", "A", "{\"x\":\"y\"}"));

    assertEquals(new GraphqlRequest("{ a }", "A", Map.of("x", "y")), request);
  }

  @Test
  void rejectsQueryParametersWithoutQueryOrWithBrokenVariables() {
    assertInstanceOf(DecodedRequest.Rejected.class, reader.fromQueryParameters(null, null, null));
    assertInstanceOf(
        DecodedRequest.Rejected.class, reader.fromQueryParameters("{ a }", null, "{broken"));
  }

  private static GraphqlRequest accepted(DecodedRequest decoded) {
    return assertInstanceOf(DecodedRequest.Accepted.class, decoded).request();
  }
}
