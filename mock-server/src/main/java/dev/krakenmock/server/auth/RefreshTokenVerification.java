package dev.krakenmock.server.auth;

import java.util.Optional;

/**
 * What a refresh token given to {@code obtainKrakenToken} is worth.
 *
 * @param status the verdict
 * @param claims what the token carries when it is {@link Status#VALID} or {@link Status#EXPIRED}
 */
public record RefreshTokenVerification(Status status, Optional<RefreshTokenClaims> claims) {

  /** The verdict on a refresh token. */
  public enum Status {
    /** Not a refresh token this server issued (Kraken's KT-CT-1135). */
    UNKNOWN,
    /** A refresh token this server issued whose expiry has passed (KT-CT-1134). */
    EXPIRED,
    /** A refresh token this server issued, still valid. */
    VALID
  }

  public RefreshTokenVerification {
    if ((status != Status.UNKNOWN) != claims.isPresent()) {
      throw new IllegalArgumentException("claims come with VALID and EXPIRED only");
    }
  }

  static RefreshTokenVerification unknown() {
    return new RefreshTokenVerification(Status.UNKNOWN, Optional.empty());
  }

  static RefreshTokenVerification of(Status status, RefreshTokenClaims claims) {
    return new RefreshTokenVerification(status, Optional.of(claims));
  }

  /** Whether the refresh token may obtain a new token. */
  public boolean isValid() {
    return status == Status.VALID;
  }
}
