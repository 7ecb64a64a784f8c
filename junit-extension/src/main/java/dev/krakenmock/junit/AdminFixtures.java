package dev.krakenmock.junit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * The fixtures of the admin API ({@code /__admin/fixtures}). Fixtures pin data for the whole
 * server, not per session: a test that adds some should not run in parallel with tests of the
 * same server that read those entities. Fixtures added here are removed when the test ends. The
 * shape is that of a fixture file, {@code {"fixtures": [...]}}, or one fixture object; see {@code
 * fixtures/README.md}.
 */
public final class AdminFixtures {

  private static final String PATH = KrakenMockAdmin.PREFIX + "/fixtures";

  private final JsonHttp http;
  private boolean added;

  AdminFixtures(JsonHttp http) {
    this.http = http;
  }

  /**
   * Adds fixtures over the built-in and folder ones until the test ends.
   *
   * @param fixtures a fixture file's JSON, {@code {"fixtures": [...]}}, or one fixture object
   * @return how many fixtures were added
   * @throws IllegalArgumentException when {@code fixtures} is not JSON
   * @throws UnexpectedResponseException with the server's message when a fixture is invalid
   */
  public int add(String fixtures) {
    return add(JsonHttp.parse("the fixtures", fixtures));
  }

  /** Same as {@link #add(String)}, for fixtures built as maps and lists. */
  public int add(Map<String, ?> fixtures) {
    return add(JsonHttp.toJson(fixtures));
  }

  /** Same as {@link #add(String)}, for fixtures already read as JSON. */
  public synchronized int add(JsonNode fixtures) {
    JsonNode answer = http.send("POST", PATH, fixtures).expect(200, 201);
    added = true;
    return answer.path("added").asInt();
  }

  /**
   * Every fixture the server applies, with its source, and the problems of fixture files, as
   * {@code GET /__admin/fixtures} answers.
   */
  public JsonNode list() {
    return http.send("GET", PATH, null).expect(200);
  }

  /**
   * Removes every fixture added through the admin API (by any test); file and built-in fixtures
   * stay.
   *
   * @return how many were removed
   */
  public synchronized int clear() {
    int removed = http.send("DELETE", PATH, null).expect(200).path("removed").asInt();
    added = false;
    return removed;
  }

  /** Reads the fixture files again now, and answers as {@link #list()}. */
  public JsonNode reload() {
    return http.send("POST", PATH + "/reload", null).expect(200);
  }

  /** Removes the admin API's fixtures if this client added some. */
  synchronized void removeAdded() {
    if (added) {
      clear();
    }
  }
}
