package dev.krakenmock.server.engine;

/** Pagination arguments a connection cannot honour; answered as a GraphQL error on the field. */
final class InvalidPaginationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  InvalidPaginationException(String message) {
    super(message);
  }
}
