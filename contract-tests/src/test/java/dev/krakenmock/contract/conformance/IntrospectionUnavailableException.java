package dev.krakenmock.contract.conformance;

/** The target does not answer the standard introspection query, so its schema cannot be read. */
public final class IntrospectionUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public IntrospectionUnavailableException(String message) {
    super(message);
  }
}
