package dev.krakenmock.server.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.krakenmock.server.scenario.InMemoryScenarioRegistry;
import dev.krakenmock.server.scenario.RequestFacts;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The tasks that read and reset per-session state, and the one that removes scenarios. */
class ScenarioStateTasksTest {

  private final InMemoryScenarioRegistry store = InMemoryScenarioRegistry.create(Optional.empty());

  private void call(String session) {
    store.resolve(new RequestFacts(session, null, List.of("viewer"), Map.of("viewer", Map.of()),
        Map.of(), Map.of()));
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> sessions() {
    Map<String, Object> body =
        (Map<String, Object>) new GetStateTask(store).execute(AdminRequest.empty()).body();
    return (Map<String, Object>) body.get("sessions");
  }

  @Test
  void showsAndResetsTheStateOfEachSession() {
    store.load("""
        {"id": "step", "scenarioName": "flow", "newState": "Done", "times": 5,
         "match": {"rootField": "viewer"}}""");
    call("a");
    call("b");
    call("b");
    assertEquals(Map.of(
        "a", Map.of("states", Map.of("flow", "Done"), "calls", Map.of("step", 1)),
        "b", Map.of("states", Map.of("flow", "Done"), "calls", Map.of("step", 2))), sessions());

    AdminResponse one = new ResetScenariosTask(store)
        .execute(AdminRequest.empty().withQueryParameter("session", "b"));
    assertEquals(200, one.status());
    assertEquals(List.of("a"), List.copyOf(sessions().keySet()));
    new ResetScenariosTask(store).execute(AdminRequest.empty());
    assertEquals(Map.of(), sessions());
  }

  @Test
  void removesScenariosButNotBuiltInOnes() {
    store.load("{\"id\": \"x\", \"outcome\": {\"delay\": 5}}");
    RemoveScenarioTask task = new RemoveScenarioTask(store);
    assertEquals(200, task.execute(AdminRequest.empty().withPathParameter("id", "x")).status());
    assertEquals(404, task.execute(AdminRequest.empty().withPathParameter("id", "x")).status());
    assertEquals(409, task.execute(
        AdminRequest.empty().withPathParameter("id", "account/KT-CT-4177")).status());
  }
}
