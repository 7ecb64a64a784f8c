package dev.krakenmock.contract.support;

import dev.krakenmock.server.MockServer;
import dev.krakenmock.server.config.MockServerConfig;

/**
 * Starts the mock in this JVM on a free loopback port. It is the suite's only link to the mock's
 * classes; everything else sees a URL.
 */
final class LocalServerLauncher implements AutoCloseable {

  private static final String LOOPBACK = "127.0.0.1";
  private static final int ANY_FREE_PORT = 0;

  private final MockServer server;

  private LocalServerLauncher(MockServer server) {
    this.server = server;
  }

  static LocalServerLauncher start() {
    MockServerConfig config =
        MockServerConfig.newConfig().host(LOOPBACK).port(ANY_FREE_PORT).build();
    return new LocalServerLauncher(MockServer.create(config).start());
  }

  String graphqlUrl() {
    return server.graphqlUrl();
  }

  @Override
  public void close() {
    server.stop();
  }
}
