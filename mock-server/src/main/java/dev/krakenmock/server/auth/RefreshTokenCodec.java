package dev.krakenmock.server.auth;

import java.util.Base64;
import java.util.Optional;

/**
 * Refresh tokens as opaque strings: the claims, encrypted and authenticated with the seed's key, in
 * base64url. Nothing is stored, so any server with the same seed honours them.
 */
final class RefreshTokenCodec {

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private final TokenKeys keys;

  RefreshTokenCodec(TokenKeys keys) {
    this.keys = keys;
  }

  String encode(RefreshTokenClaims claims) {
    return ENCODER.encodeToString(keys.sealRefreshToken(JwtCodec.toJson(claims.toMap())));
  }

  /** The claims of a refresh token sealed with these keys; empty for anything else. */
  Optional<RefreshTokenClaims> decode(String token) {
    byte[] sealed;
    try {
      sealed = DECODER.decode(token.trim());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return keys.openRefreshToken(sealed)
        .flatMap(JwtCodec::fromJson)
        .flatMap(RefreshTokenClaims::fromMap);
  }
}
