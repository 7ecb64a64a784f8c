package dev.krakenmock.server.scenario;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One scripted situation: which requests it matches, in which state and on which calls, and what
 * they get. Build one with {@link #newScenario(String)}; copies come from {@link #withActive}.
 *
 * @param id the scenario's id: the file stem for files, {@code <operation>/<code>} for built-ins
 * @param description what it rehearses, for people
 * @param source where it comes from: a file name, {@link #ADMIN_SOURCE} or {@link #BUILT_IN_SOURCE}
 * @param active whether it applies to every matching request, not only to those that name it in
 *     {@code X-Mock-Scenario}
 * @param rule which requests it matches
 * @param transition its state machine step, if any
 * @param calls which matching calls of a session it applies to
 * @param outcome what the requests it applies to get
 */
public record Scenario(String id, String description, String source, boolean active,
    ScenarioRule rule, StateTransition transition, CallWindow calls, ScriptedOutcome outcome) {

  /** The source of scenarios loaded through the admin API. */
  public static final String ADMIN_SOURCE = "admin API";

  /** The source of the scenarios that exist for every documented (operation, code) pair. */
  public static final String BUILT_IN_SOURCE = "built-in";

  /** What an id may look like: no spaces or commas, so that headers can list ids. */
  public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,199}");

  public Scenario {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(source, "source");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("Not a scenario id: '" + id
          + "'; use letters, digits, '.', '_', '/' and '-', starting with a letter or digit");
    }
  }

  public static Builder newScenario(String id) {
    return new Builder(id);
  }

  public boolean builtIn() {
    return BUILT_IN_SOURCE.equals(source);
  }

  public Scenario withActive(boolean newActive) {
    return new Scenario(id, description, source, newActive, rule, transition, calls, outcome);
  }

  public Scenario withSource(String newSource) {
    return new Scenario(id, description, newSource, active, rule, transition, calls, outcome);
  }

  /** The scenario in the shape of a scenario file, for the admin API. */
  public Map<String, Object> describe() {
    Map<String, Object> described = new LinkedHashMap<>();
    described.put("id", id);
    if (!description.isEmpty()) {
      described.put("description", description);
    }
    described.put("active", active);
    Map<String, Object> match = rule.describe();
    if (!match.isEmpty()) {
      described.put("match", match);
    }
    transition.scenarioName().ifPresent(name -> described.put("scenarioName", name));
    transition.requiredState().ifPresent(state -> described.put("requiredState", state));
    transition.newState().ifPresent(state -> described.put("newState", state));
    described.putAll(calls.describe());
    described.put("outcome", outcome.describe());
    return described;
  }

  /** Builder of {@link Scenario}, with property-named methods. */
  public static final class Builder {
    private final String id;
    private String description = "";
    private String source = ADMIN_SOURCE;
    private boolean active = true;
    private ScenarioRule rule = ScenarioRule.ANY;
    private StateTransition transition = StateTransition.NONE;
    private CallWindow calls = CallWindow.ALWAYS;
    private ScriptedOutcome outcome = new ScriptedOutcome(java.util.List.of(), Map.of(),
        Delay.NONE, java.util.Optional.empty());

    private Builder(String id) {
      this.id = id;
    }

    public Builder description(String value) {
      this.description = value;
      return this;
    }

    public Builder source(String value) {
      this.source = value;
      return this;
    }

    public Builder active(boolean value) {
      this.active = value;
      return this;
    }

    public Builder rule(ScenarioRule value) {
      this.rule = value;
      return this;
    }

    public Builder transition(StateTransition value) {
      this.transition = value;
      return this;
    }

    public Builder calls(CallWindow value) {
      this.calls = value;
      return this;
    }

    public Builder outcome(ScriptedOutcome value) {
      this.outcome = value;
      return this;
    }

    public Scenario build() {
      return new Scenario(id, description, source, active, rule, transition, calls, outcome);
    }
  }
}
