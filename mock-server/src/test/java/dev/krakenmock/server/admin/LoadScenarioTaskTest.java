package dev.krakenmock.server.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krakenmock.server.scenario.InMemoryScenarioRegistry;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoadScenarioTaskTest {

  private final InMemoryScenarioRegistry store = InMemoryScenarioRegistry.create(Optional.empty());
  private final LoadScenarioTask task = new LoadScenarioTask(store);

  private AdminResponse load(String body) {
    return task.execute(AdminRequest.empty().withBody(body));
  }

  @Test
  void createsThenReplacesAScenario() {
    String scenario = "{\"id\": \"x\", \"outcome\": {\"delay\": 5}}";
    AdminResponse created = load(scenario);
    assertEquals(201, created.status());
    assertEquals(Map.of("id", "x", "source", "admin API", "active", true,
        "outcome", Map.of("delay", 5L)), created.body());
    assertEquals(200, load(scenario).status());
  }

  @Test
  @SuppressWarnings("unchecked")
  void answersEveryProblemWithItsLine() {
    AdminResponse response = load("""
        {"id": "x",
         "times": 0,
         "outcome": {"fault": {"kind": "NOPE"}}}""");
    assertEquals(400, response.status());
    List<Map<String, Object>> errors =
        (List<Map<String, Object>>) ((Map<String, Object>) response.body()).get("errors");
    assertEquals(List.of(2, 3), errors.stream().map(error -> error.get("line")).toList());
    assertTrue(errors.get(0).get("message").toString().startsWith("admin API:2:"),
        errors.toString());
  }

  @Test
  void asksForABody() {
    AdminResponse response = load(" ");
    assertEquals(400, response.status());
    assertTrue(response.body().toString().contains("Send the scenario as JSON"));
  }
}
