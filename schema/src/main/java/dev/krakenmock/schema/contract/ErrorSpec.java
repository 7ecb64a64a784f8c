package dev.krakenmock.schema.contract;

import java.util.Objects;

/** A possible error of an operation, as the reference lists it: {@code KT-CT-4177: Unauthorized.} */
public record ErrorSpec(String code, String message) {
  public ErrorSpec {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    if (!code.matches("KT-[A-Z]{2}-\\d+")) {
      throw new IllegalArgumentException("Not a Kraken error code: " + code);
    }
  }
}
