package dev.krakenmock.server.scenario;

import java.util.Objects;

/**
 * Why a scenario file, or a scenario sent to the admin API, was rejected: where, and what is wrong.
 *
 * @param source the file name, or {@link Scenario#ADMIN_SOURCE}
 * @param line the line of the offending value, from 1; 0 when it is not known
 * @param column its column, from 1; 0 when it is not known
 * @param message the problem, naming the offending value's JSON pointer where there is one
 */
public record LoadProblem(String source, int line, int column, String message) {

  public LoadProblem {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(message, "message");
  }

  /** {@code source:line:column: message}, as compilers write it. */
  @Override
  public String toString() {
    if (line <= 0) {
      return source + ": " + message;
    }
    return source + ":" + line + ":" + column + ": " + message;
  }
}
