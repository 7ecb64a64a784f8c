package dev.krakenmock.junit;

import java.util.Objects;

/**
 * One HTTP header to send, for example the test's {@code X-Mock-Session}.
 *
 * @param name the header's name
 * @param value its value
 */
public record HttpHeader(String name, String value) {

  public HttpHeader {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }

  /** {@code Name: value}, as on the wire. */
  @Override
  public String toString() {
    return name + ": " + value;
  }
}
