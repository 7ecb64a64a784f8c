package dev.krakenmock.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * Runs sample test classes through the JUnit engine and checks what the extension did around
 * them: isolation of tests in either order, the server's stop, and clear failures.
 */
class KrakenMockLifecycleTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).build();
  private static final String ACCOUNT_QUERY = """
      query Account($n: String!) { account(accountNumber: $n) { number balance } }""";
  private static final String PROBE_ID = "isolation-probe";

  /** Session names of the sample tests, in the order they ran. */
  private static final List<String> SESSIONS = Collections.synchronizedList(new ArrayList<>());

  private static String stoppedServerUrl = "";

  @Test
  void isolatesTestsRunInNameOrder() {
    SESSIONS.clear();

    EngineExecutionResults results = run(IsolatedInNameOrder.class);

    assertAllSucceeded(results, 2);
    assertEquals(List.of("IsolatedInNameOrder#first", "IsolatedInNameOrder#second"), SESSIONS);
  }

  @Test
  void isolatesTestsRunInReverseOrder() {
    SESSIONS.clear();

    EngineExecutionResults results = run(IsolatedInReverseOrder.class);

    assertAllSucceeded(results, 2);
    assertEquals(List.of("IsolatedInReverseOrder#second", "IsolatedInReverseOrder#first"),
        SESSIONS);
  }

  @Test
  void stopsTheServerAfterTheClass() {
    EngineExecutionResults results = run(StopsAfterTheClass.class);

    assertAllSucceeded(results, 1);
    assertTrue(stoppedServerUrl.startsWith("http://127.0.0.1:"), stoppedServerUrl);
    assertThrows(ConnectException.class, () -> CLIENT.send(
        HttpRequest.newBuilder(URI.create(stoppedServerUrl + "/health")).build(),
        HttpResponse.BodyHandlers.ofString()));
  }

  @Test
  void failsTheClassClearlyWhenAFolderDoesNotExist() {
    EngineExecutionResults results = run(MissingScenarioFolder.class);

    assertEquals(0, results.testEvents().started().count());
    Throwable failure = onlyFailure(results);
    assertTrue(failure instanceof ExtensionConfigurationException, failure.toString());
    assertTrue(failure.getMessage().startsWith("@KrakenMock on " + MissingScenarioFolder.class
        .getName() + ": scenarios = 'no/such/folder': no such folder (resolved as '"),
        failure.getMessage());
  }

  @Test
  void namesTheRegisteredExtensionWhenItsFolderDoesNotExist() {
    EngineExecutionResults results = run(MissingFixtureFolderInCode.class);

    assertEquals(0, results.testEvents().started().count());
    Throwable failure = onlyFailure(results);
    assertTrue(failure.getMessage().startsWith("KrakenMockExtension of "
        + MissingFixtureFolderInCode.class.getName() + ": fixtures = 'no/such/fixtures': no such"
        + " folder"), failure.getMessage());
  }

  @Test
  void explainsThatAnInstanceFieldRegistersTooLate() {
    EngineExecutionResults results = run(InstanceFieldRegistration.class);

    Throwable failure = onlyFailure(results);
    assertTrue(failure instanceof ParameterResolutionException, failure.toString());
    assertTrue(failure.getMessage().contains("register KrakenMockExtension in a static field"),
        failure.getMessage());
  }

  private static EngineExecutionResults run(Class<?> sample) {
    return EngineTestKit.engine("junit-jupiter")
        .configurationParameter(RunBySampleTests.PARAMETER, "true")
        .selectors(DiscoverySelectors.selectClass(sample))
        .execute();
  }

  private static void assertAllSucceeded(EngineExecutionResults results, int tests) {
    List<String> failures = results.allEvents().failed().stream()
        .map(event -> event.getTestDescriptor().getDisplayName() + ": "
            + event.getRequiredPayload(TestExecutionResult.class).getThrowable()
                .map(Throwable::toString).orElse("?"))
        .toList();
    assertEquals(List.of(), failures);
    assertEquals(tests, results.testEvents().succeeded().count());
  }

  private static Throwable onlyFailure(EngineExecutionResults results) {
    List<Event> failed = results.allEvents().failed().list();
    assertEquals(1, failed.size(), failed.toString());
    return failed.get(0).getRequiredPayload(TestExecutionResult.class).getThrowable()
        .orElseThrow();
  }

  /**
   * What each isolation sample test checks first: nothing of the test before it is left (its
   * scenario, its session's journal), then leaves traces of its own.
   */
  private static void seesNothingOfTheOtherTestThenLeavesTraces(KrakenMockServer server,
      KrakenMockAdmin admin) throws IOException, InterruptedException {
    List<String> earlier = List.copyOf(SESSIONS);
    SESSIONS.add(server.session());
    assertFalse(admin.scenarios().list().toString().contains(PROBE_ID),
        "the scenario of the earlier test is gone");
    JsonNode untouched = server.post(ACCOUNT_QUERY, Map.of("n", "A-0000BEEF"));
    assertEquals("A-0000BEEF", untouched.at("/data/account/number").asText(),
        untouched.toString());
    for (String session : earlier) {
      assertEquals(0, journalCountOf(server, session), "journal of " + session);
    }
    for (JsonNode fixture : admin.fixtures().list().path("fixtures")) {
      assertNotEquals("admin", fixture.path("source").asText(), "left over: " + fixture);
    }

    admin.scenarios().load("""
        {"id": "%s", "match": {"rootField": "account"},
         "outcome": {"errors": [{"path": "account", "code": "KT-CT-4178"}]}}"""
        .formatted(PROBE_ID));
    JsonNode failed = server.post(ACCOUNT_QUERY, Map.of("n", "A-0000BEEF"));
    assertEquals("KT-CT-4178", failed.at("/errors/0/extensions/errorCode").asText(),
        failed.toString());
    assertEquals(2, admin.journal().count());
    assertEquals(1, admin.fixtures().add("""
        {"entity": {"type": "AccountType", "key": "A-0000BEEF"}, "data": {"balance": 7}}"""));
  }

  /** Reads another session's journal size directly, as the admin client cannot. */
  private static int journalCountOf(KrakenMockServer server, String session)
      throws IOException, InterruptedException {
    HttpResponse<String> response = CLIENT.send(
        HttpRequest.newBuilder(URI.create(server.baseUrl() + "/__admin/requests?session="
            + session.replace("#", "%23"))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    return JSON.readTree(response.body()).path("count").asInt();
  }

  @RunBySampleTests
  @KrakenMock(auth = false)
  @TestMethodOrder(MethodOrderer.MethodName.class)
  static class IsolatedInNameOrder {

    @Test
    void first(KrakenMockServer server, KrakenMockAdmin admin) throws Exception {
      seesNothingOfTheOtherTestThenLeavesTraces(server, admin);
    }

    @Test
    void second(KrakenMockServer server, KrakenMockAdmin admin) throws Exception {
      seesNothingOfTheOtherTestThenLeavesTraces(server, admin);
    }
  }

  @RunBySampleTests
  @KrakenMock(auth = false)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class IsolatedInReverseOrder {

    @Test
    @Order(2)
    void first(KrakenMockServer server, KrakenMockAdmin admin) throws Exception {
      seesNothingOfTheOtherTestThenLeavesTraces(server, admin);
    }

    @Test
    @Order(1)
    void second(KrakenMockServer server, KrakenMockAdmin admin) throws Exception {
      seesNothingOfTheOtherTestThenLeavesTraces(server, admin);
    }
  }

  @RunBySampleTests
  @KrakenMock(auth = false)
  static class StopsAfterTheClass {

    @Test
    void answers(KrakenMockServer server) {
      stoppedServerUrl = server.baseUrl();
      assertTrue(server.post("{ __typename }").path("data").isObject());
    }
  }

  @RunBySampleTests
  @KrakenMock(scenarios = "no/such/folder")
  static class MissingScenarioFolder {

    @Test
    void neverRuns(KrakenMockServer server) {
      server.post("{ __typename }");
    }
  }

  @RunBySampleTests
  static class MissingFixtureFolderInCode {

    @RegisterExtension
    static final KrakenMockExtension MOCK = KrakenMockExtension.newInstance()
        .fixtures(Path.of("no/such/fixtures")).build();

    @Test
    void neverRuns(KrakenMockServer server) {
      server.post("{ __typename }");
    }
  }

  @RunBySampleTests
  static class InstanceFieldRegistration {

    @RegisterExtension
    final KrakenMockExtension mock = KrakenMockExtension.newInstance().build();

    @Test
    void cannotGetAServer(KrakenMockServer server) {
      server.post("{ __typename }");
    }
  }
}
