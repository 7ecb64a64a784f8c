package dev.krakenmock.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.krakenmock.server.config.MockServerConfig;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Record mode against a second mock standing in for the real instance: B forwards to A and
 * records, C replays B's recordings with {@code --fixtures}.
 */
class MockServerRecordingTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final String LOGIN = "mutation Login { obtainKrakenToken(input: {email:"
      + " \"giorgia.esposito@example.it\", password: \"secret\"}) { token refreshToken } }";
  private static final String ME = "query Me { viewer { fullName givenName familyName email"
      + " mobile accounts { number } } }";
  private static final String ACCOUNT = """
      query Account($n: String!) {
        acc: account(accountNumber: $n) {
          number balance billingName billingEmail
          address { line1 postcode city }
        }
      }""";
  private static final String CONTRACT =
      "query Contract { accountContract(accountNumber: \"A-00000001\") { identifier } }";
  private static final String EMAIL_BY_GET = "query ViewerEmail { viewer { email } }";
  private static final String ANONYMOUS = "{ viewer { givenName } }";

  @TempDir Path recordings;

  private static MockServerConfig local(long seed) {
    return MockServerConfig.newConfig().host("127.0.0.1").port(0).seed(seed).build();
  }

  /** One GraphQL request as a client sends it. */
  private record Call(String query, @Nullable String operationName, Map<String, Object> variables,
      Map<String, String> headers, boolean get) {

    HttpResponse<String> send(MockServer server, @Nullable String token) {
      try {
        HttpRequest.Builder request;
        if (get) {
          String parameters = "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
              + "&operationName=" + operationName;
          request = HttpRequest.newBuilder(URI.create(server.graphqlUrl() + "?" + parameters))
              .GET();
        } else {
          ObjectNode body = JSON.createObjectNode().put("query", query);
          if (operationName != null) {
            body.put("operationName", operationName);
          }
          body.set("variables", JSON.valueToTree(variables));
          request = HttpRequest.newBuilder(URI.create(server.graphqlUrl()))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        }
        request.header("Accept", "application/json");
        if (token != null) {
          request.header("Authorization", "JWT " + token);
        }
        headers.forEach(request::header);
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        throw new AssertionError(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  /** The folder a call's recording goes to: its operation's name, else its root fields'. */
  private static String recordedAs(Call call) {
    if (call.operationName() != null) {
      return call.operationName();
    }
    return call.query().equals(ANONYMOUS) ? "_anonymous_viewer" : "Account";
  }

  private static String login(MockServer server) throws IOException {
    HttpResponse<String> response =
        new Call(LOGIN, "Login", Map.of(), Map.of(), false).send(server, null);
    assertEquals(200, response.statusCode(), response.body());
    String token = JSON.readTree(response.body()).at("/data/obtainKrakenToken/token").asText();
    assertFalse(token.isEmpty(), response.body());
    return token;
  }

  private List<Path> recordedFiles() throws IOException {
    try (Stream<Path> walk = Files.walk(recordings)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }

  @Test
  void recordsAnswersUnchangedAndReplaysThemWithPersonalDataReplaced() throws Exception {
    List<Call> calls = new ArrayList<>();
    Map<String, HttpResponse<String>> fromRecorder = new LinkedHashMap<>();
    Map<String, String> fromUpstream = new LinkedHashMap<>();
    try (MockServer upstream = MockServer.create(local(11)).start();
        MockServer recorder = MockServer.create(local(29).transform(b -> b
            .recordFrom(URI.create(upstream.graphqlUrl())).recordTo(recordings))).start()) {
      String token = login(recorder);
      assertEquals(List.of(), recordedFiles(), "a login is never written");

      Call me = new Call(ME, "Me", Map.of(), Map.of(), false);
      JsonNode viewer = JSON.readTree(me.send(recorder, token).body()).at("/data/viewer");
      String accountNumber = viewer.at("/accounts/0/number").asText();
      calls.add(me);
      calls.add(new Call(ACCOUNT, null, Map.of("n", accountNumber), Map.of(), false));
      calls.add(new Call(CONTRACT, "Contract", Map.of(),
          Map.of("X-Mock-Scenario", "accountContract/KT-CT-10003"), false));
      calls.add(new Call(EMAIL_BY_GET, "ViewerEmail", Map.of(), Map.of(), true));
      calls.add(new Call(ANONYMOUS, null, Map.of(), Map.of(), false));
      for (Call call : calls) {
        HttpResponse<String> recorded = call.send(recorder, token);
        fromRecorder.put(call.query(), recorded);
        fromUpstream.put(call.query(), call.send(upstream, token).body());
      }
    }

    for (Call call : calls) {
      HttpResponse<String> response = fromRecorder.get(call.query());
      assertEquals(200, response.statusCode(), response.body());
      assertEquals(fromUpstream.get(call.query()), response.body(), "the upstream's bytes");
      assertTrue(response.headers().firstValue("Content-Type").orElse("")
          .startsWith("application/json"));
    }
    JsonNode upstreamViewer = JSON.readTree(fromUpstream.get(ME)).at("/data/viewer");
    JsonNode upstreamAccount = JSON.readTree(fromUpstream.get(ACCOUNT)).at("/data/acc");
    assertEquals("KT-CT-10003", JSON.readTree(fromUpstream.get(CONTRACT))
        .at("/errors/0/extensions/errorCode").asText(), "the scenario header went upstream");

    List<Path> files = recordedFiles();
    assertEquals(List.of("Account", "Contract", "Me", "ViewerEmail", "_anonymous_viewer"),
        files.stream().map(file -> recordings.relativize(file).getName(0).toString()).toList());
    StringBuilder written = new StringBuilder();
    for (Path file : files) {
      assertTrue(file.getFileName().toString().matches("[0-9a-f]{12}\\.json"), file.toString());
      written.append(Files.readString(file));
    }
    for (String personal : new String[] {upstreamViewer.get("fullName").asText(),
        upstreamViewer.get("familyName").asText(), upstreamViewer.get("email").asText(),
        upstreamViewer.get("mobile").asText(), upstreamAccount.get("billingName").asText(),
        upstreamAccount.get("billingEmail").asText(),
        upstreamAccount.at("/address/line1").asText()}) {
      assertFalse(written.toString().contains(personal), personal + " in\n" + written);
    }
    assertTrue(written.toString().contains(upstreamAccount.get("number").asText()),
        "account numbers are kept");

    try (MockServer replayer = MockServer.create(local(3).transform(b -> b
        .fixtureFolder(recordings))).start()) {
      String token = login(replayer);
      for (Call call : calls) {
        Path file = recordedFiles().stream()
            .filter(f -> f.getParent().getFileName().toString().equals(recordedAs(call)))
            .findFirst().orElseThrow();
        JsonNode recorded = JSON.readTree(file.toFile()).at("/fixtures/0/response");
        Call plain = new Call(call.query(), call.operationName(), call.variables(), Map.of(),
            call.get());
        JsonNode replayed = JSON.readTree(plain.send(replayer, token).body());
        assertEquals(recorded.get("data"), replayed.get("data"), call.query());
        assertEquals(recorded.get("errors"), replayed.get("errors"), call.query());
      }
    }
    JsonNode scrubbedViewer = JSON.readTree(recordings.resolve("Me").toFile().listFiles()[0])
        .at("/fixtures/0/response/data/viewer");
    assertNotEquals(upstreamViewer.get("email"), scrubbedViewer.get("email"));
    assertEquals(upstreamViewer.get("accounts"), scrubbedViewer.get("accounts"));
    assertEquals(scrubbedViewer.get("givenName").asText() + " "
        + scrubbedViewer.get("familyName").asText(), scrubbedViewer.get("fullName").asText());
  }

  @Test
  void answersAnUnreachableUpstreamWith502AndKeepsServing() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    String upstream = "http://127.0.0.1:" + closedPort + "/v1/graphql/";
    try (MockServer recorder = MockServer.create(local(1).transform(b -> b
        .recordFrom(URI.create(upstream)).recordTo(recordings))).start()) {
      for (int attempt = 0; attempt < 2; attempt++) {
        HttpResponse<String> response =
            new Call(ME, "Me", Map.of(), Map.of(), false).send(recorder, "t");
        assertEquals(502, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("")
            .startsWith("application/json"));
        JsonNode error = JSON.readTree(response.body()).at("/errors/0");
        assertTrue(error.get("message").asText().contains(upstream), response.body());
      }
      HttpResponse<String> health = CLIENT.send(
          HttpRequest.newBuilder(URI.create(recorder.baseUrl() + "/health")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, health.statusCode());
    }
    assertEquals(List.of(), recordedFiles());
  }
}
