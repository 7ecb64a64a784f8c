package dev.krakenmock.server.auth;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a refresh token carries, sealed inside it so that no server state is needed to honour it.
 *
 * @param viewer who the refreshed tokens will speak for
 * @param originallyIssuedAt the {@code origIat} of the first token of the chain
 * @param issuedAt when this refresh token was issued, whole seconds
 * @param expiresAt when it stops being accepted, whole seconds
 */
public record RefreshTokenClaims(
    Viewer viewer, Instant originallyIssuedAt, Instant issuedAt, Instant expiresAt) {

  private static final String REFRESH_TOKEN_USE = "refresh";

  Map<String, Object> toMap() {
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("tokenUse", REFRESH_TOKEN_USE);
    claims.put("sub", viewer.subject());
    if (viewer.email() != null) {
      claims.put("email", viewer.email());
    }
    claims.put("origIat", originallyIssuedAt.getEpochSecond());
    claims.put("iat", issuedAt.getEpochSecond());
    claims.put("exp", expiresAt.getEpochSecond());
    Map<String, Object> mock = new LinkedHashMap<>();
    mock.put("viewerType", viewer.type().name());
    mock.put("permissions", viewer.permissions());
    claims.put(TokenClaims.MOCK_CLAIM, Collections.unmodifiableMap(mock));
    return claims;
  }

  static Optional<RefreshTokenClaims> fromMap(Map<?, ?> claims) {
    if (!REFRESH_TOKEN_USE.equals(claims.get("tokenUse"))) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new RefreshTokenClaims(
              TokenClaims.viewer(claims, TokenClaims.text(claims, "sub")),
              TokenClaims.seconds(claims, "origIat"),
              TokenClaims.seconds(claims, "iat"),
              TokenClaims.seconds(claims, "exp")));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
