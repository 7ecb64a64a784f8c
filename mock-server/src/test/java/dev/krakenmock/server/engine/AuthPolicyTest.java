package dev.krakenmock.server.engine;

import static dev.krakenmock.server.engine.GraphqlEngineTest.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krakenmock.schema.sdl.GeneratedSchema;
import dev.krakenmock.server.config.MockServerConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Authentication as Kraken does it, on the fields the reference says need permissions. */
class AuthPolicyTest {

  private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
  private static final String LOGIN = "mutation { obtainKrakenToken(input: {APIKey: \"k\"})"
      + " { token } }";
  private static final String ACCOUNT = "{ account(accountNumber: \"A-1\") { number } "
      + "chargePointVariants { make } }";

  private static GraphqlEngine engineAt(Instant now) {
    return GraphqlEngine.create(MockServerConfig.newConfig()
        .clock(Clock.fixed(now, ZoneOffset.UTC)).build(), GeneratedSchema.sdl());
  }

  private static String token(GraphqlEngine engine, Map<String, String> headers) {
    Map<String, Object> response = engine.execute(
        GraphqlRequest.ofQuery(LOGIN).withHeaders(headers));
    return at(response, "data", "obtainKrakenToken", "token");
  }

  private static Map<String, Object> account(GraphqlEngine engine, String authorization) {
    GraphqlRequest request = GraphqlRequest.ofQuery(ACCOUNT);
    return engine.execute(authorization == null ? request
        : request.withHeaders(Map.of("Authorization", authorization)));
  }

  private static Map<String, Object> onlyError(Map<String, Object> response) {
    List<Map<String, Object>> errors = at(response, "errors");
    assertEquals(1, errors.size(), errors.toString());
    return errors.get(0);
  }

  @Test
  void asksForTheAuthorizationHeaderWhenItIsMissing() {
    Map<String, Object> response = account(engineAt(NOW), null);
    Map<String, Object> error = onlyError(response);
    assertEquals("'Authorization' header not provided.", error.get("message"));
    assertEquals(List.of("account"), error.get("path"));
    assertEquals(List.of(Map.of("line", 1, "column", 3)), error.get("locations"));
    assertEquals(Map.of("errorType", "AUTHORIZATION", "errorCode", "KT-CT-1112",
        "errorDescription", "You must provide the AUTHORIZATION header while executing the "
            + "query/mutation."), error.get("extensions"));
    assertNull(at(response, "data", "account"));
    assertEquals(3, ((List<?>) at(response, "data", "chargePointVariants")).size());
  }

  @Test
  void rejectsAValueThatIsNotOneOfItsTokens() {
    assertEquals("KT-CT-1143",
        at(onlyError(account(engineAt(NOW), "JWT not.a.token")), "extensions", "errorCode"));
  }

  @Test
  void rejectsAnExpiredToken() {
    String token = token(engineAt(NOW), Map.of());
    GraphqlEngine later = engineAt(NOW.plus(Duration.ofHours(2)));
    assertEquals("KT-CT-1124",
        at(onlyError(account(later, token)), "extensions", "errorCode"));
  }

  @Test
  void answersWithAValidTokenRawOrAfterJwt() {
    GraphqlEngine engine = engineAt(NOW);
    String token = token(engine, Map.of());
    assertNull(account(engine, token).get("errors"));
    assertNull(account(engine, "JWT " + token).get("errors"));
    assertEquals("A-1", at(account(engine, token), "data", "account", "number"));
  }

  @Test
  void refusesAViewerWithoutAnyListedPermission() {
    GraphqlEngine engine = engineAt(NOW);
    String limited = token(engine, Map.of("X-Mock-Permissions", "Can view smartflex data"));
    assertEquals("KT-CT-1111", at(onlyError(account(engine, limited)), "extensions",
        "errorCode"));
    String allowed = token(engine, Map.of("X-Mock-Permissions",
        "Can query accounts with account number"));
    assertNull(account(engine, allowed).get("errors"));
  }

  @Test
  void answersEveryoneWhenAuthIsOff() {
    GraphqlEngine open = GraphqlEngine.create(MockServerConfig.newConfig().auth(false).build(),
        GeneratedSchema.sdl());
    assertNull(account(open, null).get("errors"));
  }

  @Test
  void showsTheLoggedInPersonAsTheViewer() {
    GraphqlEngine engine = engineAt(NOW);
    Map<String, Object> login = engine.execute(GraphqlRequest.ofQuery("mutation {"
        + " obtainKrakenToken(input: {email: \"giulia.bianchi@example.it\", password: \"x\"})"
        + " { token } }"));
    String token = at(login, "data", "obtainKrakenToken", "token");
    String viewer = "{ viewer { email givenName id } }";
    Map<String, Object> first = engine.execute(GraphqlRequest.ofQuery(viewer)
        .withHeaders(Map.of("Authorization", token)));
    assertEquals("giulia.bianchi@example.it", at(first, "data", "viewer", "email"));
    String again = at(engine.execute(GraphqlRequest.ofQuery(viewer)
        .withHeaders(Map.of("Authorization", "JWT " + token))), "data", "viewer", "id");
    assertEquals(at(first, "data", "viewer", "id"), (Object) again);
  }

  @Test
  void guardsRootFieldsAnsweredOutsideTheDocumentedContractToo() {
    Map<String, Object> response = engineAt(NOW).execute(GraphqlRequest.ofQuery(
        "{ devices(accountNumber: \"A-1\") { id ... on SmartFlexVehicle { make } } }"));
    Map<String, Object> error = onlyError(response);
    assertEquals("KT-CT-1112", at(error, "extensions", "errorCode"));
    assertEquals(List.of("devices"), error.get("path"));
    assertEquals(List.of(Map.of("line", 1, "column", 3)), error.get("locations"));
    assertNull(at(response, "data", "devices"));
  }

  @Test
  void nullsTheWholeDataWhenANonNullRootFieldAnsweredOutsideIsRefused() {
    Map<String, Object> response = engineAt(NOW).execute(GraphqlRequest.ofQuery(
        "{ call(id: \"1\") { id } }"));
    assertEquals("KT-CT-1112", at(onlyError(response), "extensions", "errorCode"));
    assertTrue(response.containsKey("data"));
    assertNull(response.get("data"));
  }
}
