package dev.krakenmock.server.http;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krakenmock.server.engine.GraphqlRequest;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResponseCacheTest {

  private static ResponseCache.Key key(int n) {
    return ResponseCache.Key.of(ResponseMediaType.JSON,
        new GraphqlRequest("{ account(accountNumber: \"" + n + "\") { number } }", null,
            Map.of()), 0);
  }

  @Test
  void keepsItsBytesUnderTheLimitUnderEverDifferentRequests() {
    ResponseCache cache = new ResponseCache();
    byte[] answer = new byte[6_000];
    for (int i = 0; i < 5_000; i++) {
      cache.put(key(i), new ResponseCache.Entry(HttpStatus.OK, answer, Instant.MAX));
      assertTrue(cache.heldBytes() <= ResponseCache.MAX_BYTES, "held " + cache.heldBytes());
    }
    assertNotNull(cache.get(key(4_999), Instant.now()));
    assertNull(cache.get(key(0), Instant.now()));
  }

  @Test
  void forgetsAnAnswerOnceItsTokenExpired() {
    ResponseCache cache = new ResponseCache();
    Instant expiry = Instant.parse("2026-11-28T10:00:00Z");
    cache.put(key(1), new ResponseCache.Entry(HttpStatus.OK, new byte[1], expiry));
    assertNotNull(cache.get(key(1), expiry.minusSeconds(1)));
    assertNull(cache.get(key(1), expiry));
  }
}
