package dev.krakenmock.server.engine;

/** Pagination arguments a connection cannot honour; answered as a GraphQL error on the field. */
final class InvalidPaginationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String argument;

  InvalidPaginationException(String argument, String message) {
    super(message);
    this.argument = argument;
  }

  /** The argument at fault: {@code first}, {@code last}, {@code after} or {@code before}. */
  String argument() {
    return argument;
  }
}
