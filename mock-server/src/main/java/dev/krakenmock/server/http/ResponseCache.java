package dev.krakenmock.server.http;

import dev.krakenmock.server.engine.GraphqlRequest;
import dev.krakenmock.server.journal.AnswerSummary;
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

  /**
   * The most bytes of answers and query texts kept. Bounded in bytes, not only entries: under a
   * load of ever-different requests, entries are never read again, and holding thousands of
   * them grows the heap and the collector's pauses.
   */
  static final long MAX_BYTES = 8L * 1024 * 1024;

  private final java.util.concurrent.atomic.AtomicLong bytes =
      new java.util.concurrent.atomic.AtomicLong();

  private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

  /** The headers an answer can depend on; other headers do not split the cache. */
  static final java.util.Set<String> RELEVANT_HEADERS = java.util.Set.of("authorization",
      "x-mock-session", "x-mock-scenario", "x-mock-error", "x-mock-permissions",
      "x-possible-errors", "x-kraken-possible-errors", "x-mock-client-ip", "x-forwarded-for");

  /** What makes two requests identical for the cache, state version included. */
  record Key(ResponseMediaType mediaType, String query, @Nullable String operationName,
      Map<String, @Nullable Object> variables, Map<String, String> headers, long stateVersion) {

    static Key of(ResponseMediaType mediaType, GraphqlRequest request, long stateVersion) {
      Map<String, String> relevant = new java.util.TreeMap<>();
      request.headers().forEach((name, value) -> {
        if (RELEVANT_HEADERS.contains(name)) {
          relevant.put(name, value);
        }
      });
      return new Key(mediaType, request.query(), request.operationName(), request.variables(),
          relevant, stateVersion);
    }
  }

  /**
   * A cached answer, good until {@code validUntil}, with what the journal keeps of it (its error
   * codes among others), so that a hit is journaled without reading the bytes.
   */
  record Entry(HttpStatus status, byte[] body, java.time.Instant validUntil,
      AnswerSummary summary) {
    Entry {
      Objects.requireNonNull(status, "status");
    }

    Entry(HttpStatus status, byte[] body, java.time.Instant validUntil) {
      this(status, body, validUntil, AnswerSummary.NONE);
    }
  }

  /** The bytes the cache holds now, roughly. */
  long heldBytes() {
    return bytes.get();
  }

  @Nullable Entry get(Key key, java.time.Instant now) {
    Entry entry = entries.get(key);
    if (entry == null || !now.isBefore(entry.validUntil())) {
      return null;
    }
    return entry;
  }

  Entry put(Key key, Entry entry) {
    long size = entry.body().length + 2L * key.query().length();
    if (entries.size() >= CAPACITY || bytes.get() + size > MAX_BYTES) {
      entries.clear();
      bytes.set(0);
    }
    if (entries.put(key, entry) == null) {
      bytes.addAndGet(size);
    }
    return entry;
  }
}
