package dev.krakenmock.server.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UpstreamForwarderTest {

  private static final URI UPSTREAM = URI.create("https://kraken.example/v1/graphql/");
  private static final Map<String, String> CLIENT_HEADERS = Map.of(
      "content-type", "application/json", "accept", "application/json",
      "authorization", "JWT client-token", "cookie", "session=1", "x-forwarded-for", "10.0.0.1",
      "x-mock-scenario", "account/KT-CT-4123", "x-mock-client-ip", "127.0.0.1",
      "user-agent", "app/1.0");

  private static Map<String, String> sent(Optional<String> token) {
    return new UpstreamForwarder(UPSTREAM, token)
        .headersFor(UpstreamRequest.post(new byte[0], CLIENT_HEADERS));
  }

  @Test
  void forwardsOnlyTheHeadersThatShapeTheAnswer() {
    assertEquals(Map.of("content-type", "application/json", "accept", "application/json",
        "authorization", "JWT client-token", "x-mock-scenario", "account/KT-CT-4123",
        "user-agent", "app/1.0"), sent(Optional.empty()));
  }

  @Test
  void sendsTheConfiguredTokenInsteadOfTheClients() {
    assertEquals("JWT upstream-token", sent(Optional.of("upstream-token")).get("authorization"));
    assertEquals("JWT upstream-token",
        sent(Optional.of("JWT upstream-token")).get("authorization"));
  }

  @Test
  void showsTheUpstreamWithoutUserInfoOrQuery() {
    assertEquals("https://kraken.example:8443/v1/graphql/", new UpstreamForwarder(
        URI.create("https://user:secret@kraken.example:8443/v1/graphql/?key=abc"),
        Optional.empty()).shownUrl());
  }

  @Test
  void reportsAnUnreachableUpstreamNamingIt() {
    UpstreamResponse answer = UpstreamResponse.badGateway(
        "The upstream " + UPSTREAM + " refused the connection.");
    assertEquals(502, answer.status());
    assertEquals("{\"errors\":[{\"message\":\"The upstream https://kraken.example/v1/graphql/"
        + " refused the connection.\",\"extensions\":{\"errorType\":\"UPSTREAM\"}}]}",
        new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8));
  }
}
