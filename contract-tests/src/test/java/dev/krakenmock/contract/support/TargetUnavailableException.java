package dev.krakenmock.contract.support;

/** The target cannot be reached or started: the suite cannot judge anything. */
public final class TargetUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public TargetUnavailableException(String message) {
    super(message);
  }

  public TargetUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
