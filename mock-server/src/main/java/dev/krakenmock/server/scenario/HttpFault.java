package dev.krakenmock.server.scenario;

import java.time.Duration;
import java.util.Optional;

/**
 * A failure below GraphQL, carried out by the HTTP layer.
 *
 * @param kind what goes wrong
 * @param status the HTTP status, for {@link Kind#STATUS} (429, 500, 502, 503) and the others
 *     that send headers before failing
 * @param retryAfter a {@code Retry-After} to send, if any
 */
public record HttpFault(Kind kind, int status, Optional<Duration> retryAfter) {

  /** The faults the HTTP layer knows how to produce. */
  public enum Kind {
    /** An HTTP status with a short JSON error body. */
    STATUS,
    /** The status with an empty body. */
    EMPTY_BODY,
    /** The status with a body that is not JSON. */
    MALFORMED_BODY,
    /** The connection closed in the middle of the response. */
    CONNECTION_CLOSED
  }

  public HttpFault {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("Not an HTTP status: " + status);
    }
  }
}
