package dev.krakenmock.server.admin;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.krakenmock.server.scenario.Scenario;
import dev.krakenmock.server.scenario.ScenarioStore;
import java.util.Optional;

/**
 * {@code PUT /__admin/scenarios/{id}/active} with {@code {"active": true}} or {@code false}: turns
 * a scenario on or off for every request. Built-in scenarios can be turned on too.
 */
public final class SetScenarioActiveTask implements AdminTask {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String EXPECTED = "Send {\"active\": true} or {\"active\": false}";

  private final ScenarioStore store;

  public SetScenarioActiveTask(ScenarioStore store) {
    this.store = store;
  }

  @Override
  public AdminResponse execute(AdminRequest request) {
    String id = request.pathParameter("id");
    Optional<Boolean> active = active(request.body());
    if (active.isEmpty()) {
      return AdminResponse.error(AdminResponse.BAD_REQUEST, EXPECTED + "; got '"
          + request.body().strip() + "'.");
    }
    Optional<Scenario> changed = store.setActive(id, active.get());
    if (changed.isEmpty()) {
      return AdminResponse.error(AdminResponse.NOT_FOUND, "No scenario '" + id + "'.");
    }
    return AdminResponse.ok(AdminJson.scenario(changed.get(), store.sessions()));
  }

  private static Optional<Boolean> active(String body) {
    JsonNode json;
    try {
      json = JSON.readTree(body);
    } catch (JacksonException e) {
      return Optional.empty();
    }
    if (json != null && json.isBoolean()) {
      return Optional.of(json.booleanValue());
    }
    if (json != null && json.isObject() && json.size() == 1 && json.path("active").isBoolean()) {
      return Optional.of(json.get("active").booleanValue());
    }
    return Optional.empty();
  }
}
