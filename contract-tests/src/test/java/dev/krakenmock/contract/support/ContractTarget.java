package dev.krakenmock.contract.support;

import static io.restassured.RestAssured.given;

import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The GraphQL endpoint under test. With {@code -Dkraken.url=...} or {@code KRAKEN_URL} the suite
 * judges that endpoint, sending {@code kraken.token} / {@code KRAKEN_TOKEN} raw as the {@code
 * Authorization} header when given. Without a URL it starts the mock's jar ({@code
 * kraken.mock.jar}) as a separate process and logs in with {@code obtainKrakenToken}, unless a
 * token is given. See {@link SuiteSetting}.
 */
public final class ContractTarget implements AutoCloseable {

  /** The API key the suite logs in with when it started the mock itself. */
  public static final String SUITE_API_KEY = "contract-suite";

  private static final Path DEFAULT_JAR =
      Path.of("..", "mock-server", "target", "kraken-mock-server.jar");
  private static final Path MOCK_LOG = Path.of("target", "kraken-mock.log");
  private static final String LOGIN =
      "mutation ContractSuiteLogin { obtainKrakenToken(input: {APIKey: \""
          + SUITE_API_KEY
          + "\"}) { token } }";

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
    Optional<String> url = SuiteSetting.URL.lookup(environment, properties);
    Optional<String> token = SuiteSetting.TOKEN.lookup(environment, properties);
    if (url.isPresent()) {
      return new ContractTarget(url.get(), token.orElse(null), null);
    }
    Path jar =
        SuiteSetting.MOCK_JAR.lookup(environment, properties).map(Path::of).orElse(DEFAULT_JAR);
    LocalServerLauncher launcher = LocalServerLauncher.start(jar, MOCK_LOG);
    try {
      String login = token.orElseGet(() -> logIn(launcher.graphqlUrl()));
      return new ContractTarget(launcher.graphqlUrl(), login, launcher);
    } catch (RuntimeException loginFailed) {
      launcher.close();
      throw loginFailed;
    }
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

  /** Posts a request and returns what came back, whatever its status. */
  public GraphqlResponse execute(GraphqlRequest request) {
    Response response =
        given()
            .spec(graphqlRequest())
            .headers(request.headers())
            .body(request.body())
            .when()
            .post()
            .andReturn();
    String contentType = response.getContentType();
    return new GraphqlResponse(
        response.getStatusCode(), contentType == null ? "" : contentType, response.asString());
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
    return (isLocalMock() ? "the mock's jar, started at " : "") + graphqlUrl;
  }

  private static String logIn(String graphqlUrl) {
    String body = GraphqlRequest.of(LOGIN).body();
    String answer =
        given()
            .baseUri(graphqlUrl)
            .contentType(ContentType.JSON)
            .accept(ContentType.JSON)
            .body(body)
            .when()
            .post()
            .asString();
    JsonNode token =
        new GraphqlResponse(200, "application/json", answer)
            .json()
            .map(json -> json.path("data").path("obtainKrakenToken").path("token"))
            .orElseThrow(
                () -> new TargetUnavailableException("The login answer is not JSON: " + answer));
    if (!token.isString() || token.stringValue().isBlank()) {
      throw new TargetUnavailableException("obtainKrakenToken gave no token: " + answer);
    }
    return token.stringValue();
  }
}
