package dev.krakenmock.schema.reference;

/** The reference does not read as expected; the message names the operation and line. */
public final class ReferenceFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ReferenceFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
