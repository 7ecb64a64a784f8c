package dev.krakenmock.server.admin;

import dev.krakenmock.server.scenario.ScenarioStore;

/**
 * {@code POST /__admin/scenarios/reload}: reads every scenario file again now, forgetting
 * activations and removals of file scenarios, and answers as {@link ListScenariosTask} does.
 */
public final class ReloadScenariosTask implements AdminTask {

  private final ScenarioStore store;

  public ReloadScenariosTask(ScenarioStore store) {
    this.store = store;
  }

  @Override
  public AdminResponse execute(AdminRequest request) {
    store.reload();
    return AdminResponse.ok(ListScenariosTask.listing(store, false));
  }
}
