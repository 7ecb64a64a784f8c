package dev.krakenmock.server.admin;

import dev.krakenmock.server.journal.InvalidJournalFilterException;
import dev.krakenmock.server.journal.JournalFilter;
import dev.krakenmock.server.journal.RequestJournal;
import dev.krakenmock.server.scenario.ScenarioStore;

/**
 * {@code GET /__admin/requests/unmatched}: the journaled requests that no scenario scripted and
 * that named none in a header, newest first, each with {@code nearMisses}: the scenarios that
 * came closest and the conditions each missed. Takes the filters of {@code GET
 * /__admin/requests}.
 */
public final class ListUnmatchedRequestsTask implements AdminTask {

  private final RequestJournal journal;
  private final ScenarioStore store;

  public ListUnmatchedRequestsTask(RequestJournal journal, ScenarioStore store) {
    this.journal = journal;
    this.store = store;
  }

  @Override
  public AdminResponse execute(AdminRequest request) {
    JournalFilter filter;
    try {
      filter = JournalJson.filter(request).onlyUnmatched();
    } catch (InvalidJournalFilterException e) {
      return AdminResponse.error(AdminResponse.BAD_REQUEST, e.getMessage());
    }
    return AdminResponse.ok(JournalJson.page(journal.count(filter), journal.find(filter).stream()
        .map(entry -> JournalJson.withNearMisses(entry, store)).toList()));
  }
}
