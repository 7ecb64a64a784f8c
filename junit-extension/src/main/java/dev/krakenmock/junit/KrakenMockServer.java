package dev.krakenmock.junit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The running mock as one test sees it: where it listens, the test's own session, and a small
 * GraphQL client that sends the session header (and, after {@link #login()}, the token) with
 * every request. Declare it as a parameter of a test, {@code @BeforeEach} or {@code @AfterEach}
 * method; each test gets its own instance and session.
 *
 * <p>Requests of your own client land in the test's session when they carry {@link
 * #sessionHeader()}; without it they belong to the server's {@code default} session, which no
 * test's scenarios match and whose journal is not the test's.
 */
public final class KrakenMockServer {

  /** The header that names the session of a request. */
  public static final String SESSION_HEADER = "X-Mock-Session";

  /** The email {@link #login()} signs in with: the customer of the demo data set. */
  public static final String DEFAULT_EMAIL = "giulia.rossi@example.com";

  private static final String DEFAULT_PASSWORD = "kraken-mock";
  private static final String GRAPHQL_PATH = "/v1/graphql/";
  private static final String LOGIN = """
      mutation Login($input: ObtainJSONWebTokenInput!) {
        obtainKrakenToken(input: $input) { token }
      }""";

  private final JsonHttp http;
  private final String session;
  private final KrakenMockAdmin admin;
  private volatile @Nullable String token;

  KrakenMockServer(JsonHttp http, String session, KrakenMockAdmin admin) {
    this.http = http;
    this.session = session;
    this.admin = admin;
  }

  /** The server's root URL without a trailing slash, for example {@code http://127.0.0.1:40123}. */
  public String baseUrl() {
    return http.baseUrl();
  }

  /** The GraphQL endpoint, {@link #baseUrl()} followed by {@code /v1/graphql/}. */
  public String graphqlUrl() {
    return http.baseUrl() + GRAPHQL_PATH;
  }

  /** This test's session, for example {@code AccountPageTest#showsTheBalance}. */
  public String session() {
    return session;
  }

  /** The header that puts a request into this test's session. */
  public HttpHeader sessionHeader() {
    return new HttpHeader(SESSION_HEADER, session);
  }

  /**
   * The headers {@link #post} sends: the session header and, after {@link #login()}, {@code
   * Authorization}. Add them to your own client's requests.
   */
  public Map<String, String> headers() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(SESSION_HEADER, session);
    String current = token;
    if (current != null) {
      headers.put("Authorization", "JWT " + current);
    }
    return headers;
  }

  /** The admin API client of this test's session; the same one a parameter would get. */
  public KrakenMockAdmin admin() {
    return admin;
  }

  /** The token of the last {@link #login()}, if any. */
  public Optional<String> token() {
    return Optional.ofNullable(token);
  }

  /**
   * Sends a GraphQL document without variables. Like real clients, it sends {@code
   * operationName} when the document has one named operation.
   *
   * @return the answer's JSON body, {@code data} and {@code errors}, whatever the HTTP status
   * @throws UnexpectedResponseException when the answer is not JSON (a scripted fault, for one)
   */
  public JsonNode post(String query) {
    return post(query, Map.of(), Map.of());
  }

  /**
   * Sends a GraphQL document with variables.
   *
   * @return the answer's JSON body, {@code data} and {@code errors}, whatever the HTTP status
   * @throws UnexpectedResponseException when the answer is not JSON (a scripted fault, for one)
   */
  public JsonNode post(String query, Map<String, ?> variables) {
    return post(query, variables, Map.of());
  }

  /**
   * Sends a GraphQL document with variables and extra headers, such as {@code X-Mock-Scenario};
   * they are added to {@link #headers()} and win over them.
   *
   * @return the answer's JSON body, {@code data} and {@code errors}, whatever the HTTP status
   * @throws UnexpectedResponseException when the answer is not JSON (a scripted fault, for one)
   */
  public JsonNode post(String query, Map<String, ?> variables, Map<String, String> extraHeaders) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("query", query);
    OperationName.of(query).ifPresent(name -> body.put("operationName", name));
    if (!variables.isEmpty()) {
      body.put("variables", variables);
    }
    Map<String, String> headers = headers();
    headers.putAll(extraHeaders);
    return http.send("POST", GRAPHQL_PATH, body, headers).json();
  }

  /**
   * Logs in as {@link #DEFAULT_EMAIL} with {@code obtainKrakenToken}; later requests of {@link
   * #post} carry the token.
   *
   * @return the token
   * @throws UnexpectedResponseException when the login is refused
   */
  public String login() {
    return login(DEFAULT_EMAIL, DEFAULT_PASSWORD);
  }

  /**
   * Logs in with {@code obtainKrakenToken}; later requests of {@link #post} carry the token, and
   * the viewer is the person with this email.
   *
   * @return the token
   * @throws UnexpectedResponseException when the login is refused
   */
  public String login(String email, String password) {
    JsonNode answer = post(LOGIN, Map.of("input", Map.of("email", email, "password", password)));
    JsonNode issued = answer.path("data").path("obtainKrakenToken").path("token");
    if (!issued.isTextual()) {
      throw new UnexpectedResponseException("the login as " + email + " was refused: "
          + answer.path("errors"), 200, answer.toString());
    }
    token = issued.asText();
    return issued.asText();
  }

  /** Forgets the token of {@link #login()}: later requests are anonymous again. */
  public void logout() {
    token = null;
  }

  @Override
  public String toString() {
    return "KrakenMockServer[" + graphqlUrl() + ", session " + session + "]";
  }
}
