package dev.krakenmock.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krakenmock.server.engine.EngineResponse;
import dev.krakenmock.server.engine.GraphqlRequest;
import dev.krakenmock.server.scenario.HttpFault;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The HTTP faults scenarios ask for, carried out over real HTTP; the server keeps serving. */
class JavalinFaultInjectorTest {

  /** Answers with the fault a query names, e.g. {@code { STATUS_503 }}; data otherwise. */
  private static final class FaultyEngine implements GraphqlExecutor {
    final AtomicInteger executions = new AtomicInteger();

    @Override
    public Map<String, Object> execute(GraphqlRequest request) {
      return respond(request).body();
    }

    @Override
    public EngineResponse respond(GraphqlRequest request) {
      executions.incrementAndGet();
      for (HttpFault.Kind kind : HttpFault.Kind.values()) {
        if (request.query().contains(kind.name())) {
          int status = request.query().contains("429") ? 429 : 503;
          return new EngineResponse(Map.of(), Optional.of(new HttpFault(kind, status,
              Optional.of(Duration.ofSeconds(30)))), Optional.empty());
        }
      }
      return new EngineResponse(Map.of("data", Map.of("ok", true,
          "auth", String.valueOf(request.header("authorization")))), Optional.empty(),
          Optional.of(Instant.MAX));
    }
  }

  private static String body(String query) {
    return "{\"query\": \"" + query + "\"}";
  }

  @Test
  void answersAScriptedStatusWithRetryAfterAndAJsonBody() throws Exception {
    try (RunningHost host = RunningHost.start(new FaultyEngine())) {
      HttpResponse<String> response = host.send(host.post("/v1/graphql/", body("{ STATUS 429 }")));
      assertEquals(429, response.statusCode());
      assertEquals("30", response.headers().firstValue("Retry-After").orElseThrow());
      assertTrue(response.body().contains("\"errors\""), response.body());
    }
  }

  @Test
  void answersAnEmptyOrAMalformedBody() throws Exception {
    try (RunningHost host = RunningHost.start(new FaultyEngine())) {
      HttpResponse<String> empty = host.send(host.post("/v1/graphql/", body("{ EMPTY_BODY }")));
      assertEquals(503, empty.statusCode());
      assertEquals("", empty.body());
      HttpResponse<String> malformed =
          host.send(host.post("/v1/graphql/", body("{ MALFORMED_BODY }")));
      assertEquals(JavalinFaultInjector.MALFORMED_BODY, malformed.body());
    }
  }

  @Test
  void closesTheConnectionHalfWayAndKeepsServing() throws Exception {
    try (RunningHost host = RunningHost.start(new FaultyEngine())) {
      assertThrows(IOException.class,
          () -> host.send(host.post("/v1/graphql/", body("{ CONNECTION_CLOSED }"))));
      HttpResponse<String> next = host.send(host.post("/v1/graphql/", body("{ ok }")));
      assertEquals(200, next.statusCode());
    }
  }

  @Test
  void answersIdenticalRequestsFromTheCacheButNotAcrossTokens() throws Exception {
    FaultyEngine engine = new FaultyEngine();
    try (RunningHost host = RunningHost.start(engine)) {
      for (int i = 0; i < 3; i++) {
        host.send(host.post("/v1/graphql/", body("{ ok }")).header("Authorization", "a"));
      }
      assertEquals(1, engine.executions.get());
      HttpResponse<String> other = host.send(host.post("/v1/graphql/", body("{ ok }"))
          .header("Authorization", "b"));
      assertEquals(2, engine.executions.get());
      assertTrue(other.body().contains("\"auth\":\"b\""), other.body());
      host.send(host.post("/v1/graphql/", body("{ ok }")).header("User-Agent", "x")
          .header("Authorization", "a"));
      assertEquals(2, engine.executions.get());
    }
  }
}
