package dev.krakenmock.server.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.krakenmock.server.journal.InvalidJournalFilterException;
import dev.krakenmock.server.journal.JournalEntry;
import dev.krakenmock.server.journal.JournalFilter;
import dev.krakenmock.server.scenario.NearMiss;
import dev.krakenmock.server.scenario.RequestFacts;
import dev.krakenmock.server.scenario.ScenarioStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How the admin API writes journal entries and near misses. */
final class JournalJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JournalJson() {}

  /**
   * The filter of a request's query parameters; a variable's value that reads as a JSON object or
   * list (as in {@code variables.input={"accountNumber":"A-1"}}) is compared as one.
   *
   * @throws InvalidJournalFilterException naming an unknown parameter or a bad value
   */
  static JournalFilter filter(AdminRequest request) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    request.queryParameters().forEach((name, value) -> parameters.put(name,
        name.startsWith("variables.") ? structured(value) : value));
    return JournalFilter.fromQueryParameters(parameters);
  }

  private static Object structured(String value) {
    String trimmed = value.strip();
    if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) {
      return value;
    }
    try {
      return MAPPER.readValue(trimmed, Object.class);
    } catch (JsonProcessingException e) {
      return value;
    }
  }

  static Map<String, Object> entry(JournalEntry entry) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", String.valueOf(entry.id()));
    json.put("loggedAt", entry.loggedAt().toString());
    json.put("session", entry.session());
    json.put("method", entry.method());
    json.put("path", entry.path());
    json.put("operationName", entry.operationName());
    json.put("operationType", entry.operationType());
    json.put("rootFields", entry.rootFields());
    json.put("variables", entry.variables());
    json.put("headers", entry.headersOfInterest());
    json.put("status", entry.status());
    json.put("errorCodes", entry.errorCodes());
    json.put("scenario", entry.scenario());
    json.put("cached", entry.cached());
    if (entry.rejection() != null) {
      json.put("rejection", entry.rejection());
    }
    return json;
  }

  /** An entry with the scenarios that came closest to scripting it. */
  static Map<String, Object> withNearMisses(JournalEntry entry, ScenarioStore store) {
    Map<String, Object> json = entry(entry);
    json.put("nearMisses", nearMisses(entry, store));
    return json;
  }

  static Map<String, Object> page(int count, List<Map<String, Object>> entries) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("count", count);
    json.put("requests", entries);
    return json;
  }

  private static List<Map<String, Object>> nearMisses(JournalEntry entry, ScenarioStore store) {
    RequestFacts facts = new RequestFacts(entry.session(), entry.operationName(),
        entry.rootFields(), entry.rootArguments(), entry.variables(), entry.headers());
    return NearMiss.closest(store, facts, NearMiss.LIMIT).stream().map(miss -> {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("scenario", miss.scenario());
      json.put("differences", miss.differences());
      return json;
    }).toList();
  }
}
