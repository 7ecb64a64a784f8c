package dev.krakenmock.server.journal;

/** A journal filter with an unknown parameter or a value of the wrong kind. */
public final class InvalidJournalFilterException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public InvalidJournalFilterException(String message) {
    super(message);
  }
}
