package dev.krakenmock.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GraphqlEndpointTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ENDPOINT = "/v1/graphql/";
  private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
  private static final String GRAPHQL_RESPONSE_UTF8 = GRAPHQL_RESPONSE + ";charset=utf-8";
  private static final String JSON_UTF8 = "application/json;charset=utf-8";
  private static final String ECHO = "{\"query\":\"{ echo }\"}";
  private static final int MAX_BODY_BYTES = 256;

  private static RunningHost host;

  @BeforeAll
  static void startHost() {
    host = RunningHost.start(StandInEngine::execute, config -> config.maxBodyBytes(MAX_BODY_BYTES));
  }

  @AfterAll
  static void stopHost() {
    host.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/v1/graphql/", "/v1/graphql", "/graphql", "/graphql/"})
  void answersPostAtEveryEndpointPath(String path) throws Exception {
    HttpResponse<String> response = host.send(host.post(path, ECHO));

    assertEquals(200, response.statusCode(), path);
    assertEquals("{ echo }", json(response).at("/data/echo/query").asText());
  }

  @Test
  void answersJsonWhenTheClientSendsNoAccept() throws Exception {
    HttpResponse<String> response = host.send(host.post(ENDPOINT, ECHO));

    assertEquals(JSON_UTF8, contentType(response));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "application/graphql-response+json",
        "application/graphql-response+json, application/json;q=0.9",
        "application/graphql-response+json; charset=utf-8, application/json; charset=utf-8",
      })
  void answersGraphqlResponseJsonWhenTheClientPrefersIt(String accept) throws Exception {
    HttpResponse<String> response = host.send(host.post(ENDPOINT, ECHO).header("Accept", accept));

    assertEquals(200, response.statusCode());
    assertEquals(GRAPHQL_RESPONSE_UTF8, contentType(response));
  }

  @ParameterizedTest
  @ValueSource(strings = {"application/json", "*/*", "application/*", "text/html, */*;q=0.8"})
  void answersJsonWhenTheClientPrefersItOrAcceptsAnything(String accept) throws Exception {
    HttpResponse<String> response = host.send(host.post(ENDPOINT, ECHO).header("Accept", accept));

    assertEquals(200, response.statusCode());
    assertEquals(JSON_UTF8, contentType(response));
  }

  @Test
  void refusesWithNotAcceptableWhenTheClientAcceptsNeitherMediaType() throws Exception {
    HttpResponse<String> response =
        host.send(host.post(ENDPOINT, ECHO).header("Accept", "text/plain, application/json;q=0"));

    assertEquals(406, response.statusCode());
    assertEquals(JSON_UTF8, contentType(response));
    assertSingleErrorMentioning(response, "application/graphql-response+json or application/json");
  }

  @Test
  void saysTheResponseVariesWithAccept() throws Exception {
    HttpResponse<String> response = host.send(host.post(ENDPOINT, ECHO));

    assertTrue(vary(response).contains("Accept"), vary(response).toString());
  }

  @Test
  void answersOkInJsonEvenWhenTheRequestWasNotExecuted() throws Exception {
    HttpResponse<String> response =
        host.send(host.post(ENDPOINT, "{\"query\":\"{ requestError }\"}"));

    assertEquals(200, response.statusCode());
    assertFalse(json(response).has("data"));
  }

  @Test
  void answersBadRequestInGraphqlResponseJsonWhenTheRequestWasNotExecuted() throws Exception {
    HttpResponse<String> response =
        host.send(
            host.post(ENDPOINT, "{\"query\":\"{ requestError }\"}")
                .header("Accept", GRAPHQL_RESPONSE));

    assertEquals(400, response.statusCode());
    assertEquals(GRAPHQL_RESPONSE_UTF8, contentType(response));
    assertSingleErrorMentioning(response, "requestError");
  }

  @Test
  void answersOkInGraphqlResponseJsonWhenExecutionGaveNullData() throws Exception {
    HttpResponse<String> response =
        host.send(
            host.post(ENDPOINT, "{\"query\":\"{ fieldError }\"}")
                .header("Accept", GRAPHQL_RESPONSE));

    assertEquals(200, response.statusCode());
    assertTrue(json(response).get("data").isNull());
  }

  @Test
  void passesOperationNameAndVariablesToTheEngine() throws Exception {
    HttpResponse<String> response =
        host.send(
            host.post(
                ENDPOINT,
                "{\"query\":\"query Q { echo }\",\"operationName\":\"Q\","
                    + "\"variables\":{\"unit\":\"€ kWh\",\"n\":1.10}}"));

    JsonNode echo = json(response).at("/data/echo");
    assertEquals("Q", echo.path("operationName").asText());
    assertEquals("€ kWh", echo.at("/variables/unit").asText());
    assertTrue(response.body().contains("\"n\":1.10"), "decimals keep their scale");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "application/json",
        "application/json; charset=utf-8",
        "application/json;charset=UTF-8",
        "Application/JSON; charset=\"utf-8\"",
      })
  void acceptsJsonBodiesWithOrWithoutUtf8Charset(String contentType) throws Exception {
    HttpResponse<String> response =
        host.send(host.post(ENDPOINT, ECHO).setHeader("Content-Type", contentType));

    assertEquals(200, response.statusCode(), contentType);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "text/plain",
        "application/graphql",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
        "application/json; charset=iso-8859-1",
        "json",
      })
  void refusesOtherBodyMediaTypesWithUnsupportedMediaType(String contentType) throws Exception {
    HttpResponse<String> response =
        host.send(host.post(ENDPOINT, ECHO).setHeader("Content-Type", contentType));

    assertEquals(415, response.statusCode(), contentType);
    assertEquals(JSON_UTF8, contentType(response));
    assertEquals("application/json", response.headers().firstValue("Accept-Post").orElse(""));
    assertSingleErrorMentioning(response, "Unsupported");
  }

  @Test
  void refusesABodyWithoutContentTypeWithUnsupportedMediaType() throws Exception {
    HttpResponse<String> response =
        host.send(
            host.request(ENDPOINT)
                .POST(HttpRequest.BodyPublishers.ofString(ECHO, StandardCharsets.UTF_8)));

    assertEquals(415, response.statusCode());
    assertSingleErrorMentioning(response, "Missing Content-Type");
  }

  @Test
  void writesRefusalsInTheNegotiatedMediaType() throws Exception {
    HttpResponse<String> response =
        host.send(
            host.post(ENDPOINT, ECHO)
                .setHeader("Content-Type", "text/plain")
                .header("Accept", GRAPHQL_RESPONSE));

    assertEquals(415, response.statusCode());
    assertEquals(GRAPHQL_RESPONSE_UTF8, contentType(response));
  }

  @Test
  void acceptsABodyOfExactlyTheLimit() throws Exception {
    HttpResponse<String> response = host.send(host.post(ENDPOINT, bodyOfLength(MAX_BODY_BYTES)));

    assertEquals(200, response.statusCode());
  }

  @Test
  void refusesABodyDeclaredLargerThanTheLimitWithContentTooLarge() throws Exception {
    HttpResponse<String> response =
        host.send(host.post(ENDPOINT, bodyOfLength(MAX_BODY_BYTES + 1)));

    assertEquals(413, response.statusCode());
    assertEquals(JSON_UTF8, contentType(response));
    assertSingleErrorMentioning(response, "limit of " + MAX_BODY_BYTES + " bytes");
  }

  @Test
  void refusesAChunkedBodyLargerThanTheLimitWithContentTooLarge() throws Exception {
    byte[] body = bodyOfLength(MAX_BODY_BYTES + 1).getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> response =
        host.send(
            host.request(ENDPOINT)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(body))));

    assertEquals(413, response.statusCode());
    assertSingleErrorMentioning(response, "limit of " + MAX_BODY_BYTES + " bytes");
  }

  @Test
  void acceptsAChunkedBodyWithinTheLimit() throws Exception {
    byte[] body = ECHO.getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> response =
        host.send(
            host.request(ENDPOINT)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(body))));

    assertEquals(200, response.statusCode());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "NONSENSE",
        "{\"query\":",
        "[]",
        "{\"qeury\":\"{ echo }\"}",
        "{\"query\":42}",
        "{\"query\":\"{ echo }\",\"operationName\":[]}",
        "{\"query\":\"{ echo }\",\"variables\":[7]}",
        "{\"query\":\"{ echo }\",\"extensions\":\"x\"}",
      })
  void refusesMalformedRequestsWithBadRequestInBothMediaTypes(String body) throws Exception {
    for (String accept : List.of("application/json", GRAPHQL_RESPONSE)) {
      HttpResponse<String> response = host.send(host.post(ENDPOINT, body).header("Accept", accept));

      assertEquals(400, response.statusCode(), body);
      assertEquals(accept + ";charset=utf-8", contentType(response));
      assertEquals(1, json(response).path("errors").size(), response.body());
      assertFalse(json(response).has("data"));
    }
  }

  @Test
  void answersGetWithQueryOperationNameAndVariablesParameters() throws Exception {
    HttpResponse<String> response =
        host.send(
            host.request(
                    ENDPOINT
                        + "?query="
                        + encode("query Q($id: ID!) { echo }")
                        + "&operationName=Q&variables="
                        + encode("{\"id\":\"A-1\"}"))
                .GET());

    assertEquals(200, response.statusCode());
    assertEquals(JSON_UTF8, contentType(response));
    JsonNode echo = json(response).at("/data/echo");
    assertEquals("Q", echo.path("operationName").asText());
    assertEquals("A-1", echo.at("/variables/id").asText());
  }

  @Test
  void answersGetInTheNegotiatedMediaType() throws Exception {
    HttpResponse<String> response =
        host.send(
            host.request(ENDPOINT + "?query=" + encode("{ requestError }"))
                .header("Accept", GRAPHQL_RESPONSE)
                .GET());

    assertEquals(400, response.statusCode());
    assertEquals(GRAPHQL_RESPONSE_UTF8, contentType(response));
  }

  @Test
  void refusesAGetWithoutQueryWithBadRequest() throws Exception {
    HttpResponse<String> response = host.send(host.request(ENDPOINT).GET());

    assertEquals(400, response.statusCode());
    assertSingleErrorMentioning(response, "Missing \"query\"");
  }

  @Test
  void refusesAGetWithBrokenVariablesWithBadRequest() throws Exception {
    HttpResponse<String> response =
        host.send(host.request(ENDPOINT + "?query=%7Becho%7D&variables=%7Bbroken").GET());

    assertEquals(400, response.statusCode());
    assertSingleErrorMentioning(response, "\"variables\" is not valid JSON");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "mutation { login }",
        "mutation Login { login }",
        "subscription { changes }",
      })
  void refusesAMutationOverGetWithMethodNotAllowedAndAllowPost(String document) throws Exception {
    HttpResponse<String> response =
        host.send(host.request(ENDPOINT + "?query=" + encode(document)).GET());

    assertEquals(405, response.statusCode());
    assertEquals("POST", response.headers().firstValue("Allow").orElse(""));
    assertEquals(JSON_UTF8, contentType(response));
    assertSingleErrorMentioning(response, "with POST");
  }

  @Test
  void picksTheOperationOfAGetByOperationName() throws Exception {
    String document = "query Read { echo } mutation Write { login }";

    HttpResponse<String> read =
        host.send(host.request(ENDPOINT + "?operationName=Read&query=" + encode(document)).GET());
    HttpResponse<String> write =
        host.send(host.request(ENDPOINT + "?operationName=Write&query=" + encode(document)).GET());

    assertEquals(200, read.statusCode());
    assertEquals(405, write.statusCode());
  }

  @Test
  void runsAMutationSentWithPost() throws Exception {
    HttpResponse<String> response =
        host.send(host.post(ENDPOINT, "{\"query\":\"mutation { login }\"}"));

    assertEquals(200, response.statusCode());
    assertEquals("mutation { login }", json(response).at("/data/echo/query").asText());
  }

  @Test
  void opensThePlaygroundForABrowser() throws Exception {
    HttpResponse<String> response =
        host.send(
            host.request(ENDPOINT)
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .GET());

    assertEquals(200, response.statusCode());
    assertEquals("text/html;charset=utf-8", contentType(response));
    assertTrue(response.body().contains("<title>kraken-mock playground</title>"));
    assertTrue(vary(response).contains("Accept"));
  }

  @Test
  void keepsThePlaygroundOfflineWithoutThirdPartyCode() throws Exception {
    String page = host.send(host.request("/graphql").header("Accept", "text/html").GET()).body();

    assertFalse(page.contains("<script src"), "no external script");
    assertFalse(page.contains("<link"), "no external stylesheet or font");
    assertFalse(page.contains("https://"), "nothing from the network");
    assertFalse(page.contains("http://"), "nothing from the network");
  }

  @Test
  void answersABrowserGetWithAQueryAsGraphql() throws Exception {
    HttpResponse<String> response =
        host.send(
            host.request(ENDPOINT + "?query=%7Becho%7D")
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .GET());

    assertEquals(200, response.statusCode());
    assertEquals(JSON_UTF8, contentType(response));
  }

  private static String bodyOfLength(int length) {
    String prefix = "{\"query\":\"{ echo }\",\"extensions\":{\"pad\":\"";
    String suffix = "\"}}";
    return prefix + "x".repeat(length - prefix.length() - suffix.length()) + suffix;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String contentType(HttpResponse<String> response) {
    return response.headers().firstValue("Content-Type").orElse("");
  }

  private static List<String> vary(HttpResponse<String> response) {
    return List.of(response.headers().firstValue("Vary").orElse("").split(",\\s*"));
  }

  private static JsonNode json(HttpResponse<String> response) throws IOException {
    return JSON.readTree(response.body());
  }

  private static void assertSingleErrorMentioning(HttpResponse<String> response, String text)
      throws IOException {
    JsonNode errors = json(response).path("errors");
    assertEquals(1, errors.size(), response.body());
    assertTrue(errors.get(0).path("message").asText().contains(text), response.body());
  }
}
