package dev.krakenmock.junit;

import dev.krakenmock.server.MockServer;
import java.net.http.HttpClient;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** One started mock server of a test class, and the sessions its tests have taken. */
final class RunningServer {

  private final MockServer server;
  private final String baseUrl;
  private final HttpClient client = JsonHttp.newClient();
  private final Set<String> sessions = ConcurrentHashMap.newKeySet();

  private RunningServer(MockServer server) {
    this.server = server;
    this.baseUrl = server.baseUrl();
  }

  /** Creates and starts a server for {@code settings}; a failure is thrown as it came. */
  static RunningServer start(ServerSettings settings) {
    MockServer server = MockServer.create(settings.toConfig());
    server.start();
    return new RunningServer(server);
  }

  String baseUrl() {
    return baseUrl;
  }

  /** The handles of a new session named {@code name}, or {@code name~2}, ... when taken. */
  TestSession newSession(String name, boolean scopeScenariosToSession) {
    String session = name;
    for (int suffix = 2; !sessions.add(session); suffix++) {
      session = name + "~" + suffix;
    }
    JsonHttp http = new JsonHttp(client, baseUrl);
    KrakenMockAdmin admin = new KrakenMockAdmin(http, session, scopeScenariosToSession);
    return new TestSession(new KrakenMockServer(http, session, admin), admin);
  }

  void stop() {
    server.stop();
  }

  /** The handles one test (or one class, for {@code @BeforeAll}) received. */
  record TestSession(KrakenMockServer server, KrakenMockAdmin admin) {}
}
