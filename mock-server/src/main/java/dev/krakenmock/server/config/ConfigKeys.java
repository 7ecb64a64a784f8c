package dev.krakenmock.server.config;

/**
 * Every setting that can be given outside code, as a system property and as an environment
 * variable. A system property wins over the environment variable; a command-line flag wins over
 * both.
 */
public final class ConfigKeys {

  /** System property with the address to bind to, for example {@code 127.0.0.1}. */
  public static final String HOST = "kraken.mock.host";

  /** Environment variable with the address to bind to. */
  public static final String HOST_ENV = "KRAKEN_MOCK_HOST";

  /** System property with the TCP port to listen on; {@code 0} picks a free port. */
  public static final String PORT = "kraken.mock.port";

  /** Environment variable with the TCP port to listen on. */
  public static final String PORT_ENV = "KRAKEN_MOCK_PORT";

  private ConfigKeys() {}
}
