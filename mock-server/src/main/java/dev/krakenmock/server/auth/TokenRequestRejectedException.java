package dev.krakenmock.server.auth;

/**
 * {@code obtainKrakenToken} cannot issue a token. The {@link Reason} says why, so that the caller
 * can pick Kraken's error code without reading the message.
 */
public final class TokenRequestRejectedException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** Why no token was issued. */
  public enum Reason {
    /** The input names no credential method. */
    NO_CREDENTIALS,
    /** The input names more than one credential method. */
    SEVERAL_CREDENTIALS,
    /** An email without a password, or the reverse. */
    INCOMPLETE_CREDENTIALS,
    /** The refresh token was not issued by this server (Kraken's KT-CT-1135). */
    UNKNOWN_REFRESH_TOKEN,
    /** The refresh token was issued here but has expired (Kraken's KT-CT-1134). */
    EXPIRED_REFRESH_TOKEN
  }

  private final Reason reason;

  public TokenRequestRejectedException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
