package dev.krakenmock.server.engine;

import static dev.krakenmock.server.engine.GraphqlEngineTest.ENGINE;
import static dev.krakenmock.server.engine.GraphqlEngineTest.at;
import static dev.krakenmock.server.engine.GraphqlEngineTest.data;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoginMutationTest {

  private static final String LOGIN = """
      mutation Login($input: ObtainJSONWebTokenInput!) {
        obtainKrakenToken(input: $input) { token payload refreshToken refreshExpiresIn }
      }""";

  @Test
  void issuesAWellFormedTokenForEmailAndPassword() {
    Map<String, Object> response = ENGINE.execute(new GraphqlRequest(LOGIN, "Login",
        Map.of("input", Map.of("email", "maria@example.it", "password", "secret"))));
    Map<String, Object> token = at(data(response), "obtainKrakenToken");
    String[] parts = ((String) token.get("token")).split("\\.");
    assertEquals(3, parts.length);
    String claims = new String(Base64.getUrlDecoder().decode(parts[1]));
    assertTrue(claims.contains("\"exp\""), claims);
    Map<String, Object> payload = at(token, "payload");
    assertTrue(((Number) payload.get("exp")).longValue() > ((Number) payload.get("iat"))
        .longValue());
    assertTrue(token.get("refreshExpiresIn") instanceof Number);
  }

  @Test
  void refreshesATokenWithItsRefreshToken() {
    Map<String, Object> first = at(data(ENGINE.execute(new GraphqlRequest(LOGIN, null,
        Map.of("input", Map.of("APIKey", "sk_test_123"))))), "obtainKrakenToken");
    Map<String, Object> refreshed = data(ENGINE.execute(new GraphqlRequest(LOGIN, null,
        Map.of("input", Map.of("refreshToken", first.get("refreshToken"))))));
    assertTrue(((String) at(refreshed, "obtainKrakenToken", "token")).split("\\.").length == 3);
  }

  @Test
  void refusesAnUnknownRefreshTokenWithKrakensCode() {
    Map<String, Object> response = ENGINE.execute(new GraphqlRequest(LOGIN, null,
        Map.of("input", Map.of("refreshToken", "nope"))));
    List<Map<String, Object>> errors = at(response, "errors");
    assertEquals("KT-CT-1135", at(errors.get(0), "extensions", "errorCode"));
    assertEquals(List.of("obtainKrakenToken"), errors.get(0).get("path"));
  }

  @Test
  void refusesSeveralCredentialMethods() {
    Map<String, Object> response = ENGINE.execute(new GraphqlRequest(LOGIN, null,
        Map.of("input", Map.of("APIKey", "k", "email", "a@b.it", "password", "p"))));
    List<Map<String, Object>> errors = at(response, "errors");
    assertEquals("KT-CT-1139", at(errors.get(0), "extensions", "errorCode"));
  }

  @Test
  void addsTheMutationOnlyWhereTheSchemaLacksIt() {
    String withLogin = LoginMutation.withLogin("type Query { a: Int }");
    assertTrue(withLogin.contains("type Mutation {"));
    assertEquals(withLogin, LoginMutation.withLogin(withLogin));
    String extended = LoginMutation.withLogin("type Query { a: Int } type Mutation { b: Int }");
    assertTrue(extended.contains("extend type Mutation"));
  }
}
