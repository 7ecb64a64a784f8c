package dev.krakenmock.server;

import dev.krakenmock.server.config.MockServerConfig;
import dev.krakenmock.server.engine.GraphqlEngine;
import dev.krakenmock.server.fixture.InMemoryFixtureStore;
import dev.krakenmock.server.engine.SchemaSource;
import dev.krakenmock.server.http.AdminRoutes;
import dev.krakenmock.server.http.JavalinHost;
import dev.krakenmock.server.journal.InMemoryRequestJournal;
import dev.krakenmock.server.scenario.InMemoryScenarioRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * An in-memory mock of the Kraken GraphQL API. Create one with {@link #create}, then {@link
 * #start()} it; {@link #stop()} (or {@code close()}) frees the port.
 *
 * <pre>{@code
 * try (MockServer server = MockServer.create(MockServerConfig.newConfig().port(0).build())) {
 *   server.start();
 *   URI endpoint = URI.create(server.graphqlUrl());
 * }
 * }</pre>
 *
 * <p>Every field is answered with generated data, identical for the same request, seed and
 * schema; see {@link dev.krakenmock.server.config.MockServerConfig} for the settings.
 */
public final class MockServer implements AutoCloseable {

  /** Where the GraphQL endpoint lives, as on the real Kraken API. */
  public static final String GRAPHQL_PATH = JavalinHost.GRAPHQL_PATH;

  /**
   * The folder of scenario files, relative to the working directory, read when it exists and
   * reloaded while the server runs.
   */
  public static final Path DEFAULT_SCENARIO_FOLDER = Path.of("scenarios");

  private static final String ANY_ADDRESS_IPV4 = "0.0.0.0";
  private static final String ANY_ADDRESS_IPV6 = "::";

  private final MockServerConfig config;
  private final JavalinHost host;
  private final InMemoryScenarioRegistry scenarios;
  private final InMemoryFixtureStore fixtures;
  private final CompletableFuture<GraphqlEngine> engine;
  private final IdleMemory idleMemory = new IdleMemory();
  private boolean started;

  private MockServer(MockServerConfig config, JavalinHost host,
      InMemoryScenarioRegistry scenarios, InMemoryFixtureStore fixtures,
      CompletableFuture<GraphqlEngine> engine) {
    this.config = config;
    this.host = host;
    this.scenarios = scenarios;
    this.fixtures = fixtures;
    this.engine = engine;
  }

  /**
   * A stopped server for {@code config}. Starts building the GraphQL schema now; {@link #start()}
   * waits for it, so a broken schema fails at start-up rather than on the first request.
   */
  public static MockServer create(MockServerConfig config) {
    Optional<Path> folder = config.scenarioFolder();
    if (folder.isPresent() && !Files.isDirectory(folder.get())) {
      throw new IllegalArgumentException("Scenario folder '" + folder.get()
          + "' does not exist or is not a folder.");
    }
    return create(config,
        folder.or(() -> Optional.of(DEFAULT_SCENARIO_FOLDER).filter(Files::isDirectory)));
  }

  /** A stopped server whose scenario files, if any, are those of {@code scenarioFolder}. */
  static MockServer create(MockServerConfig config, Optional<Path> scenarioFolder) {
    Optional<Path> fixtureFolder = config.fixtureFolder();
    if (fixtureFolder.isPresent() && !Files.isDirectory(fixtureFolder.get())) {
      throw new IllegalArgumentException("Fixture folder '" + fixtureFolder.get()
          + "' does not exist or is not a folder.");
    }
    InMemoryFixtureStore fixtures = InMemoryFixtureStore.create(config.demoData(), fixtureFolder);
    SchemaSource source = config.schemaFile().map(SchemaSource::fromFile)
        .orElseGet(SchemaSource::generated);
    // The engine (schema, data generator) builds while the scenarios are read and the web server
    // starts: on two cores, start-up then takes the longer of the two rather than their sum. It
    // asks for the scenarios once its schema is built.
    CompletableFuture<InMemoryScenarioRegistry> registry = new CompletableFuture<>();
    CompletableFuture<GraphqlEngine> engine = new CompletableFuture<>();
    Thread builder = new Thread(() -> {
      try {
        engine.complete(GraphqlEngine.create(config, source.sdl(), () -> joined(registry))
            .useFixtures(fixtures));
      } catch (RuntimeException | Error e) {
        engine.completeExceptionally(e);
      }
    }, "kraken-mock-engine");
    builder.setDaemon(true);
    builder.start();
    InMemoryScenarioRegistry scenarios;
    try {
      scenarios = InMemoryScenarioRegistry.create(scenarioFolder);
    } catch (RuntimeException | Error e) {
      registry.completeExceptionally(e);
      throw e;
    }
    registry.complete(scenarios);
    JavalinHost host = JavalinHost.create(config, () -> joined(engine),
        AdminRoutes.forStore(scenarios).withJournal(InMemoryRequestJournal.ofSize(
            config.journalSize()), scenarios).withFixtures(fixtures));
    return new MockServer(config, host, scenarios, fixtures, engine);
  }

  /** The built value; a failure to build it is thrown as it was, not wrapped. */
  private static <T> T joined(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error cause) {
        throw cause;
      }
      throw e;
    }
  }

  /**
   * Binds the configured host and port and starts answering requests, once the engine is built.
   *
   * @throws RuntimeException when the schema cannot be built; the port is freed again
   */
  public MockServer start() {
    host.start();
    // The web server is up before the engine: meanwhile, read the built-in fixtures.
    fixtures.preload();
    try {
      joined(engine);
    } catch (RuntimeException | Error e) {
      host.stop();
      throw e;
    }
    scenarios.watch();
    fixtures.watch();
    idleMemory.watch(host::requestCount);
    started = true;
    return this;
  }

  /** Stops answering requests and frees the port. Does nothing if the server is not running. */
  public void stop() {
    if (!started) {
      return;
    }
    host.stop();
    scenarios.close();
    fixtures.close();
    idleMemory.close();
    started = false;
  }

  /** Same as {@link #stop()}. */
  @Override
  public void close() {
    stop();
  }

  /**
   * The port the server listens on, which is the system's choice when the configured port was
   * {@code 0}.
   *
   * @throws IllegalStateException if the server is not running
   */
  public int port() {
    if (!started) {
      throw new IllegalStateException("The mock server is not running; call start() first.");
    }
    return host.port();
  }

  /**
   * The server's root URL without a trailing slash, for example {@code http://localhost:4000}. A
   * wildcard bind address is shown as {@code localhost}.
   *
   * @throws IllegalStateException if the server is not running
   */
  public String baseUrl() {
    String hostName = config.host();
    if (ANY_ADDRESS_IPV4.equals(hostName) || ANY_ADDRESS_IPV6.equals(hostName)) {
      hostName = "localhost";
    } else if (hostName.indexOf(':') >= 0) {
      hostName = "[" + hostName + "]";
    }
    return "http://" + hostName + ":" + port();
  }

  /**
   * The URL of the GraphQL endpoint, {@link #baseUrl()} followed by {@value #GRAPHQL_PATH}.
   *
   * @throws IllegalStateException if the server is not running
   */
  public String graphqlUrl() {
    return baseUrl() + GRAPHQL_PATH;
  }
}
