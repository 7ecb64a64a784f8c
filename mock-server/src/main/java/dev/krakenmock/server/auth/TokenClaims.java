package dev.krakenmock.server.auth;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The claims of an access token, with the names and order of Kraken's tokens.
 *
 * @param viewer who the token speaks for
 * @param grantType how the token was obtained ({@code gty})
 * @param issuedAt {@code iat}, whole seconds
 * @param expiresAt {@code exp}, whole seconds
 * @param originallyIssuedAt {@code origIat}: when the first token of a refresh chain was issued
 */
public record TokenClaims(
    Viewer viewer,
    GrantType grantType,
    Instant issuedAt,
    Instant expiresAt,
    Instant originallyIssuedAt) {

  /** The {@code iss} claim: the GraphQL endpoint of Kraken for Octopus Energy Italy. */
  public static final String ISSUER = "https://api.oeit-kraken.energy/v1/graphql/";

  /** The {@code tokenUse} claim of access tokens. */
  public static final String ACCESS_TOKEN_USE = "access";

  /** The claim holding what the mock adds to Kraken's claims: viewer type and permissions. */
  public static final String MOCK_CLAIM = "krakenMock";

  /** The claims as the token's payload, in Kraken's order; what {@code payload} returns. */
  public Map<String, Object> toPayload() {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("sub", viewer.subject());
    payload.put("gty", grantType.claim());
    if (viewer.email() != null) {
      payload.put("email", viewer.email());
    }
    payload.put("tokenUse", ACCESS_TOKEN_USE);
    payload.put("iss", ISSUER);
    payload.put("iat", issuedAt.getEpochSecond());
    payload.put("exp", expiresAt.getEpochSecond());
    payload.put("origIat", originallyIssuedAt.getEpochSecond());
    Map<String, Object> mock = new LinkedHashMap<>();
    mock.put("viewerType", viewer.type().name());
    mock.put("permissions", viewer.permissions());
    payload.put(MOCK_CLAIM, Collections.unmodifiableMap(mock));
    return Collections.unmodifiableMap(payload);
  }

  /** The claims of a decoded payload; empty when a claim is missing or malformed. */
  static Optional<TokenClaims> fromPayload(Map<?, ?> payload) {
    if (!ACCESS_TOKEN_USE.equals(payload.get("tokenUse")) || !ISSUER.equals(payload.get("iss"))) {
      return Optional.empty();
    }
    try {
      GrantType grantType = GrantType.fromClaim(text(payload, "gty"));
      return Optional.of(
          new TokenClaims(
              viewer(payload, text(payload, "sub")),
              grantType,
              seconds(payload, "iat"),
              seconds(payload, "exp"),
              seconds(payload, "origIat")));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The viewer of claims that carry {@code email} and the mock's claim beside {@code sub}. */
  static Viewer viewer(Map<?, ?> claims, String subject) {
    @Nullable Object email = claims.get("email");
    if (email != null && !(email instanceof String)) {
      throw new IllegalArgumentException("email is not text");
    }
    if (!(claims.get(MOCK_CLAIM) instanceof Map<?, ?> mock)) {
      throw new IllegalArgumentException("missing " + MOCK_CLAIM);
    }
    ViewerType type = ViewerType.valueOf(text(mock, "viewerType"));
    if (!(mock.get("permissions") instanceof List<?> permissions)
        || !permissions.stream().allMatch(String.class::isInstance)) {
      throw new IllegalArgumentException("permissions are not a list of text");
    }
    return new Viewer(
        subject, (String) email, type, permissions.stream().map(String.class::cast).toList());
  }

  static String text(Map<?, ?> claims, String name) {
    if (!(claims.get(name) instanceof String value)) {
      throw new IllegalArgumentException(name + " is not text");
    }
    return value;
  }

  static Instant seconds(Map<?, ?> claims, String name) {
    Object value = claims.get(name);
    if (!(value instanceof Integer || value instanceof Long)) {
      throw new IllegalArgumentException(name + " is not a whole number");
    }
    return Instant.ofEpochSecond(((Number) value).longValue());
  }
}
