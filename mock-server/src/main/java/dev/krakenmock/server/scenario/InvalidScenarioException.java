package dev.krakenmock.server.scenario;

import java.util.List;
import java.util.stream.Collectors;

/** A scenario that does not parse, or breaks its JSON Schema or the rules beyond it. */
public final class InvalidScenarioException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient List<LoadProblem> problems;

  public InvalidScenarioException(List<LoadProblem> problems) {
    super(problems.stream().map(LoadProblem::toString).collect(Collectors.joining("\n")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("An invalid scenario has at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  public List<LoadProblem> problems() {
    return problems;
  }
}
