package dev.krakenmock.server.engine;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A Kraken error to raise on a field or a document: its code, and optionally a message replacing
 * the catalogue's and extra {@code extensions} entries.
 */
record RaisedError(String code, @Nullable String message, Map<String, Object> extensions) {

  RaisedError {
    Objects.requireNonNull(code, "code");
    extensions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extensions));
  }

  static RaisedError of(String code) {
    return new RaisedError(code, null, Map.of());
  }
}
