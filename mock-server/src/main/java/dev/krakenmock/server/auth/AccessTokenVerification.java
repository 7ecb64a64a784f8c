package dev.krakenmock.server.auth;

import java.util.Optional;

/**
 * What an {@code Authorization} header holds.
 *
 * @param status the verdict
 * @param claims the token's claims when it is {@link Status#VALID} or {@link Status#EXPIRED}
 */
public record AccessTokenVerification(Status status, Optional<TokenClaims> claims) {

  /** The verdict on an {@code Authorization} header. */
  public enum Status {
    /** No header, or an empty one (Kraken's KT-CT-1112). */
    ABSENT,
    /** Not a token this server issued: garbage, another signature, a changed payload (1143). */
    INVALID,
    /** A token this server issued whose {@code exp} has passed (1124). */
    EXPIRED,
    /** A token this server issued, still valid. */
    VALID
  }

  public AccessTokenVerification {
    if ((status == Status.VALID || status == Status.EXPIRED) != claims.isPresent()) {
      throw new IllegalArgumentException("claims come with VALID and EXPIRED only");
    }
  }

  static AccessTokenVerification absent() {
    return new AccessTokenVerification(Status.ABSENT, Optional.empty());
  }

  static AccessTokenVerification invalid() {
    return new AccessTokenVerification(Status.INVALID, Optional.empty());
  }

  static AccessTokenVerification of(Status status, TokenClaims claims) {
    return new AccessTokenVerification(status, Optional.of(claims));
  }

  /** Whether the header authenticates a viewer. */
  public boolean isValid() {
    return status == Status.VALID;
  }
}
