package dev.krakenmock.server.admin;

import dev.krakenmock.server.scenario.LoadProblem;
import dev.krakenmock.server.scenario.Scenario;
import dev.krakenmock.server.scenario.SessionSnapshot;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How the admin API writes scenarios, problems and sessions: in the shape of scenario files. */
final class AdminJson {

  private AdminJson() {}

  /**
   * A scenario as its file has it, plus where it comes from and, for a state machine, its state
   * in each session that has used the registry.
   */
  static Map<String, Object> scenario(Scenario scenario, Map<String, SessionSnapshot> sessions) {
    Map<String, Object> json = new LinkedHashMap<>(scenario.describe());
    Map<String, Object> withSource = new LinkedHashMap<>();
    json.forEach((key, value) -> {
      withSource.put(key, value);
      if (key.equals("id")) {
        withSource.put("source", scenario.source());
      }
    });
    scenario.transition().scenarioName().ifPresent(name -> {
      Map<String, String> states = new LinkedHashMap<>();
      sessions.forEach((session, snapshot) -> states.put(session, snapshot.state(name)));
      withSource.put("states", states);
    });
    return withSource;
  }

  static List<Map<String, Object>> scenarios(List<Scenario> scenarios,
      Map<String, SessionSnapshot> sessions) {
    return scenarios.stream().map(scenario -> scenario(scenario, sessions)).toList();
  }

  static Map<String, Object> problem(LoadProblem problem) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("message", problem.toString());
    json.put("source", problem.source());
    if (problem.line() > 0) {
      json.put("line", problem.line());
      json.put("column", problem.column());
    }
    return json;
  }

  static Map<String, Object> session(SessionSnapshot snapshot) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("states", snapshot.states());
    json.put("calls", snapshot.calls());
    return json;
  }
}
