package dev.krakenmock.server.auth;

import dev.krakenmock.server.auth.TokenRequestRejectedException.Reason;
import dev.krakenmock.server.config.MockServerConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Issues tokens like Kraken's {@code obtainKrakenToken}: an HS256 JWT with Kraken's claims and a
 * refresh token. Any well-formed credentials are accepted, and the same credentials always give the
 * same viewer. Given the same seed, clock and credentials, the tokens are identical, so tests can
 * compare them. Thread-safe and stateless.
 *
 * <pre>{@code
 * KrakenTokenIssuer issuer = KrakenTokenIssuer.create(config);
 * IssuedToken issued = issuer.issue(Credentials.fromInput(Map.of("APIKey", "sk_live_x")));
 * issuer.verifier().verify("JWT " + issued.token()).isValid(); // true
 * }</pre>
 */
public final class KrakenTokenIssuer {

  /** Every viewer may do everything until scenarios say otherwise. */
  private static final List<String> ALL_PERMISSIONS = List.of("*");

  private final TokenKeys keys;
  private final JwtCodec accessTokens;
  private final RefreshTokenCodec refreshTokens;
  private final KrakenTokenVerifier verifier;
  private final Duration tokenLifetime;
  private final Duration refreshTokenLifetime;

  private KrakenTokenIssuer(MockServerConfig config) {
    this.keys = TokenKeys.derive(config.seed());
    this.accessTokens = new JwtCodec(keys);
    this.refreshTokens = new RefreshTokenCodec(keys);
    this.verifier = new KrakenTokenVerifier(keys, config.clock());
    this.tokenLifetime = config.tokenLifetime();
    this.refreshTokenLifetime = config.refreshTokenLifetime();
  }

  /** An issuer with the seed, clock and token lifetimes of {@code config}. */
  public static KrakenTokenIssuer create(MockServerConfig config) {
    return new KrakenTokenIssuer(config);
  }

  /** The verifier of this issuer's tokens. */
  public KrakenTokenVerifier verifier() {
    return verifier;
  }

  /**
   * A token for {@code credentials}. A refresh token keeps the viewer and {@code origIat} of the
   * token it came with, and is replaced by a new one with a full lifetime.
   *
   * @throws TokenRequestRejectedException with {@link Reason#UNKNOWN_REFRESH_TOKEN} or {@link
   *     Reason#EXPIRED_REFRESH_TOKEN} when a refresh token is not honoured
   */
  public IssuedToken issue(Credentials credentials) {
    return issue(credentials, null);
  }

  /**
   * A token for {@code credentials} whose viewer holds only {@code permissions} (when given), so
   * that tests can rehearse a viewer who lacks a permission (Kraken's KT-CT-1111). A refresh
   * keeps the permissions of the token it came with.
   */
  public IssuedToken issue(Credentials credentials, @Nullable List<String> permissions) {
    Instant now = verifier.now();
    if (credentials instanceof Credentials.RefreshToken refresh) {
      RefreshTokenClaims previous = honour(refresh);
      return issue(previous.viewer(), GrantType.REFRESH_TOKEN, previous.originallyIssuedAt(), now);
    }
    Viewer viewer = viewerOf(credentials);
    if (permissions != null) {
      viewer = new Viewer(viewer.subject(), viewer.email(), viewer.type(), permissions);
    }
    return issue(viewer, credentials.grantType(), now, now);
  }

  private IssuedToken issue(
      Viewer viewer, GrantType grantType, Instant originallyIssuedAt, Instant now) {
    TokenClaims claims =
        new TokenClaims(
            viewer,
            grantType,
            now,
            now.plusSeconds(tokenLifetime.getSeconds()),
            originallyIssuedAt);
    RefreshTokenClaims refresh =
        new RefreshTokenClaims(
            viewer, originallyIssuedAt, now, now.plusSeconds(refreshTokenLifetime.getSeconds()));
    return new IssuedToken(
        accessTokens.encode(claims.toPayload()),
        claims,
        refreshTokens.encode(refresh),
        refresh.expiresAt().getEpochSecond());
  }

  private RefreshTokenClaims honour(Credentials.RefreshToken refresh) {
    RefreshTokenVerification verification = verifier.verifyRefreshToken(refresh.token());
    return switch (verification.status()) {
      case VALID -> verification.claims().orElseThrow();
      case EXPIRED ->
          throw new TokenRequestRejectedException(
              Reason.EXPIRED_REFRESH_TOKEN, "The refresh token has expired.");
      case UNKNOWN ->
          throw new TokenRequestRejectedException(
              Reason.UNKNOWN_REFRESH_TOKEN, "Please make sure the refresh token is correct.");
    };
  }

  /** The same credentials give the same viewer; the password does not change who logs in. */
  private Viewer viewerOf(Credentials credentials) {
    if (credentials instanceof Credentials.EmailAndPassword login) {
      String email = login.email().trim();
      long id = keys.viewerNumber("email:" + email.toLowerCase(Locale.ROOT));
      return customer(id, email);
    }
    if (credentials instanceof Credentials.ApiKey apiKey) {
      long id = keys.viewerNumber("api-key:" + apiKey.key());
      return customer(id, placeholderEmail(id));
    }
    if (credentials instanceof Credentials.PreSignedKey preSigned) {
      long id = keys.viewerNumber("pre-signed-key:" + preSigned.key());
      return customer(id, placeholderEmail(id));
    }
    if (credentials instanceof Credentials.OrganizationSecretKey secret) {
      long id = keys.viewerNumber("organization-secret-key:" + secret.key());
      return new Viewer(
          "kraken|organization:" + id, null, ViewerType.ORGANIZATION, ALL_PERMISSIONS);
    }
    throw new IllegalArgumentException("no viewer for " + credentials.grantType().claim());
  }

  private static Viewer customer(long id, String email) {
    return new Viewer("kraken|account-user:" + id, email, ViewerType.CUSTOMER, ALL_PERMISSIONS);
  }

  /** Keys do not name an address; example.com is reserved, so it never reaches a real person. */
  private static String placeholderEmail(long id) {
    return "account-user-" + id + "@example.com";
  }
}
