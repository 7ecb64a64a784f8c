package dev.krakenmock.contract.conformance;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.krakenmock.contract.support.ContractTarget;
import dev.krakenmock.contract.support.SuiteSetting;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A deliberately broken stand-in for the Kraken API, on the JDK's HTTP server: it answers every
 * GraphQL request with whatever the test computes, so that a test can break one thing and check
 * that the suite reports it.
 */
final class BrokenKrakenServer implements AutoCloseable {

  private final HttpServer server;

  private BrokenKrakenServer(HttpServer server) {
    this.server = server;
  }

  /** A request as the server received it. */
  record Request(JsonNode body, String scenario) {

    boolean isIntrospection() {
      return body.path("query").asString("").contains("__schema");
    }
  }

  /** What the server sends back. */
  record Answer(int status, String body) {

    static Answer ok(String body) {
      return new Answer(200, body);
    }
  }

  static BrokenKrakenServer answering(Function<Request, Answer> answers) {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext("/v1/graphql/", exchange -> answer(exchange, answers));
      server.start();
      return new BrokenKrakenServer(server);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The suite's target for this server, as {@code -Dkraken.url} would name it. */
  ContractTarget target() {
    Properties properties = new Properties();
    properties.setProperty(
        SuiteSetting.URL.property(),
        "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/graphql/");
    return ContractTarget.resolve(Map.of(), properties);
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private static void answer(HttpExchange exchange, Function<Request, Answer> answers)
      throws IOException {
    try (exchange) {
      String received =
          new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      String scenario = exchange.getRequestHeaders().getFirst(ContractChecks.SCENARIO_HEADER);
      Answer answer =
          answers.apply(
              new Request(
                  JsonMapper.shared().readTree(received), scenario == null ? "" : scenario));
      byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(answer.status(), body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
