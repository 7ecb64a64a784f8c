package dev.krakenmock.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResponseMediaTypeTest {

  private static final Map<String, Object> NOT_EXECUTED =
      Map.of("errors", List.of(Map.of("message", "Syntax error")));
  private static final Map<String, Object> EXECUTED = Map.of("data", Map.of("a", 1));

  @Test
  void answersOkToEveryWellFormedRequestInJson() {
    assertEquals(HttpStatus.OK, ResponseMediaType.JSON.statusOf(NOT_EXECUTED));
    assertEquals(HttpStatus.OK, ResponseMediaType.JSON.statusOf(EXECUTED));
  }

  @Test
  void answersBadRequestInGraphqlResponseJsonWhenThereIsNoDataEntry() {
    assertEquals(
        HttpStatus.BAD_REQUEST, ResponseMediaType.GRAPHQL_RESPONSE_JSON.statusOf(NOT_EXECUTED));
    assertEquals(HttpStatus.OK, ResponseMediaType.GRAPHQL_RESPONSE_JSON.statusOf(EXECUTED));
  }

  @Test
  void answersOkInGraphqlResponseJsonWhenDataIsNull() {
    Map<String, Object> nullData = new HashMap<>();
    nullData.put("data", null);
    nullData.put("errors", List.of(Map.of("message", "Field failed")));

    assertEquals(HttpStatus.OK, ResponseMediaType.GRAPHQL_RESPONSE_JSON.statusOf(nullData));
  }

  @Test
  void namesTheCharsetInTheContentType() {
    assertEquals(
        "application/graphql-response+json;charset=utf-8",
        ResponseMediaType.GRAPHQL_RESPONSE_JSON.contentType());
    assertEquals("application/json;charset=utf-8", ResponseMediaType.JSON.contentType());
  }
}
