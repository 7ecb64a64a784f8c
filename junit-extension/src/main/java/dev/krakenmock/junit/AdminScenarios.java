package dev.krakenmock.junit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The scenarios of the admin API ({@code /__admin/scenarios}), seen from one test. A scenario
 * loaded here matches only requests of the test's session (the client adds an {@code
 * X-Mock-Session} header condition to its {@code match}) and is removed when the test ends. The
 * shape is that of a scenario file, with an {@code id}; see {@code scenarios/README.md}.
 */
public final class AdminScenarios {

  private static final String PATH = KrakenMockAdmin.PREFIX + "/scenarios";

  private final JsonHttp http;
  private final String session;
  private final boolean scopeToSession;
  private final Set<String> added = new LinkedHashSet<>();

  AdminScenarios(JsonHttp http, String session, boolean scopeToSession) {
    this.http = http;
    this.session = session;
    this.scopeToSession = scopeToSession;
  }

  /**
   * Loads a scenario for this test's session, replacing one with the same id until the test
   * ends.
   *
   * @param scenario the scenario as JSON, in the shape of a scenario file with an {@code id}
   * @return the scenario as the server describes it
   * @throws IllegalArgumentException when {@code scenario} is not a JSON object
   * @throws UnexpectedResponseException with the server's problems when it is not a valid scenario
   */
  public JsonNode load(String scenario) {
    return load(JsonHttp.parse("the scenario", scenario));
  }

  /** Same as {@link #load(String)}, for a scenario built as maps and lists. */
  public JsonNode load(Map<String, ?> scenario) {
    return load(JsonHttp.toJson(scenario));
  }

  /** Same as {@link #load(String)}, for a scenario already read as JSON. */
  public JsonNode load(JsonNode scenario) {
    return post(scenario, scopeToSession);
  }

  /**
   * Loads a scenario for every session, not only this test's, until the test ends: for requests
   * of a client that does not send {@link KrakenMockServer#sessionHeader()}.
   */
  public JsonNode loadForAllSessions(String scenario) {
    return post(JsonHttp.parse("the scenario", scenario), false);
  }

  private synchronized JsonNode post(JsonNode scenario, boolean scoped) {
    if (!scenario.isObject()) {
      throw new IllegalArgumentException("a scenario is a JSON object, got: " + scenario);
    }
    ObjectNode body = ((ObjectNode) scenario).deepCopy();
    if (scoped) {
      scope(body);
    }
    JsonNode loaded = http.send("POST", PATH, body).expect(200, 201);
    added.add(loaded.path("id").asText(body.path("id").asText()));
    return loaded;
  }

  /** Adds the session header to the scenario's match, unless it names a session itself. */
  private void scope(ObjectNode scenario) {
    if (scenario.has("match") && !scenario.get("match").isObject()) {
      return; // the server explains what is wrong with it
    }
    ObjectNode match = scenario.has("match") ? (ObjectNode) scenario.get("match")
        : scenario.putObject("match");
    if (match.has("headers") && !match.get("headers").isObject()) {
      return;
    }
    ObjectNode headers = match.has("headers") ? (ObjectNode) match.get("headers")
        : match.putObject("headers");
    for (Iterator<String> names = headers.fieldNames(); names.hasNext(); ) {
      if (names.next().toLowerCase(Locale.ROOT).equals(
          KrakenMockServer.SESSION_HEADER.toLowerCase(Locale.ROOT))) {
        return;
      }
    }
    headers.put(KrakenMockServer.SESSION_HEADER, session);
  }

  /**
   * Every scenario of files and the admin API, the active built-in ones and the files' load
   * errors, as {@code GET /__admin/scenarios} answers.
   */
  public JsonNode list() {
    return http.send("GET", PATH, null).expect(200);
  }

  /** The ids of the scenarios this client loaded and has not removed yet. */
  public synchronized List<String> added() {
    return List.copyOf(added);
  }

  /**
   * Removes a scenario.
   *
   * @throws UnexpectedResponseException when there is no such scenario, or it is built in
   */
  public synchronized void remove(String id) {
    http.send("DELETE", PATH + "/" + JsonHttp.pathOf(id), null).expect(200);
    added.remove(id);
  }

  /** Puts every state machine back to {@code Started} and every call count to 0, in this session. */
  public void reset() {
    http.send("POST", PATH + "/reset" + JsonHttp.queryString(Map.of("session", session)), null)
        .expect(200);
  }

  /**
   * This session's states and call counts, {@code {"states": {...}, "calls": {...}}}; empty
   * objects before the session's first matching request.
   */
  public JsonNode state() {
    JsonNode sessions = http.send("GET", KrakenMockAdmin.PREFIX + "/state", null).expect(200)
        .path("sessions");
    JsonNode mine = sessions.path(session);
    if (mine.isObject()) {
      return mine;
    }
    ObjectNode empty = JsonHttp.JSON.createObjectNode();
    empty.putObject("states");
    empty.putObject("calls");
    return empty;
  }

  /** Removes every scenario this client loaded that is still there. */
  synchronized void removeAdded() {
    for (String id : List.copyOf(added)) {
      JsonHttp.Answer answer = http.send("DELETE", PATH + "/" + JsonHttp.pathOf(id), null);
      if (answer.status() != 404) {
        answer.expect(200);
      }
      added.remove(id);
    }
  }
}
