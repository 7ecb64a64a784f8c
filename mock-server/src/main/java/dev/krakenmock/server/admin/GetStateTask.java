package dev.krakenmock.server.admin;

import dev.krakenmock.server.scenario.ScenarioStore;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /__admin/state}: for each session, the state of every state machine that left
 * {@code Started} and the call count of every scenario that counted calls, and the registry's
 * version.
 */
public final class GetStateTask implements AdminTask {

  private final ScenarioStore store;

  public GetStateTask(ScenarioStore store) {
    this.store = store;
  }

  @Override
  public AdminResponse execute(AdminRequest request) {
    Map<String, Object> sessions = new LinkedHashMap<>();
    store.sessions().forEach((name, snapshot) -> sessions.put(name, AdminJson.session(snapshot)));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("version", store.version());
    body.put("sessions", sessions);
    return AdminResponse.ok(body);
  }
}
