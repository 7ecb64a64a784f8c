package dev.krakenmock.server.auth;

import java.util.Map;

/**
 * What {@code obtainKrakenToken} returns, field by field of {@code ObtainKrakenJSONWebToken}.
 *
 * @param token the signed JWT, for the {@code Authorization} header
 * @param claims the token's claims; {@link #payload()} is their JSON form
 * @param refreshToken an opaque token that obtains a new one without the original credentials
 * @param refreshExpiresIn when the refresh token expires, as a Unix timestamp in seconds (not a
 *     duration, despite the name)
 */
public record IssuedToken(
    String token, TokenClaims claims, String refreshToken, long refreshExpiresIn) {

  /** The token's decoded claims, in the token's order: the {@code payload} field. */
  public Map<String, Object> payload() {
    return claims.toPayload();
  }
}
