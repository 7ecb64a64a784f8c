package dev.krakenmock.server.http;

import dev.krakenmock.server.config.MockServerConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Consumer;

/** A {@link JavalinHost} listening on a free local port, with an HTTP client to call it. */
final class RunningHost implements AutoCloseable {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final JavalinHost host;
  private final HttpClient client;

  private RunningHost(JavalinHost host) {
    this.host = host;
    this.client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  }

  static RunningHost start(GraphqlExecutor executor) {
    return start(executor, settings -> {});
  }

  static RunningHost start(GraphqlExecutor executor, Consumer<MockServerConfig.Builder> settings) {
    MockServerConfig config =
        MockServerConfig.newConfig().host("127.0.0.1").port(0).build().transform(settings);
    JavalinHost host = JavalinHost.create(config, executor);
    host.start();
    return new RunningHost(host);
  }

  HttpRequest.Builder request(String pathAndQuery) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + host.port() + pathAndQuery))
        .timeout(TIMEOUT);
  }

  /** A JSON {@code POST} as GraphQL clients send it. */
  HttpRequest.Builder post(String path, String json) {
    return request(path)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
  }

  HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Override
  public void close() {
    host.stop();
  }
}
