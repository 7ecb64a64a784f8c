package dev.krakenmock.junit;

import java.util.ArrayList;
import java.util.List;

/**
 * A client of the mock's admin API under {@code /__admin}, bound to one test's session: {@link
 * #scenarios()}, {@link #fixtures()} and the request {@link #journal()}. What a test adds through
 * it is removed when the test ends, and the test's journal and scenario states are cleared, so
 * that tests do not see each other's.
 *
 * <p>Declare it as a parameter, or take it from {@link KrakenMockServer#admin()}. Injected into a
 * {@code @BeforeAll} or {@code @AfterAll} method it works for the whole class: scenarios loaded
 * there apply to every session and are removed after the class.
 */
public final class KrakenMockAdmin {

  static final String PREFIX = "/__admin";

  private final String session;
  private final AdminScenarios scenarios;
  private final AdminFixtures fixtures;
  private final AdminJournal journal;

  KrakenMockAdmin(JsonHttp http, String session, boolean scopeScenariosToSession) {
    this.session = session;
    this.scenarios = new AdminScenarios(http, session, scopeScenariosToSession);
    this.fixtures = new AdminFixtures(http);
    this.journal = new AdminJournal(http, session);
  }

  /** The session this client works for. */
  public String session() {
    return session;
  }

  /** Scenarios: load one for this test, list, reset this session's states and call counts. */
  public AdminScenarios scenarios() {
    return scenarios;
  }

  /** Fixtures added at run time: add, list, clear. */
  public AdminFixtures fixtures() {
    return fixtures;
  }

  /** The request journal of this session: list, count, clear, unmatched requests. */
  public AdminJournal journal() {
    return journal;
  }

  /**
   * Undoes what this client added and clears the session's journal and scenario states; every
   * step is tried, and the first failure is thrown with the others suppressed.
   */
  void cleanUp() {
    List<RuntimeException> failures = new ArrayList<>();
    attempt(failures, scenarios::removeAdded);
    attempt(failures, fixtures::removeAdded);
    attempt(failures, scenarios::reset);
    attempt(failures, journal::clear);
    if (failures.isEmpty()) {
      return;
    }
    RuntimeException first = failures.get(0);
    failures.subList(1, failures.size()).forEach(first::addSuppressed);
    throw first;
  }

  private static void attempt(List<RuntimeException> failures, Runnable step) {
    try {
      step.run();
    } catch (RuntimeException e) {
      failures.add(e);
    }
  }

  @Override
  public String toString() {
    return "KrakenMockAdmin[session " + session + "]";
  }
}
