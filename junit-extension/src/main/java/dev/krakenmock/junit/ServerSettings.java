package dev.krakenmock.junit;

import dev.krakenmock.server.config.MockServerConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What one test class asks of its server, from {@link KrakenMock} or {@link
 * KrakenMockExtension.Builder}, and the checks that turn a wrong value into a message naming it.
 */
record ServerSettings(
    long seed,
    Optional<Path> fixtures,
    Optional<Path> scenarios,
    boolean auth,
    boolean strict,
    boolean demoData,
    Optional<Path> schema,
    Consumer<MockServerConfig.Builder> customization) {

  /** The loopback address: tests reach the server, nothing else on the network does. */
  static final String HOST = "127.0.0.1";

  static ServerSettings defaults() {
    return new ServerSettings(MockServerConfig.DEFAULT_SEED, Optional.empty(), Optional.empty(),
        true, false, true, Optional.empty(), builder -> { });
  }

  static ServerSettings of(KrakenMock annotation) {
    return new ServerSettings(annotation.seed(), path(annotation.fixtures()),
        path(annotation.scenarios()), annotation.auth(), annotation.strict(),
        annotation.demoData(), path(annotation.schema()), builder -> { });
  }

  private static Optional<Path> path(String value) {
    return value.isBlank() ? Optional.empty() : Optional.of(Path.of(value.strip()));
  }

  /**
   * The server configuration: loopback, a free port, and these settings.
   *
   * @throws IllegalArgumentException naming the setting when a folder or file does not exist
   */
  MockServerConfig toConfig() {
    fixtures.ifPresent(folder -> requireFolder("fixtures", folder));
    scenarios.ifPresent(folder -> requireFolder("scenarios", folder));
    schema.ifPresent(ServerSettings::requireFile);
    MockServerConfig.Builder builder = MockServerConfig.newConfig()
        .host(HOST)
        .port(0)
        .seed(seed)
        .auth(auth)
        .strict(strict)
        .scenarioFolder(scenarios.orElse(null))
        .schemaFile(schema.orElse(null))
        .fixtureFolder(fixtures.orElse(null))
        .demoData(demoData);
    customization.accept(builder);
    return builder.build();
  }

  private static void requireFolder(String name, Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException(name + " = '" + folder + "': no such folder (resolved as '"
          + folder.toAbsolutePath().normalize() + "')");
    }
  }

  private static void requireFile(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("schema = '" + file + "': no such file (resolved as '"
          + file.toAbsolutePath().normalize() + "')");
    }
  }
}
