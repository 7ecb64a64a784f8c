package dev.krakenmock.junit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The request journal of one session ({@code /__admin/requests}): what the test's requests were
 * and how they were answered. Each entry is the server's JSON: {@code operationName}, {@code
 * rootFields}, {@code variables}, {@code headers}, {@code status}, {@code errorCodes}, {@code
 * scenario} and more.
 */
public final class AdminJournal {

  private static final String PATH = KrakenMockAdmin.PREFIX + "/requests";

  private final JsonHttp http;
  private final String session;

  AdminJournal(JsonHttp http, String session) {
    this.http = http;
    this.session = session;
  }

  /** Every journaled request of the session, newest first. */
  public List<JsonNode> requests() {
    return requests(JournalFilter.any());
  }

  /** The session's journaled requests that {@code filter} selects, newest first. */
  public List<JsonNode> requests(JournalFilter filter) {
    return entries(http.send("GET", PATH + JsonHttp.queryString(filter.queryParameters(session)),
        null).expect(200));
  }

  /** How many of the session's journaled requests {@code filter} selects. */
  public int count(JournalFilter filter) {
    return http.send("POST", PATH + "/count", filter.countBody(session)).expect(200)
        .path("count").asInt();
  }

  /** How many requests the session made. */
  public int count() {
    return count(JournalFilter.any());
  }

  /**
   * The session's requests that matched no scenario and named none in a header, each with its
   * {@code nearMisses}: the scenarios closest to matching and how each differed.
   */
  public List<JsonNode> unmatched() {
    return unmatched(JournalFilter.any());
  }

  /** The unmatched requests of the session that {@code filter} also selects. */
  public List<JsonNode> unmatched(JournalFilter filter) {
    return entries(http.send("GET",
        PATH + "/unmatched" + JsonHttp.queryString(filter.queryParameters(session)), null)
        .expect(200));
  }

  /**
   * Empties the session's journal.
   *
   * @return how many entries were removed
   */
  public int clear() {
    return http.send("DELETE", PATH + JsonHttp.queryString(Map.of("session", session)), null)
        .expect(200).path("removed").asInt();
  }

  private static List<JsonNode> entries(JsonNode answer) {
    JsonNode list = answer.isArray() ? answer : answer.path("requests");
    List<JsonNode> entries = new ArrayList<>();
    list.forEach(entries::add);
    return List.copyOf(entries);
  }
}
