package dev.krakenmock.server.admin;

import dev.krakenmock.server.journal.InvalidJournalFilterException;
import dev.krakenmock.server.journal.JournalEntry;
import dev.krakenmock.server.journal.JournalFilter;
import dev.krakenmock.server.journal.RequestJournal;
import dev.krakenmock.server.scenario.ScenarioStore;
import java.util.List;

/**
 * {@code GET /__admin/near-misses}: the latest journaled request the filters of {@code GET
 * /__admin/requests} select, with the scenarios that came closest to scripting it and why each
 * did not. 404 when no request matches.
 */
public final class FindNearMissesTask implements AdminTask {

  private final RequestJournal journal;
  private final ScenarioStore store;

  public FindNearMissesTask(RequestJournal journal, ScenarioStore store) {
    this.journal = journal;
    this.store = store;
  }

  @Override
  public AdminResponse execute(AdminRequest request) {
    JournalFilter filter;
    try {
      filter = JournalJson.filter(request);
    } catch (InvalidJournalFilterException e) {
      return AdminResponse.error(AdminResponse.BAD_REQUEST, e.getMessage());
    }
    List<JournalEntry> latest = journal.find(filter.withoutLimit()).stream().limit(1).toList();
    if (latest.isEmpty()) {
      return AdminResponse.error(AdminResponse.NOT_FOUND,
          "No journaled request matches; GET /__admin/requests lists them");
    }
    return AdminResponse.ok(JournalJson.withNearMisses(latest.get(0), store));
  }
}
