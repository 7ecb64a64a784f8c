package dev.krakenmock.server.scenario;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The scenario state of one session at one moment.
 *
 * @param states the state of each state machine that left {@link StateTransition#STARTED}, by
 *     scenario name
 * @param calls how many matching calls each counting scenario has seen, by scenario id
 */
public record SessionSnapshot(Map<String, String> states, Map<String, Integer> calls) {

  public SessionSnapshot {
    states = Collections.unmodifiableMap(new TreeMap<>(states));
    calls = Collections.unmodifiableMap(new TreeMap<>(calls));
  }

  /** The state of {@code scenarioName}, {@link StateTransition#STARTED} until it moves. */
  public String state(String scenarioName) {
    return states.getOrDefault(scenarioName, StateTransition.STARTED);
  }
}
