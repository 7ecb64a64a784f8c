package dev.krakenmock.server.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krakenmock.server.scenario.InMemoryScenarioRegistry;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SetScenarioActiveTaskTest {

  private final InMemoryScenarioRegistry store = InMemoryScenarioRegistry.create(Optional.empty());
  private final SetScenarioActiveTask task = new SetScenarioActiveTask(store);

  private AdminResponse set(String id, String body) {
    return task.execute(AdminRequest.empty().withPathParameter("id", id).withBody(body));
  }

  @Test
  void turnsScenariosOnAndOff() {
    store.load("{\"id\": \"x\", \"outcome\": {\"delay\": 5}}");
    assertEquals(200, set("x", "{\"active\": false}").status());
    assertFalse(store.scenario("x").orElseThrow().active());
    assertEquals(200, set("x", "true").status());
    assertTrue(store.scenario("x").orElseThrow().active());
    assertEquals(200, set("account/KT-CT-4177", "{\"active\": true}").status());
    assertTrue(store.scenario("account/KT-CT-4177").orElseThrow().active());
  }

  @Test
  void refusesUnknownScenariosAndBodiesThatSayNeither() {
    assertEquals(404, set("missing", "{\"active\": true}").status());
    store.load("{\"id\": \"x\", \"outcome\": {\"delay\": 5}}");
    for (String body : new String[] {"", "{}", "{\"active\": \"yes\"}", "[true]", "{\"a\": 1",
        "{\"active\": true, \"also\": 1}"}) {
      assertEquals(400, set("x", body).status(), body);
    }
  }
}
