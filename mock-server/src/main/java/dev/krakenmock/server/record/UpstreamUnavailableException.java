package dev.krakenmock.server.record;

/** The upstream instance could not be reached, or did not answer in time. */
public final class UpstreamUnavailableException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  UpstreamUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
