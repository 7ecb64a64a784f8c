package dev.krakenmock.server.auth;

import static dev.krakenmock.server.auth.KrakenTokenIssuerTest.config;
import static dev.krakenmock.server.auth.KrakenTokenIssuerTest.issuerAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krakenmock.server.auth.AccessTokenVerification.Status;
import dev.krakenmock.server.config.MockServerConfig;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class KrakenTokenVerifierTest {

  private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");
  private static final Credentials API_KEY = new Credentials.ApiKey("sk_live_123");

  private final IssuedToken issued = issuerAt(NOW).issue(API_KEY);

  @Test
  void verifiesATokenItIssued() {
    AccessTokenVerification verification = verifierAt(NOW).verify(issued.token());

    assertEquals(Status.VALID, verification.status());
    assertEquals(Optional.of(issued.claims()), verification.claims());
    assertEquals(issued.payload(), verification.claims().orElseThrow().toPayload());
  }

  @ParameterizedTest
  @ValueSource(strings = {"JWT %s", "jwt %s", "Bearer %s", "  JWT   %s  ", "%s "})
  void acceptsTheJwtAndBearerPrefixes(String header) {
    assertTrue(verifierAt(NOW).verify(String.format(header, issued.token())).isValid());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   "})
  void reportsAMissingOrEmptyHeaderAsAbsent(String header) {
    assertEquals(Status.ABSENT, verifierAt(NOW).verify(header).status());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "garbage",
        "JWT",
        "Basic dXNlcjpwYXNz",
        "a.b.c",
        "a.b",
        "eyJhbGciOiJIUzI1NiJ9..",
        "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl"
      })
  void reportsGarbageAsInvalid(String header) {
    assertEquals(Status.INVALID, verifierAt(NOW).verify(header).status());
  }

  @Test
  void reportsATamperedSignatureAsInvalid() {
    String token = issued.token();
    char last = token.charAt(token.length() - 1);
    String tampered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');

    assertEquals(Status.INVALID, verifierAt(NOW).verify(tampered).status());
  }

  @Test
  void reportsATamperedPayloadAsInvalid() {
    String[] parts = issued.token().split("\\.");
    String payload =
        new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace("\"CUSTOMER\"", "\"ORGANIZATION\"");
    String forged =
        parts[0]
            + "."
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[2];

    assertEquals(Status.INVALID, verifierAt(NOW).verify(forged).status());
  }

  @Test
  void reportsATokenOfAnotherSeedAsInvalid() {
    KrakenTokenVerifier otherSeed =
        KrakenTokenVerifier.create(config(NOW).transform(builder -> builder.seed(42)));

    assertEquals(Status.INVALID, otherSeed.verify(issued.token()).status());
  }

  @Test
  void reportsARefreshTokenAsAnInvalidAccessToken() {
    assertEquals(Status.INVALID, verifierAt(NOW).verify(issued.refreshToken()).status());
  }

  @Test
  void acceptsATokenUntilTheSecondBeforeItsExpiry() {
    Instant lastValidSecond = NOW.plus(Duration.ofHours(1)).minusSeconds(1);

    assertTrue(verifierAt(lastValidSecond.plusMillis(999)).verify(issued.token()).isValid());
  }

  @Test
  void reportsATokenAsExpiredFromItsExpirySecondOn() {
    AccessTokenVerification verification =
        verifierAt(NOW.plus(Duration.ofHours(1))).verify(issued.token());

    assertEquals(Status.EXPIRED, verification.status());
    assertEquals(Optional.of(issued.claims()), verification.claims());
    assertFalse(verification.isValid());
  }

  @Test
  void tellsUnknownExpiredAndValidRefreshTokensApart() {
    KrakenTokenVerifier now = verifierAt(NOW);
    KrakenTokenVerifier aWeekLater = verifierAt(NOW.plus(Duration.ofDays(7)));

    assertEquals(
        RefreshTokenVerification.Status.VALID,
        now.verifyRefreshToken(issued.refreshToken()).status());
    assertEquals(
        RefreshTokenVerification.Status.EXPIRED,
        aWeekLater.verifyRefreshToken(issued.refreshToken()).status());
    assertEquals(
        RefreshTokenVerification.Status.UNKNOWN, now.verifyRefreshToken(issued.token()).status());
    assertEquals(RefreshTokenVerification.Status.UNKNOWN, now.verifyRefreshToken("").status());
    assertEquals(
        issued.claims().viewer(),
        now.verifyRefreshToken(issued.refreshToken()).claims().orElseThrow().viewer());
  }

  @Test
  void acceptsTokensOfAnotherServerWithTheSameSeed() {
    KrakenTokenVerifier replica = KrakenTokenVerifier.create(config(NOW));

    assertTrue(replica.verify(issued.token()).isValid());
    assertTrue(replica.verifyRefreshToken(issued.refreshToken()).isValid());
  }

  @Test
  void aTokenVerifiedWhileValidIsExpiredOnceItsTimeHasPassed() {
    Instant[] now = {NOW};
    KrakenTokenVerifier verifier = KrakenTokenVerifier.create(MockServerConfig.newConfig()
        .clock(new Clock() {
          @Override
          public ZoneId getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return now[0];
          }
        })
        .build());

    assertEquals(Status.VALID, verifier.verify(issued.token()).status());
    now[0] = issued.claims().expiresAt();

    assertEquals(Status.EXPIRED, verifier.verify(issued.token()).status());
    assertEquals(Optional.of(issued.claims()), verifier.verify(issued.token()).claims());
  }

  @Test
  void rejectsAForgedTokenEvenAfterVerifyingManyOthers() {
    KrakenTokenVerifier verifier = verifierAt(NOW);
    String[] parts = issued.token().split("\\.");
    String forged = parts[0] + "." + parts[1] + ".c2lnbmF0dXJl";

    for (int i = 0; i <= KrakenTokenVerifier.DECODED_TOKENS_KEPT; i++) {
      assertEquals(Status.INVALID, verifier.verify("garbage-" + i).status());
    }

    assertEquals(Status.INVALID, verifier.verify(forged).status());
    assertEquals(Status.VALID, verifier.verify(issued.token()).status());
    assertEquals(Status.INVALID, verifier.verify(forged).status());
  }

  private static KrakenTokenVerifier verifierAt(Instant now) {
    return KrakenTokenVerifier.create(config(now));
  }
}
