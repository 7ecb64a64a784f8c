package dev.krakenmock.server.admin;

import dev.krakenmock.server.journal.InvalidJournalFilterException;
import dev.krakenmock.server.journal.JournalFilter;
import dev.krakenmock.server.journal.RequestJournal;

/**
 * {@code GET /__admin/requests}: the journaled requests the query parameters select ({@code
 * session}, {@code operationName}, {@code rootField}, {@code variables.<name>}, {@code errorCode},
 * {@code status}, {@code limit}), newest first, with how many match in all. 400 for an unknown
 * parameter or a bad value.
 */
public final class ListRequestsTask implements AdminTask {

  private final RequestJournal journal;

  public ListRequestsTask(RequestJournal journal) {
    this.journal = journal;
  }

  @Override
  public AdminResponse execute(AdminRequest request) {
    JournalFilter filter;
    try {
      filter = JournalJson.filter(request);
    } catch (InvalidJournalFilterException e) {
      return AdminResponse.error(AdminResponse.BAD_REQUEST, e.getMessage());
    }
    return AdminResponse.ok(JournalJson.page(journal.count(filter),
        journal.find(filter).stream().map(JournalJson::entry).toList()));
  }
}
