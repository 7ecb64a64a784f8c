package dev.krakenmock.server.admin;

import dev.krakenmock.server.scenario.ScenarioStore;
import java.util.Map;

/**
 * {@code DELETE /__admin/scenarios/{id}}: removes a scenario. One from a file stays away until its
 * file changes; built-in ones cannot be removed (409), only deactivated.
 */
public final class RemoveScenarioTask implements AdminTask {

  private final ScenarioStore store;

  public RemoveScenarioTask(ScenarioStore store) {
    this.store = store;
  }

  @Override
  public AdminResponse execute(AdminRequest request) {
    String id = request.pathParameter("id");
    return switch (store.remove(id)) {
      case REMOVED -> AdminResponse.ok(Map.of("removed", id));
      case NOT_FOUND -> AdminResponse.error(AdminResponse.NOT_FOUND, "No scenario '" + id + "'.");
      case BUILT_IN -> AdminResponse.error(AdminResponse.CONFLICT, "'" + id
          + "' is a built-in scenario and cannot be removed; deactivate it with PUT"
          + " /__admin/scenarios/" + id + "/active {\"active\": false}.");
    };
  }
}
