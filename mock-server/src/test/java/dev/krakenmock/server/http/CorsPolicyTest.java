package dev.krakenmock.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CorsPolicyTest {

  private static final String ECHO = "{\"query\":\"{ echo }\"}";
  private static final String APP = "http://localhost:3000";
  private static final String OTHER = "https://evil.example";

  @Test
  void allowsAnyOriginByDefault() throws Exception {
    try (RunningHost host = RunningHost.start(StandInEngine::execute)) {
      HttpResponse<String> response =
          host.send(host.post("/v1/graphql/", ECHO).header("Origin", OTHER));

      assertEquals(Optional.of("*"), allowedOrigin(response));
      assertFalse(vary(response).contains("Origin"), "the answer does not depend on the origin");
    }
  }

  @Test
  void echoesAListedOriginAndSaysTheResponseVariesWithIt() throws Exception {
    try (RunningHost host = listing(APP)) {
      HttpResponse<String> response =
          host.send(host.post("/v1/graphql/", ECHO).header("Origin", APP));

      assertEquals(Optional.of(APP), allowedOrigin(response));
      assertTrue(vary(response).contains("Origin"), vary(response).toString());
      assertTrue(vary(response).contains("Accept"), vary(response).toString());
    }
  }

  @Test
  void allowsNoOriginThatIsNotListed() throws Exception {
    try (RunningHost host = listing(APP)) {
      HttpResponse<String> response =
          host.send(host.post("/v1/graphql/", ECHO).header("Origin", OTHER));

      assertEquals(200, response.statusCode());
      assertEquals(Optional.empty(), allowedOrigin(response));
      assertTrue(vary(response).contains("Origin"));
    }
  }

  @Test
  void sendsNoCorsHeaderWhenCorsIsOff() throws Exception {
    try (RunningHost host =
        RunningHost.start(StandInEngine::execute, c -> c.corsOrigins(List.of()))) {
      HttpResponse<String> response =
          host.send(host.post("/v1/graphql/", ECHO).header("Origin", APP));
      HttpResponse<String> preflight = host.send(preflight(host, APP, "content-type"));

      assertEquals(200, response.statusCode());
      assertTrue(corsHeaders(response).isEmpty(), corsHeaders(response).toString());
      assertEquals(204, preflight.statusCode());
      assertTrue(corsHeaders(preflight).isEmpty(), corsHeaders(preflight).toString());
    }
  }

  @Test
  void answersAPreflightWithTheMethodsAndTheHeadersTheMockReads() throws Exception {
    try (RunningHost host = RunningHost.start(StandInEngine::execute)) {
      HttpResponse<String> response =
          host.send(preflight(host, APP, "content-type, authorization, x-mock-scenario"));

      assertEquals(204, response.statusCode());
      assertEquals(Optional.of("*"), allowedOrigin(response));
      assertEquals("GET, HEAD, POST, OPTIONS", header(response, "Access-Control-Allow-Methods"));
      assertEquals(
          "Content-Type, Authorization, X-Mock-Scenario, X-Mock-Error, X-Mock-Session,"
              + " X-Possible-Errors, X-Kraken-Possible-Errors",
          header(response, "Access-Control-Allow-Headers"));
      assertEquals("600", header(response, "Access-Control-Max-Age"));
    }
  }

  @Test
  void allowsAnyOtherHeaderThePreflightAsksFor() throws Exception {
    try (RunningHost host = RunningHost.start(StandInEngine::execute)) {
      HttpResponse<String> response =
          host.send(preflight(host, APP, "Content-Type, apollographql-client-name, bad header"));

      assertTrue(
          header(response, "Access-Control-Allow-Headers")
              .endsWith("X-Kraken-Possible-Errors, apollographql-client-name"),
          header(response, "Access-Control-Allow-Headers"));
      assertTrue(vary(response).contains("Access-Control-Request-Headers"));
    }
  }

  @Test
  void answersAPreflightFromAListedOriginWithThatOrigin() throws Exception {
    try (RunningHost host = listing(APP, "http://127.0.0.1:5173")) {
      HttpResponse<String> response =
          host.send(preflight(host, "http://127.0.0.1:5173", "content-type"));

      assertEquals(204, response.statusCode());
      assertEquals(Optional.of("http://127.0.0.1:5173"), allowedOrigin(response));
      assertEquals("GET, HEAD, POST, OPTIONS", header(response, "Access-Control-Allow-Methods"));
    }
  }

  @Test
  void answersAPreflightFromAnUnlistedOriginWithoutPermission() throws Exception {
    try (RunningHost host = listing(APP)) {
      HttpResponse<String> response = host.send(preflight(host, OTHER, "content-type"));

      assertEquals(204, response.statusCode());
      assertTrue(corsHeaders(response).isEmpty(), corsHeaders(response).toString());
    }
  }

  @Test
  void letsBrowsersReadErrorResponses() throws Exception {
    try (RunningHost host = listing(APP)) {
      HttpResponse<String> notFound =
          host.send(host.request("/nowhere").header("Origin", APP).GET());
      HttpResponse<String> badRequest =
          host.send(host.post("/v1/graphql/", "NONSENSE").header("Origin", APP));

      assertEquals(404, notFound.statusCode());
      assertEquals(Optional.of(APP), allowedOrigin(notFound));
      assertEquals(400, badRequest.statusCode());
      assertEquals(Optional.of(APP), allowedOrigin(badRequest));
    }
  }

  @Test
  void allowsPrivateNetworkAccessWhenChromiumAsks() throws Exception {
    try (RunningHost host = RunningHost.start(StandInEngine::execute)) {
      HttpResponse<String> response =
          host.send(
              preflight(host, OTHER, "content-type")
                  .header("Access-Control-Request-Private-Network", "true"));

      assertEquals("true", header(response, "Access-Control-Allow-Private-Network"));
    }
  }

  private static RunningHost listing(String... origins) {
    return RunningHost.start(StandInEngine::execute, c -> c.corsOrigins(List.of(origins)));
  }

  private static HttpRequest.Builder preflight(RunningHost host, String origin, String headers) {
    return host.request("/v1/graphql/")
        .header("Origin", origin)
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", headers)
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody());
  }

  private static Optional<String> allowedOrigin(HttpResponse<String> response) {
    return response.headers().firstValue("Access-Control-Allow-Origin");
  }

  private static String header(HttpResponse<String> response, String name) {
    return response.headers().firstValue(name).orElse("");
  }

  private static List<String> vary(HttpResponse<String> response) {
    return List.of(header(response, "Vary").split(",\\s*"));
  }

  private static List<String> corsHeaders(HttpResponse<String> response) {
    return response.headers().map().keySet().stream()
        .filter(name -> name.toLowerCase(java.util.Locale.ROOT).startsWith("access-control-"))
        .toList();
  }
}
