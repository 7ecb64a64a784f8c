package dev.krakenmock.server.admin;

import dev.krakenmock.server.journal.RequestJournal;
import java.util.Map;

/**
 * {@code DELETE /__admin/requests[?session=]}: forgets the journaled requests of one session, or
 * of all, and says how many. 400 for any other parameter.
 */
public final class ClearRequestsTask implements AdminTask {

  private static final String SESSION = "session";

  private final RequestJournal journal;

  public ClearRequestsTask(RequestJournal journal) {
    this.journal = journal;
  }

  @Override
  public AdminResponse execute(AdminRequest request) {
    for (String name : request.queryParameters().keySet()) {
      if (!name.equals(SESSION)) {
        return AdminResponse.error(AdminResponse.BAD_REQUEST, "Unknown parameter '" + name
            + "'; only session=<name> limits what is cleared");
      }
    }
    int removed = journal.clear(request.queryParameter(SESSION));
    return AdminResponse.ok(Map.of("removed", removed));
  }
}
