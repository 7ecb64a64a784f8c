package dev.krakenmock.server.journal;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One journaled GraphQL request and what it got. Build one with {@link #newEntry(long, Instant)}.
 *
 * @param id the entry's number, increasing in the order requests were journaled
 * @param loggedAt when the request was answered
 * @param session the session it belongs to ({@code X-Mock-Session}, else {@code default})
 * @param method the HTTP method
 * @param path the request path
 * @param operationName the operation name the request gave, if any
 * @param operationType {@code query}, {@code mutation} or {@code subscription}, when known
 * @param rootFields the root fields the operation selects, by field name, in order
 * @param rootArguments the arguments of each root field, variables resolved (for near misses)
 * @param variables the request's variables
 * @param headers every header of the request, names in lower case; {@link #headersOfInterest()}
 *     is what the admin API shows
 * @param status the HTTP status answered
 * @param errorCodes the Kraken error codes of the answer's errors, in order, each once
 * @param scenario the id of the first scenario that scripted the answer, if any
 * @param cached whether the answer came from the response cache
 * @param rejection why the request was refused before execution (bad JSON, wrong content type,
 *     too large, a mutation over GET), if it was
 */
public record JournalEntry(long id, Instant loggedAt, String session, String method, String path,
    @Nullable String operationName, @Nullable String operationType, List<String> rootFields,
    Map<String, Map<String, @Nullable Object>> rootArguments,
    Map<String, @Nullable Object> variables, Map<String, String> headers, int status,
    List<String> errorCodes, @Nullable String scenario, boolean cached,
    @Nullable String rejection) {

  /** The session of requests that name none. */
  public static final String DEFAULT_SESSION = "default";

  /** The headers that name scenarios for one request; requests with them are not near misses. */
  private static final List<String> TRIGGER_HEADERS = List.of("x-mock-scenario", "x-mock-error");

  private static final String AUTHORIZATION = "authorization";
  private static final List<String> SHOWN_HEADERS = List.of("content-type", "user-agent");

  // The maps are the request's own, unmodifiable ones: journaling a request copies nothing.
  public JournalEntry {
    Objects.requireNonNull(loggedAt, "loggedAt");
    Objects.requireNonNull(session, "session");
    rootFields = List.copyOf(rootFields);
    rootArguments = Collections.unmodifiableMap(rootArguments);
    variables = Collections.unmodifiableMap(variables);
    headers = Collections.unmodifiableMap(headers);
    errorCodes = List.copyOf(errorCodes);
  }

  public static Builder newEntry(long id, Instant loggedAt) {
    return new Builder(id, loggedAt);
  }

  /**
   * Whether the request named scenarios or failures in {@code X-Mock-Scenario} or {@code
   * X-Mock-Error}.
   */
  public boolean triggered() {
    for (String name : TRIGGER_HEADERS) {
      if (headers.containsKey(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the request reached the engine and no scenario scripted it, although it named none
   * itself: the requests that near misses explain.
   */
  public boolean unmatched() {
    return rejection == null && scenario == null && !triggered();
  }

  /**
   * The headers worth showing: whether an {@code Authorization} was sent (its secret part
   * redacted), {@code Content-Type}, {@code User-Agent} and every {@code X-Mock-*} header.
   */
  public Map<String, String> headersOfInterest() {
    Map<String, String> shown = new LinkedHashMap<>();
    String authorization = headers.get(AUTHORIZATION);
    if (authorization != null) {
      shown.put(AUTHORIZATION, redacted(authorization));
    }
    for (String name : SHOWN_HEADERS) {
      String value = headers.get(name);
      if (value != null) {
        shown.put(name, value);
      }
    }
    headers.forEach((name, value) -> {
      if (name.startsWith("x-mock-") && !name.equals("x-mock-client-ip")) {
        shown.put(name, value);
      }
    });
    return shown;
  }

  /** The scheme of a credential without the credential: {@code JWT …(redacted)}. */
  static String redacted(String authorization) {
    String trimmed = authorization.strip();
    int space = trimmed.indexOf(' ');
    String scheme = space > 0 ? trimmed.substring(0, space) + " " : "";
    return scheme + "…(redacted)";
  }

  /** Builder of {@link JournalEntry}, with property-named methods. */
  public static final class Builder {
    private final long id;
    private final Instant loggedAt;
    private String session = DEFAULT_SESSION;
    private String method = "POST";
    private String path = "";
    private @Nullable String operationName;
    private Map<String, @Nullable Object> variables = Map.of();
    private Map<String, String> headers = Map.of();
    private int status = 200;
    private AnswerSummary answer = AnswerSummary.NONE;
    private boolean cached;
    private @Nullable String rejection;

    private Builder(long id, Instant loggedAt) {
      this.id = id;
      this.loggedAt = loggedAt;
    }

    public Builder session(String value) {
      this.session = value;
      return this;
    }

    public Builder method(String value) {
      this.method = value;
      return this;
    }

    public Builder path(String value) {
      this.path = value;
      return this;
    }

    public Builder operationName(@Nullable String value) {
      this.operationName = value;
      return this;
    }

    public Builder variables(Map<String, @Nullable Object> value) {
      this.variables = value;
      return this;
    }

    /** The request's headers, names in lower case; the session is taken from them. */
    public Builder headers(Map<String, String> value) {
      this.headers = value;
      String named = value.get("x-mock-session");
      this.session = named == null ? DEFAULT_SESSION : named;
      return this;
    }

    public Builder status(int value) {
      this.status = value;
      return this;
    }

    /** Operation type, root fields and arguments, error codes and scenario, all at once. */
    public Builder answer(AnswerSummary value) {
      this.answer = value;
      return this;
    }

    public Builder cached(boolean value) {
      this.cached = value;
      return this;
    }

    public Builder rejection(@Nullable String value) {
      this.rejection = value;
      return this;
    }

    public JournalEntry build() {
      return new JournalEntry(id, loggedAt, session, method, path, operationName,
          answer.operationType(), answer.rootFields(), answer.rootArguments(), variables, headers,
          status, answer.errorCodes(), answer.scenario(), cached, rejection);
    }
  }
}
