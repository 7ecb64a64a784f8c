package dev.krakenmock.server.scenario;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A field to fail with a Kraken error code.
 *
 * @param path the field's response path, dot-separated response keys (aliases where the query
 *     has them), optionally with list indices: {@code account}, {@code account.bills}, {@code
 *     viewer.accounts[0].balance}; a path without index matches every element
 * @param code the error code, e.g. {@code KT-CT-4178}
 * @param message a message replacing the catalogue's, if any
 * @param extensions extra {@code extensions} entries (e.g. {@code validationErrors})
 */
public record FieldFailure(String path, String code, @Nullable String message,
    Map<String, Object> extensions) {

  public FieldFailure {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(code, "code");
    extensions = Map.copyOf(extensions);
  }

  public static FieldFailure of(String path, String code) {
    return new FieldFailure(path, code, null, Map.of());
  }
}
