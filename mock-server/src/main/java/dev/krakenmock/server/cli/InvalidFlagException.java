package dev.krakenmock.server.cli;

/** A flag's value parses but is not acceptable, such as a port above 65535. */
final class InvalidFlagException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  InvalidFlagException(String flag, String problem) {
    super("Invalid value for option '" + flag + "': " + problem);
  }
}
