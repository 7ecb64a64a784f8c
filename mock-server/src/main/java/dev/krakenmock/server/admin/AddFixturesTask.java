package dev.krakenmock.server.admin;

import dev.krakenmock.server.fixture.FixtureProblem;
import dev.krakenmock.server.fixture.FixtureStore;
import dev.krakenmock.server.fixture.InvalidFixtureException;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /__admin/fixtures}: adds the fixtures of the body, a fixture file object or one
 * fixture object, over those in force; 201 with {@code {"added": n}}, or 400 naming each problem.
 */
public final class AddFixturesTask implements AdminTask {

  private final FixtureStore store;

  public AddFixturesTask(FixtureStore store) {
    this.store = store;
  }

  @Override
  public AdminResponse execute(AdminRequest request) {
    if (request.body().isBlank()) {
      return ListFixturesTask.invalid(List.of(new FixtureProblem(FixtureStore.ADMIN_SOURCE, "", 0,
          0, "the body must be a fixture file object {\"fixtures\": [...]} or one fixture"
              + " object")));
    }
    try {
      return AdminResponse.created(Map.of("added", store.add(request.body())));
    } catch (InvalidFixtureException e) {
      return ListFixturesTask.invalid(e.problems());
    }
  }
}
