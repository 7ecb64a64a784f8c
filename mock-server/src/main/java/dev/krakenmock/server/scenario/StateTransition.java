package dev.krakenmock.server.scenario;

import java.util.Optional;

/**
 * The state machine step of a scenario, as in WireMock: the scenario applies only while the state
 * machine {@code scenarioName} is in {@code requiredState} (any state when absent), and moves it
 * to {@code newState} when it applies. Every state machine starts at {@link #STARTED}, separately
 * in each session.
 */
public record StateTransition(Optional<String> scenarioName, Optional<String> requiredState,
    Optional<String> newState) {

  /** The state every state machine starts in. */
  public static final String STARTED = "Started";

  /** No state machine: the scenario applies in every state. */
  public static final StateTransition NONE =
      new StateTransition(Optional.empty(), Optional.empty(), Optional.empty());

  public StateTransition {
    if (scenarioName.isEmpty() && (requiredState.isPresent() || newState.isPresent())) {
      throw new IllegalArgumentException("A required or new state needs a scenarioName");
    }
  }

  /** Whether the state machine, in {@code current}, lets the scenario apply. */
  public boolean allows(String current) {
    return requiredState.map(current::equals).orElse(true);
  }
}
