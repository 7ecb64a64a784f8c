package dev.krakenmock.server.admin;

import dev.krakenmock.server.scenario.InvalidScenarioException;
import dev.krakenmock.server.scenario.ScenarioStore;

/**
 * {@code POST /__admin/scenarios}: adds the scenario in the JSON body (in the shape of a scenario
 * file, with an {@code id}), or replaces the one with its id. 201 when new, 200 when replaced, 400
 * with every problem, line and column when it is not a valid scenario.
 */
public final class LoadScenarioTask implements AdminTask {

  private final ScenarioStore store;

  public LoadScenarioTask(ScenarioStore store) {
    this.store = store;
  }

  @Override
  public AdminResponse execute(AdminRequest request) {
    if (request.body().isBlank()) {
      return AdminResponse.error(AdminResponse.BAD_REQUEST,
          "Send the scenario as JSON in the request body, e.g. {\"id\": \"account-missing\","
              + " \"match\": {\"rootField\": \"account\"}, \"outcome\": {\"errors\":"
              + " [{\"path\": \"account\", \"code\": \"KT-CT-4178\"}]}}");
    }
    ScenarioStore.Loaded loaded;
    try {
      loaded = store.load(request.body());
    } catch (InvalidScenarioException e) {
      return AdminResponse.invalid(e.problems());
    }
    Object body = AdminJson.scenario(loaded.scenario(), store.sessions());
    return loaded.replaced() ? AdminResponse.ok(body) : AdminResponse.created(body);
  }
}
