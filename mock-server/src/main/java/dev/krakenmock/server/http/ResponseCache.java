package dev.krakenmock.server.http;

import dev.krakenmock.server.engine.GraphqlRequest;
import io.javalin.http.HttpStatus;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The bytes of answers the engine calls cacheable, by request: a front end polling the same query,
 * or a test suite re-running, gets them without executing or serialising again. Bounded: when
 * full, it starts over.
 */
final class ResponseCache {

  static final int CAPACITY = 10_000;

  private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

  /** What makes two requests identical for the cache. */
  record Key(ResponseMediaType mediaType, String query, @Nullable String operationName,
      Map<String, @Nullable Object> variables) {

    static Key of(ResponseMediaType mediaType, GraphqlRequest request) {
      return new Key(mediaType, request.query(), request.operationName(), request.variables());
    }
  }

  /** A cached answer. */
  record Entry(HttpStatus status, byte[] body) {
    Entry {
      Objects.requireNonNull(status, "status");
    }
  }

  @Nullable Entry get(Key key) {
    return entries.get(key);
  }

  Entry put(Key key, Entry entry) {
    if (entries.size() >= CAPACITY) {
      entries.clear();
    }
    entries.put(key, entry);
    return entry;
  }
}
