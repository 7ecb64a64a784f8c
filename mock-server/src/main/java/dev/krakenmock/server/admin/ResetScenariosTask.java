package dev.krakenmock.server.admin;

import dev.krakenmock.server.scenario.ScenarioStore;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /__admin/scenarios/reset}: every state machine back to {@code Started} and every
 * call count to 0, in every session, or only in {@code ?session=<name>}.
 */
public final class ResetScenariosTask implements AdminTask {

  private final ScenarioStore store;

  public ResetScenariosTask(ScenarioStore store) {
    this.store = store;
  }

  @Override
  public AdminResponse execute(AdminRequest request) {
    Optional<String> session = request.queryParameter("session");
    if (session.isPresent() && session.get().isBlank()) {
      return AdminResponse.error(AdminResponse.BAD_REQUEST,
          "The session parameter is empty; leave it out to reset every session.");
    }
    session.ifPresentOrElse(store::reset, store::reset);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("reset", session.orElse("all sessions"));
    body.put("sessions", store.sessions().keySet());
    return AdminResponse.ok(body);
  }
}
