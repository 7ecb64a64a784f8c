package dev.krakenmock.contract.support;

import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * The GraphQL endpoint under test. With {@code -Dkraken.url=...} or {@code KRAKEN_URL} the suite
 * judges that endpoint, sending {@code kraken.token} / {@code KRAKEN_TOKEN} as the {@code
 * Authorization} header when given; without a URL it starts the mock in-process.
 */
public final class ContractTarget implements AutoCloseable {

  /** System property with the GraphQL endpoint URL to test. */
  public static final String URL = "kraken.url";

  /** Environment variable with the GraphQL endpoint URL to test. */
  public static final String URL_ENV = "KRAKEN_URL";

  /** System property with the value of the {@code Authorization} header. */
  public static final String TOKEN = "kraken.token";

  /** Environment variable with the value of the {@code Authorization} header. */
  public static final String TOKEN_ENV = "KRAKEN_TOKEN";

  private final String graphqlUrl;
  private final @Nullable String token;
  private final @Nullable LocalServerLauncher localServer;

  private ContractTarget(
      String graphqlUrl, @Nullable String token, @Nullable LocalServerLauncher localServer) {
    this.graphqlUrl = graphqlUrl;
    this.token = token;
    this.localServer = localServer;
  }

  /** The target named by system properties or the environment, or a freshly started mock. */
  public static ContractTarget resolve(Map<String, String> environment, Properties properties) {
    String url = lookup(environment, properties, URL_ENV, URL);
    String token = lookup(environment, properties, TOKEN_ENV, TOKEN);
    if (url != null) {
      return new ContractTarget(url, token, null);
    }
    LocalServerLauncher launcher = LocalServerLauncher.start();
    return new ContractTarget(launcher.graphqlUrl(), token, launcher);
  }

  /** The URL that GraphQL requests are posted to. */
  public String graphqlUrl() {
    return graphqlUrl;
  }

  /** Whether the target is the mock started by this suite. */
  public boolean isLocalMock() {
    return localServer != null;
  }

  /** The token sent as {@code Authorization}, if any. */
  public Optional<String> token() {
    return Optional.ofNullable(token);
  }

  /** A REST Assured request aimed at the GraphQL endpoint, with JSON and authorization set. */
  public RequestSpecification graphqlRequest() {
    RequestSpecBuilder spec =
        new RequestSpecBuilder()
            .setBaseUri(graphqlUrl)
            .setContentType(ContentType.JSON)
            .setAccept(ContentType.JSON);
    if (token != null) {
      spec.addHeader("Authorization", token);
    }
    return spec.build();
  }

  /** Stops the mock if this target started one. */
  @Override
  public void close() {
    if (localServer != null) {
      localServer.close();
    }
  }

  @Override
  public String toString() {
    return (isLocalMock() ? "local mock at " : "") + graphqlUrl;
  }

  private static @Nullable String lookup(
      Map<String, String> environment, Properties properties, String envName, String key) {
    String value = properties.getProperty(key);
    if (value == null || value.isBlank()) {
      value = environment.get(envName);
    }
    return value == null || value.isBlank() ? null : value.trim();
  }
}
