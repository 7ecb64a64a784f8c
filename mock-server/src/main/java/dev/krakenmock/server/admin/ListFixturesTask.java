package dev.krakenmock.server.admin;

import dev.krakenmock.server.fixture.Fixture;
import dev.krakenmock.server.fixture.FixtureProblem;
import dev.krakenmock.server.fixture.FixtureStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /__admin/fixtures}: every fixture in force, in merge order, each as written with
 * its {@code source} and {@code index}, and the problems of the files that failed to load.
 */
public final class ListFixturesTask implements AdminTask {

  private final FixtureStore store;

  public ListFixturesTask(FixtureStore store) {
    this.store = store;
  }

  @Override
  public AdminResponse execute(AdminRequest request) {
    return AdminResponse.ok(listing(store));
  }

  static Map<String, Object> listing(FixtureStore store) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("fixtures", store.fixtures().stream().map(ListFixturesTask::fixture).toList());
    body.put("problems", store.problems().stream().map(ListFixturesTask::problem).toList());
    return body;
  }

  private static Map<String, Object> fixture(Fixture fixture) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("source", fixture.source());
    json.put("index", fixture.index());
    json.putAll(fixture.written());
    return json;
  }

  static Map<String, Object> problem(FixtureProblem problem) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("message", problem.toString());
    json.put("source", problem.source());
    if (!problem.pointer().isEmpty()) {
      json.put("pointer", problem.pointer());
    }
    if (problem.line() > 0) {
      json.put("line", problem.line());
      json.put("column", problem.column());
    }
    return json;
  }

  /** A 400 naming every problem: {@code message} joins them, {@code errors} lists them. */
  static AdminResponse invalid(List<FixtureProblem> problems) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("message", String.join("\n", problems.stream().map(FixtureProblem::toString)
        .toList()));
    body.put("errors", problems.stream().map(ListFixturesTask::problem).toList());
    return new AdminResponse(AdminResponse.BAD_REQUEST, body);
  }
}
