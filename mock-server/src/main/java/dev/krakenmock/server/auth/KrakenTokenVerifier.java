package dev.krakenmock.server.auth;

import dev.krakenmock.server.config.MockServerConfig;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads back the tokens of a {@link KrakenTokenIssuer} with the same seed: access tokens from an
 * {@code Authorization} header, refresh tokens from {@code obtainKrakenToken}'s input. Thread-safe;
 * it remembers what recent access tokens decode to.
 */
public final class KrakenTokenVerifier {

  /**
   * Kraken documents the bare token; clients also send {@code JWT <token>}, some {@code Bearer}.
   */
  private static final Pattern SCHEME = Pattern.compile("(?i)(?:JWT|Bearer)\\s+(\\S+)");

  /** How many decoded tokens {@link #verify} keeps; clients send the same token again and again. */
  static final int DECODED_TOKENS_KEPT = 1_024;

  private final JwtCodec accessTokens;
  private final RefreshTokenCodec refreshTokens;
  private final Clock clock;
  // What each recently seen token decodes to: checking the signature and reading the claims cost
  // more than the rest of a cached answer. Decoding depends on nothing but the token (the keys are
  // fixed), so a kept result never goes stale; expiry is checked on every call.
  private final Map<String, Optional<TokenClaims>> decoded = new ConcurrentHashMap<>();

  KrakenTokenVerifier(TokenKeys keys, Clock clock) {
    this.accessTokens = new JwtCodec(keys);
    this.refreshTokens = new RefreshTokenCodec(keys);
    this.clock = clock;
  }

  /** A verifier for the seed and clock of {@code config}. */
  public static KrakenTokenVerifier create(MockServerConfig config) {
    return new KrakenTokenVerifier(TokenKeys.derive(config.seed()), config.clock());
  }

  /**
   * What an {@code Authorization} header value holds: a bare token, or one after a {@code JWT} or
   * {@code Bearer} scheme. A token is valid until the second of its {@code exp}.
   *
   * @param authorization the header value; {@code null} or blank when the header is absent
   */
  public AccessTokenVerification verify(@Nullable String authorization) {
    if (authorization == null || authorization.isBlank()) {
      return AccessTokenVerification.absent();
    }
    String value = authorization.trim();
    Matcher scheme = SCHEME.matcher(value);
    String token = scheme.matches() ? scheme.group(1) : value;
    Optional<TokenClaims> claims = decoded.get(token);
    if (claims == null) {
      claims = accessTokens.decode(token).flatMap(TokenClaims::fromPayload);
      if (decoded.size() >= DECODED_TOKENS_KEPT) {
        decoded.clear();
      }
      decoded.put(token, claims);
    }
    if (claims.isEmpty()) {
      return AccessTokenVerification.invalid();
    }
    AccessTokenVerification.Status status =
        hasPassed(claims.get().expiresAt())
            ? AccessTokenVerification.Status.EXPIRED
            : AccessTokenVerification.Status.VALID;
    return AccessTokenVerification.of(status, claims.get());
  }

  /** What a refresh token is worth: unknown, expired, or valid with what it carries. */
  public RefreshTokenVerification verifyRefreshToken(@Nullable String refreshToken) {
    if (refreshToken == null || refreshToken.isBlank()) {
      return RefreshTokenVerification.unknown();
    }
    Optional<RefreshTokenClaims> claims = refreshTokens.decode(refreshToken);
    if (claims.isEmpty()) {
      return RefreshTokenVerification.unknown();
    }
    RefreshTokenVerification.Status status =
        hasPassed(claims.get().expiresAt())
            ? RefreshTokenVerification.Status.EXPIRED
            : RefreshTokenVerification.Status.VALID;
    return RefreshTokenVerification.of(status, claims.get());
  }

  /** Whole seconds, as in the claims; like PyJWT, a token is expired from its exp second on. */
  Instant now() {
    return Instant.ofEpochSecond(clock.instant().getEpochSecond());
  }

  private boolean hasPassed(Instant expiry) {
    return !now().isBefore(expiry);
  }
}
