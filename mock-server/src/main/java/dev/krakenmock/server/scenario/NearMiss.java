package dev.krakenmock.server.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A scenario that did not apply to a request, and why: each condition that failed.
 *
 * @param scenario the scenario's id
 * @param differences one sentence per failed condition, e.g. {@code variables.accountNumber:
 *     expected 'A-1', was 'A-2'}
 */
public record NearMiss(String scenario, List<String> differences) {

  /** How many near misses a request gets explained, the closest first. */
  public static final int LIMIT = 3;

  public NearMiss {
    differences = List.copyOf(differences);
  }

  /**
   * The scenarios of {@code store} that came closest to applying to the request of {@code
   * facts}, fewest differences first (file order among equals), at most {@code limit}. Scenarios
   * from files and the admin API count, active or not, and built-in ones only when active. State
   * machines are read as they are now, which may differ from when the request came.
   */
  public static List<NearMiss> closest(ScenarioStore store, RequestFacts facts, int limit) {
    SessionSnapshot session = store.sessions().getOrDefault(facts.session(),
        new SessionSnapshot(Map.of(), Map.of()));
    List<Scenario> candidates = new ArrayList<>(store.scenarios());
    store.builtInScenarios().stream().filter(Scenario::active).forEach(candidates::add);
    List<NearMiss> misses = new ArrayList<>();
    for (Scenario scenario : candidates) {
      misses.add(new NearMiss(scenario.id(), differences(scenario, facts, session)));
    }
    misses.sort(Comparator.comparingInt(miss -> miss.differences().size()));
    return List.copyOf(misses.subList(0, Math.min(limit, misses.size())));
  }

  private static List<String> differences(Scenario scenario, RequestFacts facts,
      SessionSnapshot session) {
    List<String> differences = new ArrayList<>(scenario.rule().differences(facts));
    if (!scenario.active()) {
      differences.add("active: false; it applies only to requests that name it in "
          + HeaderTriggers.SCENARIO_HEADER);
    }
    StateTransition transition = scenario.transition();
    if (transition.scenarioName().isPresent() && transition.requiredState().isPresent()) {
      String name = transition.scenarioName().get();
      String state = session.state(name);
      if (!transition.allows(state)) {
        differences.add("state: '" + name + "' is '" + state + "' in session '"
            + facts.session() + "', the scenario needs '" + transition.requiredState().get()
            + "'");
      }
    }
    if (!differences.isEmpty()) {
      return differences;
    }
    if (scenario.calls().counts()) {
      return List.of("calls: the request was outside the scenario's call window "
          + scenario.calls().describe() + " of session '" + facts.session() + "'");
    }
    return List.of("none now: the scenario was loaded or changed after this request");
  }
}
