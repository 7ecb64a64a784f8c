package dev.krakenmock.server.config;

import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Immutable settings of one mock server. Build one with {@link #newConfig()}; every setting not
 * given keeps the default shown by the {@code DEFAULT_*} constants.
 *
 * @param host the address to bind to; {@code 0.0.0.0} listens on every interface
 * @param port the TCP port to listen on; {@code 0} lets the system pick a free one
 */
public record MockServerConfig(String host, int port) {

  /** Listens on every interface, so that the server is reachable from outside a container. */
  public static final String DEFAULT_HOST = "0.0.0.0";

  /** The port used by the Docker image and the documentation. */
  public static final int DEFAULT_PORT = 4000;

  private static final int HIGHEST_PORT = 65_535;

  /** Checks the settings; the builder and the canonical constructor both pass through here. */
  public MockServerConfig {
    if (host.isBlank()) {
      throw new IllegalArgumentException("host must not be blank");
    }
    if (port < 0 || port > HIGHEST_PORT) {
      throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
    }
  }

  /** A builder holding the defaults. */
  public static Builder newConfig() {
    return new Builder();
  }

  /** The settings with all defaults. */
  public static MockServerConfig defaults() {
    return newConfig().build();
  }

  /** A copy changed by {@code change}. */
  public MockServerConfig transform(Consumer<Builder> change) {
    Builder builder = new Builder().host(host).port(port);
    change.accept(builder);
    return builder.build();
  }

  /** A copy listening on {@code newPort}. */
  public MockServerConfig withPort(int newPort) {
    return transform(builder -> builder.port(newPort));
  }

  /** Collects settings; the last value given for a setting wins. */
  public static final class Builder {
    private String host = DEFAULT_HOST;
    private int port = DEFAULT_PORT;

    private Builder() {}

    /** The address to bind to. Default {@value MockServerConfig#DEFAULT_HOST}. */
    public Builder host(String value) {
      this.host = value;
      return this;
    }

    /** The TCP port; {@code 0} picks a free one. Default {@value MockServerConfig#DEFAULT_PORT}. */
    public Builder port(int value) {
      this.port = value;
      return this;
    }

    /**
     * Applies the settings found in the environment and the system properties, named in {@link
     * ConfigKeys}. A system property wins over the environment variable of the same setting.
     *
     * @throws IllegalArgumentException when a port is not a whole number
     */
    public Builder fromEnvironment(Map<String, String> environment, Properties properties) {
      String hostValue = lookup(environment, properties, ConfigKeys.HOST_ENV, ConfigKeys.HOST);
      if (hostValue != null) {
        host(hostValue);
      }
      String portValue = lookup(environment, properties, ConfigKeys.PORT_ENV, ConfigKeys.PORT);
      if (portValue != null) {
        port(parsePort(portValue));
      }
      return this;
    }

    /**
     * The immutable settings.
     *
     * @throws IllegalArgumentException when a setting is out of range
     */
    public MockServerConfig build() {
      return new MockServerConfig(host, port);
    }

    private static @Nullable String lookup(
        Map<String, String> environment, Properties properties, String envName, String key) {
      String value = properties.getProperty(key);
      if (value == null || value.isBlank()) {
        value = environment.get(envName);
      }
      return value == null || value.isBlank() ? null : value.trim();
    }

    private static int parsePort(String value) {
      try {
        return Integer.parseInt(value);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "port must be a whole number ("
                + ConfigKeys.PORT
                + " / "
                + ConfigKeys.PORT_ENV
                + "), was '"
                + value
                + "'",
            e);
      }
    }
  }
}
