package dev.krakenmock.junit;

/**
 * The mock answered in a way the client cannot use: an error status from the admin API, or a body
 * that is not JSON. The message carries the request, the status and the server's own message.
 */
public final class UnexpectedResponseException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String body;

  UnexpectedResponseException(String message, int status, String body) {
    super(message);
    this.status = status;
    this.body = body;
  }

  UnexpectedResponseException(String message, Throwable cause) {
    super(message, cause);
    this.status = 0;
    this.body = "";
  }

  /** The HTTP status of the answer; 0 when there was none (the server could not be reached). */
  public int status() {
    return status;
  }

  /** The body of the answer, as received. */
  public String body() {
    return body;
  }
}
