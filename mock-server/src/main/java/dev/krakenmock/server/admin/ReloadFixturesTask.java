package dev.krakenmock.server.admin;

import dev.krakenmock.server.fixture.FixtureStore;

/**
 * {@code POST /__admin/fixtures/reload}: reads the fixture folder's files again now, and
 * answers as {@link ListFixturesTask} does.
 */
public final class ReloadFixturesTask implements AdminTask {

  private final FixtureStore store;

  public ReloadFixturesTask(FixtureStore store) {
    this.store = store;
  }

  @Override
  public AdminResponse execute(AdminRequest request) {
    store.reload();
    return AdminResponse.ok(ListFixturesTask.listing(store));
  }
}
