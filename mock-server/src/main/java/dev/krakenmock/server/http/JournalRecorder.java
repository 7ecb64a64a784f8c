package dev.krakenmock.server.http;

import dev.krakenmock.server.engine.EngineResponse;
import dev.krakenmock.server.engine.GraphqlRequest;
import dev.krakenmock.server.journal.AnswerSummary;
import dev.krakenmock.server.journal.JournalEntry;
import dev.krakenmock.server.journal.RequestJournal;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes each GraphQL request into the journal: answered ones (executed, cached or faulted) with
 * what the engine knew of them, and those refused before execution with their status and reason.
 */
final class JournalRecorder {

  // Marks requests already journaled, so that the refusal check after the handler skips them.
  private static final String RECORDED = JournalRecorder.class.getName() + ".recorded";

  /** Set by {@link JsonResponder} to the message of an error answer. */
  static final String REJECTION = JournalRecorder.class.getName() + ".rejection";

  private static final int FIRST_CLIENT_ERROR = 400;

  private final RequestJournal journal;
  private final Clock clock;

  JournalRecorder(RequestJournal journal, Clock clock) {
    this.journal = journal;
    this.clock = clock;
  }

  /** What the journal keeps of an answer; nothing when the journal is off. */
  AnswerSummary summaryOf(EngineResponse answer) {
    if (!journal.enabled() || answer.matching().isEmpty()) {
      return AnswerSummary.NONE;
    }
    EngineResponse.Matching matching = answer.matching().get();
    List<String> scenarios = matching.scenarios();
    return new AnswerSummary(matching.operationType(), matching.facts().rootFields(),
        matching.facts().rootArguments(), AnswerSummary.errorCodesOf(answer.body()),
        scenarios.isEmpty() ? null : scenarios.get(0));
  }

  /** Journals a request the endpoint answered, from the engine or the cache. */
  void answered(Context context, GraphqlRequest request, int status, AnswerSummary summary,
      boolean cached) {
    if (!journal.enabled()) {
      return;
    }
    context.attribute(RECORDED, Boolean.TRUE);
    journal.record(JournalEntry.newEntry(journal.nextId(), clock.instant())
        .method(context.req().getMethod())
        .path(context.path())
        .operationName(request.operationName())
        .variables(request.variables())
        .headers(request.headers())
        .status(status)
        .answer(summary)
        .cached(cached)
        .build());
  }

  /**
   * Journals a request record mode forwarded upstream: what the HTTP exchange tells, since the
   * body goes upstream unread.
   */
  void relayed(Context context, int status) {
    if (!journal.enabled()) {
      return;
    }
    context.attribute(RECORDED, Boolean.TRUE);
    journal.record(JournalEntry.newEntry(journal.nextId(), clock.instant())
        .method(context.req().getMethod())
        .path(context.path())
        .operationName(context.queryParam(GraphqlRequestReader.OPERATION_NAME))
        .headers(headersOf(context))
        .status(status)
        .build());
  }

  /**
   * Journals a GraphQL request refused before execution (wrong content type, bad JSON, too
   * large, a mutation over GET, an unacceptable Accept), unless it was journaled already.
   */
  void refusedUnlessAnswered(Context context) {
    if (!journal.enabled() || context.attribute(RECORDED) != null
        || context.statusCode() < FIRST_CLIENT_ERROR) {
      return;
    }
    String reason = context.attribute(REJECTION);
    journal.record(JournalEntry.newEntry(journal.nextId(), clock.instant())
        .method(context.req().getMethod())
        .path(context.path())
        .operationName(context.queryParam(GraphqlRequestReader.OPERATION_NAME))
        .headers(headersOf(context))
        .status(context.statusCode())
        .rejection(reason == null ? "HTTP " + context.statusCode() : reason)
        .build());
  }

  private static Map<String, String> headersOf(Context context) {
    Map<String, String> headers = new LinkedHashMap<>();
    Enumeration<String> names = context.req().getHeaderNames();
    while (names.hasMoreElements()) {
      String name = names.nextElement();
      headers.putIfAbsent(name.toLowerCase(Locale.ROOT), context.req().getHeader(name));
    }
    return headers;
  }

  /** The reason of an error answer, for the journal. */
  static void noteRejection(Context context, @Nullable String message) {
    context.attribute(REJECTION, message);
  }
}
