package dev.krakenmock.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.krakenmock.server.auth.TokenRequestRejectedException.Reason;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CredentialsTest {

  @Test
  void readsEachCredentialMethodFromTheInput() {
    assertEquals(
        new Credentials.EmailAndPassword("ada@example.com", "secret"),
        Credentials.fromInput(
            Map.of("email", "ada@example.com", "password", "secret", "captchaResponse", "ok")));
    assertEquals(
        new Credentials.ApiKey("sk_live_1"), Credentials.fromInput(Map.of("APIKey", "sk_live_1")));
    assertEquals(
        new Credentials.RefreshToken("r1"), Credentials.fromInput(Map.of("refreshToken", "r1")));
    assertEquals(
        new Credentials.OrganizationSecretKey("sk_live_org"),
        Credentials.fromInput(Map.of("organizationSecretKey", "sk_live_org")));
    assertEquals(
        new Credentials.PreSignedKey("psk"), Credentials.fromInput(Map.of("preSignedKey", "psk")));
  }

  @Test
  void treatsNullAndBlankFieldsAsNotGiven() {
    Map<String, Object> input = new HashMap<>();
    input.put("APIKey", "sk_live_1");
    input.put("refreshToken", null);
    input.put("preSignedKey", "  ");

    assertEquals(new Credentials.ApiKey("sk_live_1"), Credentials.fromInput(input));
  }

  @Test
  void rejectsAnInputWithoutCredentials() {
    TokenRequestRejectedException rejected =
        assertThrows(
            TokenRequestRejectedException.class,
            () -> Credentials.fromInput(Map.of("captchaResponse", "ok")));

    assertEquals(Reason.NO_CREDENTIALS, rejected.reason());
  }

  @Test
  void rejectsSeveralCredentialMethods() {
    TokenRequestRejectedException rejected =
        assertThrows(
            TokenRequestRejectedException.class,
            () -> Credentials.fromInput(Map.of("APIKey", "sk_live_1", "refreshToken", "r1")));

    assertEquals(Reason.SEVERAL_CREDENTIALS, rejected.reason());
  }

  @Test
  void rejectsAnEmailWithoutPassword() {
    TokenRequestRejectedException rejected =
        assertThrows(
            TokenRequestRejectedException.class,
            () -> Credentials.fromInput(Map.of("email", "ada@example.com")));

    assertEquals(Reason.INCOMPLETE_CREDENTIALS, rejected.reason());
  }

  @Test
  void keepsSecretsOutOfItsText() {
    String text =
        new Credentials.EmailAndPassword("ada@example.com", "secret").toString()
            + new Credentials.ApiKey("sk_live_1")
            + new Credentials.RefreshToken("r1")
            + new Credentials.OrganizationSecretKey("sk_live_org")
            + new Credentials.PreSignedKey("psk");

    assertFalse(text.contains("secret") || text.contains("sk_live") || text.contains("psk"));
  }
}
