package dev.krakenmock.schema.contract;

import java.util.Objects;
import java.util.regex.Pattern;

/** A possible error of an operation, as the reference lists it: {@code KT-CT-4177: Unauthorized.} */
public record ErrorSpec(String code, String message) {
  private static final Pattern CODE = Pattern.compile("KT-[A-Z]{2}-\\d+");

  public ErrorSpec {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("Not a Kraken error code: " + code);
    }
  }
}
