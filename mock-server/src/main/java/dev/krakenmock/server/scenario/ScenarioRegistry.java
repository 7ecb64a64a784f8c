package dev.krakenmock.server.scenario;

/**
 * Decides what scripted outcome, if any, a request gets: from its headers ({@code
 * X-Mock-Scenario}, {@code X-Mock-Error}), the scenario files, and the scenarios loaded through
 * the admin API, with state kept per session. Implementations are thread-safe.
 */
public interface ScenarioRegistry {

  /**
   * The outcome of a request, advancing the state of stateful scenarios of its session.
   *
   * @return {@link Outcome#NONE} when nothing matches
   */
  Outcome resolve(RequestFacts facts);

  /**
   * A number that changes whenever anything that could change an outcome changes (scenarios
   * loaded, activated or reset, states advanced): cached answers older than it are stale.
   */
  long version();

  /** Whether a request could be scripted at all; false lets the engine answer from its cache. */
  boolean mayScript(RequestFacts facts);

  /** A registry that scripts nothing. */
  ScenarioRegistry NONE = new ScenarioRegistry() {
    @Override
    public Outcome resolve(RequestFacts facts) {
      return Outcome.NONE;
    }

    @Override
    public long version() {
      return 0;
    }

    @Override
    public boolean mayScript(RequestFacts facts) {
      return false;
    }
  };
}
