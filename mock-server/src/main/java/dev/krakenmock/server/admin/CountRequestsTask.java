package dev.krakenmock.server.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.krakenmock.server.journal.InvalidJournalFilterException;
import dev.krakenmock.server.journal.JournalFilter;
import dev.krakenmock.server.journal.RequestJournal;
import java.util.Map;

/**
 * {@code POST /__admin/requests/count}: how many journaled requests the filter in the JSON body
 * selects, e.g. {@code {"operationName": "Account", "variables": {"accountNumber": "A-1"}}}; an
 * empty body counts every request. 400 for a body that is not such an object.
 */
public final class CountRequestsTask implements AdminTask {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final RequestJournal journal;

  public CountRequestsTask(RequestJournal journal) {
    this.journal = journal;
  }

  @Override
  public AdminResponse execute(AdminRequest request) {
    JournalFilter filter;
    try {
      filter = request.body().isBlank() ? JournalFilter.ALL
          : JournalFilter.fromJson(object(request.body()));
    } catch (InvalidJournalFilterException e) {
      return AdminResponse.error(AdminResponse.BAD_REQUEST, e.getMessage());
    }
    return AdminResponse.ok(Map.of("count", journal.count(filter)));
  }

  private static Map<String, ?> object(String body) {
    Object parsed;
    try {
      parsed = MAPPER.readValue(body, Object.class);
    } catch (JsonProcessingException e) {
      throw new InvalidJournalFilterException("The body is not JSON: "
          + e.getOriginalMessage());
    }
    if (!(parsed instanceof Map<?, ?> map)) {
      throw new InvalidJournalFilterException("Send a JSON object such as {\"operationName\":"
          + " \"Account\", \"variables\": {\"accountNumber\": \"A-1\"}}");
    }
    @SuppressWarnings("unchecked")
    Map<String, ?> object = (Map<String, ?>) map;
    return object;
  }
}
