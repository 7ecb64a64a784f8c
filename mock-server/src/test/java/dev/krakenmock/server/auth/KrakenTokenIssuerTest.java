package dev.krakenmock.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.krakenmock.server.auth.TokenRequestRejectedException.Reason;
import dev.krakenmock.server.config.MockServerConfig;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KrakenTokenIssuerTest {

  private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");
  private static final long NOW_SECONDS = NOW.getEpochSecond();
  private static final Credentials LOGIN =
      new Credentials.EmailAndPassword("Ada.Lovelace@example.com", "secret");

  @Test
  void issuesAnHs256JwtWithKrakensClaims() throws Exception {
    IssuedToken issued = issuerAt(NOW).issue(LOGIN);

    String[] parts = issued.token().split("\\.");
    assertEquals(3, parts.length);
    assertTrue(issued.token().matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+"));
    assertEquals("{\"alg\":\"HS256\",\"typ\":\"JWT\"}", decode(parts[0]));
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("sub", issued.claims().viewer().subject());
    expected.put("gty", "EMAIL-AND-PASSWORD");
    expected.put("email", "Ada.Lovelace@example.com");
    expected.put("tokenUse", "access");
    expected.put("iss", "https://api.oeit-kraken.energy/v1/graphql/");
    expected.put("iat", NOW_SECONDS);
    expected.put("exp", NOW_SECONDS + 3600);
    expected.put("origIat", NOW_SECONDS);
    expected.put("krakenMock", Map.of("viewerType", "CUSTOMER", "permissions", List.of("*")));
    assertEquals(expected, issued.payload());
    assertEquals(new ObjectMapper().writeValueAsString(issued.payload()), decode(parts[1]));
    assertTrue(issued.claims().viewer().subject().matches("kraken\\|account-user:\\d{7}"));
  }

  @Test
  void signsWithHmacSha256OfTheSeedsKey() {
    String token = issuerAt(NOW).issue(LOGIN).token();

    int lastDot = token.lastIndexOf('.');
    byte[] signature =
        TokenKeys.derive(MockServerConfig.DEFAULT_SEED)
            .signAccessToken(token.substring(0, lastDot).getBytes(StandardCharsets.UTF_8));
    assertEquals(
        Base64.getUrlEncoder().withoutPadding().encodeToString(signature),
        token.substring(lastDot + 1));
  }

  @Test
  void givesTheRefreshTokensExpiryAsAUnixTimestamp() {
    IssuedToken issued = issuerAt(NOW).issue(LOGIN);

    assertEquals(NOW_SECONDS + Duration.ofDays(7).toSeconds(), issued.refreshExpiresIn());
  }

  @Test
  void followsTheConfiguredLifetimes() {
    KrakenTokenIssuer issuer =
        KrakenTokenIssuer.create(
            config(NOW)
                .transform(
                    builder ->
                        builder
                            .tokenLifetime(Duration.ofMinutes(5))
                            .refreshTokenLifetime(Duration.ofHours(2))));

    IssuedToken issued = issuer.issue(LOGIN);

    assertEquals(NOW.plusSeconds(300), issued.claims().expiresAt());
    assertEquals(NOW_SECONDS + 7200, issued.refreshExpiresIn());
  }

  @ParameterizedTest
  @CsvSource({
    "email,              EMAIL-AND-PASSWORD,      CUSTOMER,     kraken\\|account-user:\\d{7}",
    "APIKey,             API-KEY,                 CUSTOMER,     kraken\\|account-user:\\d{7}",
    "preSignedKey,       PRE-SIGNED-KEY,          CUSTOMER,     kraken\\|account-user:\\d{7}",
    "organizationSecretKey, ORGANIZATION-SECRET-KEY, ORGANIZATION, kraken\\|organization:\\d{7}"
  })
  void namesEachCredentialMethodInTheGrantTypeClaim(
      String field, String grantType, String viewerType, String subject) {
    Map<String, String> input =
        field.equals("email")
            ? Map.of("email", "ada@example.com", "password", "secret")
            : Map.of(field, "sk_live_123");

    IssuedToken issued = issuerAt(NOW).issue(Credentials.fromInput(input));

    assertEquals(grantType, issued.payload().get("gty"));
    assertEquals(viewerType, issued.claims().viewer().type().name());
    assertTrue(issued.claims().viewer().subject().matches(subject));
  }

  @Test
  void namesTheRefreshGrantTypeOnRefreshedTokens() {
    KrakenTokenIssuer issuer = issuerAt(NOW);
    IssuedToken first = issuer.issue(new Credentials.ApiKey("sk_live_1"));

    IssuedToken refreshed = issuer.issue(new Credentials.RefreshToken(first.refreshToken()));

    assertEquals("REFRESH-TOKEN", refreshed.payload().get("gty"));
  }

  @Test
  void refreshesToTheSameViewerKeepingTheOriginalIssueTime() {
    IssuedToken first = issuerAt(NOW).issue(LOGIN);
    Instant later = NOW.plus(Duration.ofHours(3));

    IssuedToken refreshed =
        issuerAt(later).issue(new Credentials.RefreshToken(first.refreshToken()));

    assertEquals(first.claims().viewer(), refreshed.claims().viewer());
    assertEquals(later, refreshed.claims().issuedAt());
    assertEquals(later.plusSeconds(3600), refreshed.claims().expiresAt());
    assertEquals(NOW, refreshed.claims().originallyIssuedAt());
    assertEquals(later.plus(Duration.ofDays(7)).getEpochSecond(), refreshed.refreshExpiresIn());
    assertNotEquals(first.refreshToken(), refreshed.refreshToken());
    assertTrue(issuerAt(later).verifier().verify(refreshed.token()).isValid());
  }

  @Test
  void keepsTheOriginalIssueTimeAcrossSeveralRefreshes() {
    IssuedToken first = issuerAt(NOW).issue(LOGIN);
    IssuedToken second =
        issuerAt(NOW.plusSeconds(60)).issue(new Credentials.RefreshToken(first.refreshToken()));

    IssuedToken third =
        issuerAt(NOW.plusSeconds(120)).issue(new Credentials.RefreshToken(second.refreshToken()));

    assertEquals(NOW.getEpochSecond(), third.payload().get("origIat"));
  }

  @Test
  void rejectsAnExpiredRefreshToken() {
    IssuedToken first = issuerAt(NOW).issue(LOGIN);
    KrakenTokenIssuer aWeekLater = issuerAt(NOW.plus(Duration.ofDays(7)));

    TokenRequestRejectedException rejected =
        assertThrows(
            TokenRequestRejectedException.class,
            () -> aWeekLater.issue(new Credentials.RefreshToken(first.refreshToken())));

    assertEquals(Reason.EXPIRED_REFRESH_TOKEN, rejected.reason());
  }

  @Test
  void rejectsARefreshTokenItDidNotIssue() {
    KrakenTokenIssuer issuer = issuerAt(NOW);
    IssuedToken issued = issuer.issue(LOGIN);
    String otherSeeds =
        KrakenTokenIssuer.create(config(NOW).transform(builder -> builder.seed(2)))
            .issue(LOGIN)
            .refreshToken();

    for (String refreshToken :
        List.of("2f0c1e9", otherSeeds, issued.token(), "not base64url!", tamper(issued))) {
      TokenRequestRejectedException rejected =
          assertThrows(
              TokenRequestRejectedException.class,
              () -> issuer.issue(new Credentials.RefreshToken(refreshToken)),
              refreshToken);
      assertEquals(Reason.UNKNOWN_REFRESH_TOKEN, rejected.reason(), refreshToken);
    }
  }

  @Test
  void issuesIdenticalTokensForTheSameSeedClockAndCredentials() {
    IssuedToken first = issuerAt(NOW).issue(LOGIN);
    IssuedToken second = issuerAt(NOW).issue(LOGIN);

    assertEquals(first, second);
  }

  @Test
  void derivesTheSameViewerWhateverThePasswordOrEmailCase() {
    Viewer viewer = issuerAt(NOW).issue(LOGIN).claims().viewer();

    Viewer again =
        issuerAt(NOW.plusSeconds(10))
            .issue(new Credentials.EmailAndPassword("ada.lovelace@example.com", "other"))
            .claims()
            .viewer();

    assertEquals(viewer.subject(), again.subject());
  }

  @Test
  void issuesDifferentTokensForAnotherSeedTimeOrViewer() {
    IssuedToken issued = issuerAt(NOW).issue(LOGIN);

    assertNotEquals(
        issued.token(),
        KrakenTokenIssuer.create(config(NOW).transform(builder -> builder.seed(2)))
            .issue(LOGIN)
            .token());
    assertNotEquals(
        issued.refreshToken(), issuerAt(NOW.plusSeconds(1)).issue(LOGIN).refreshToken());
    assertNotEquals(
        issued.claims().viewer().subject(),
        issuerAt(NOW).issue(new Credentials.ApiKey("sk_live_1")).claims().viewer().subject());
  }

  @Test
  void makesRefreshTokensOpaque() {
    String refreshToken = issuerAt(NOW).issue(LOGIN).refreshToken();

    assertTrue(refreshToken.matches("[A-Za-z0-9_-]+"));
    String decoded =
        new String(Base64.getUrlDecoder().decode(refreshToken), StandardCharsets.UTF_8);
    assertTrue(!decoded.contains("Ada") && !decoded.contains("kraken"), decoded);
  }

  private static String tamper(IssuedToken issued) {
    byte[] bytes = Base64.getUrlDecoder().decode(issued.refreshToken());
    bytes[bytes.length / 2] ^= 1;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String decode(String part) {
    return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
  }

  static MockServerConfig config(Instant now) {
    return MockServerConfig.newConfig()
        .clock(Clock.fixed(now, ZoneId.of("Pacific/Chatham")))
        .build();
  }

  static KrakenTokenIssuer issuerAt(Instant now) {
    return KrakenTokenIssuer.create(config(now));
  }
}
