package dev.krakenmock.server.scenario;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scenarios as the admin API manages them: listed, loaded, activated, removed, and their
 * per-session state read and reset. Implementations are thread-safe, and every change is visible
 * to the next request.
 */
public interface ScenarioStore {

  /** The scenarios from files and the admin API, in the order they are tried. */
  List<Scenario> scenarios();

  /** The built-in {@code <operation>/<code>} scenarios, in reference order. */
  List<Scenario> builtInScenarios();

  /** The scenario with this id, of any source. */
  Optional<Scenario> scenario(String id);

  /** Why files were rejected, by file, in file order; empty when every file loaded. */
  List<LoadProblem> loadProblems();

  /**
   * Adds a scenario from JSON text, or replaces the one with the same id; a file's scenario with
   * that id stays hidden until this one is removed.
   *
   * @return the scenario and whether it replaced one
   * @throws InvalidScenarioException when the text does not parse or breaks the schema
   */
  Loaded load(String json);

  /**
   * Turns a scenario on or off for every request; one from a file keeps the setting until its
   * file changes.
   *
   * @return the changed scenario, empty when there is none with that id
   */
  Optional<Scenario> setActive(String id, boolean active);

  /**
   * Removes a scenario; one from a file stays away until its file changes.
   *
   * @return what happened
   */
  Removal remove(String id);

  /** Sets every state machine back to {@code Started} and every call count to 0. */
  void reset();

  /** Same as {@link #reset()}, for one session only. */
  void reset(String session);

  /** The state of each session that has any, by session. */
  Map<String, SessionSnapshot> sessions();

  /** Reads every file again, forgetting activations and removals of file scenarios. */
  void reload();

  /** A number that changes with every change of scenarios or states. */
  long version();

  /** A scenario loaded through {@link #load}, and whether it replaced one with its id. */
  record Loaded(Scenario scenario, boolean replaced) {}

  /** What {@link #remove} did. */
  enum Removal {
    REMOVED,
    NOT_FOUND,
    /** Built-in scenarios cannot be removed, only deactivated. */
    BUILT_IN
  }
}
