package dev.krakenmock.server.admin;

import dev.krakenmock.server.scenario.LoadProblem;
import dev.krakenmock.server.scenario.Scenario;
import dev.krakenmock.server.scenario.ScenarioStore;
import dev.krakenmock.server.scenario.SessionSnapshot;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /__admin/scenarios}: the scenarios from files and the admin API, active built-in
 * ones, and why files were rejected; {@code ?builtIn=true} lists every built-in scenario too.
 */
public final class ListScenariosTask implements AdminTask {

  private final ScenarioStore store;

  public ListScenariosTask(ScenarioStore store) {
    this.store = store;
  }

  @Override
  public AdminResponse execute(AdminRequest request) {
    boolean allBuiltIns = request.queryParameter("builtIn").map(Boolean::parseBoolean)
        .orElse(false);
    return AdminResponse.ok(listing(store, allBuiltIns));
  }

  static Map<String, Object> listing(ScenarioStore store, boolean allBuiltIns) {
    Map<String, SessionSnapshot> sessions = store.sessions();
    List<Scenario> builtIns = store.builtInScenarios();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("scenarios", AdminJson.scenarios(store.scenarios(), sessions));
    body.put("builtInScenarios", builtIns.size());
    body.put("activeBuiltInScenarios",
        AdminJson.scenarios(builtIns.stream().filter(Scenario::active).toList(), sessions));
    if (allBuiltIns) {
      body.put("builtIn", AdminJson.scenarios(builtIns, sessions));
    }
    List<LoadProblem> problems = store.loadProblems();
    body.put("loadErrors", problems.stream().map(AdminJson::problem).toList());
    return body;
  }
}
