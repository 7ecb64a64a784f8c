package dev.krakenmock.server.admin;

import dev.krakenmock.server.fixture.FixtureStore;
import java.util.Map;

/**
 * {@code DELETE /__admin/fixtures}: removes the fixtures added through the admin API (files and
 * built-in ones stay); answers {@code {"removed": n}}.
 */
public final class ClearFixturesTask implements AdminTask {

  private final FixtureStore store;

  public ClearFixturesTask(FixtureStore store) {
    this.store = store;
  }

  @Override
  public AdminResponse execute(AdminRequest request) {
    return AdminResponse.ok(Map.of("removed", store.clearAdded()));
  }
}
