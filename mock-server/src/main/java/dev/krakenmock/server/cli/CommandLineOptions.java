package dev.krakenmock.server.cli;

import dev.krakenmock.server.config.ConfigKeys;
import dev.krakenmock.server.config.MockServerConfig;
import java.util.Map;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The flags of {@code kraken-mock}; a flag wins over system properties and the environment. */
final class CommandLineOptions {

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      description =
          "Address to bind to. Falls back to $"
              + ConfigKeys.HOST_ENV
              + ", then "
              + MockServerConfig.DEFAULT_HOST
              + ".")
  @Nullable String host;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      description =
          "TCP port to listen on; 0 picks a free one. Falls back to $"
              + ConfigKeys.PORT_ENV
              + ", then "
              + MockServerConfig.DEFAULT_PORT
              + ".")
  @Nullable Integer port;

  /**
   * The configuration these flags ask for.
   *
   * @throws IllegalArgumentException when a value, from a flag or the environment, is invalid
   */
  MockServerConfig toConfig(Map<String, String> environment, Properties properties) {
    MockServerConfig.Builder builder =
        MockServerConfig.newConfig().fromEnvironment(environment, properties);
    if (host != null) {
      builder.host(host);
    }
    if (port != null) {
      builder.port(port);
    }
    return builder.build();
  }
}
