package dev.krakenmock.junit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Which journaled requests to select; every condition given must hold. Immutable: each method
 * returns a changed copy, starting from {@link #any()}.
 *
 * <pre>{@code
 * JournalFilter.any().operationName("Account").variable("accountNumber", "A-1")
 * }</pre>
 *
 * @param operationName the request's operation name
 * @param rootField a root field the request selected
 * @param variables variables the request sent with these values (others may be there too)
 * @param errorCode an error code of the answer, such as {@code KT-CT-4178}
 * @param status the answer's HTTP status
 * @param limit at most this many entries, newest first ({@link AdminJournal#requests} only)
 */
public record JournalFilter(
    @Nullable String operationName,
    @Nullable String rootField,
    Map<String, Object> variables,
    @Nullable String errorCode,
    @Nullable Integer status,
    @Nullable Integer limit) {

  private static final JournalFilter ANY = new JournalFilter(null, null, Map.of(), null, null,
      null);

  public JournalFilter {
    variables = Collections.unmodifiableMap(new LinkedHashMap<>(
        Objects.requireNonNull(variables, "variables")));
    if (limit != null && limit < 0) {
      throw new IllegalArgumentException("limit must not be negative, was " + limit);
    }
  }

  /** Every request of the session. */
  public static JournalFilter any() {
    return ANY;
  }

  /** Requests of this operation name. */
  public JournalFilter operationName(String value) {
    return new JournalFilter(Objects.requireNonNull(value, "operationName"), rootField,
        variables, errorCode, status, limit);
  }

  /** Requests that selected this root field. */
  public JournalFilter rootField(String value) {
    return new JournalFilter(operationName, Objects.requireNonNull(value, "rootField"),
        variables, errorCode, status, limit);
  }

  /** Requests whose variable {@code name} had this value. */
  public JournalFilter variable(String name, Object value) {
    Map<String, Object> changed = new LinkedHashMap<>(variables);
    changed.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
    return new JournalFilter(operationName, rootField, changed, errorCode, status, limit);
  }

  /** Requests answered with this error code. */
  public JournalFilter errorCode(String value) {
    return new JournalFilter(operationName, rootField, variables,
        Objects.requireNonNull(value, "errorCode"), status, limit);
  }

  /** Requests answered with this HTTP status. */
  public JournalFilter status(int value) {
    return new JournalFilter(operationName, rootField, variables, errorCode, value, limit);
  }

  /** At most this many entries, newest first. */
  public JournalFilter limit(int value) {
    return new JournalFilter(operationName, rootField, variables, errorCode, status, value);
  }

  /** The query parameters of {@code GET /__admin/requests}, after {@code session}. */
  Map<String, String> queryParameters(String session) {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("session", session);
    putIfPresent(parameters, "operationName", operationName);
    putIfPresent(parameters, "rootField", rootField);
    variables.forEach((name, value) -> parameters.put("variables." + name, text(value)));
    putIfPresent(parameters, "errorCode", errorCode);
    putIfPresent(parameters, "status", status);
    putIfPresent(parameters, "limit", limit);
    return parameters;
  }

  /** The body of {@code POST /__admin/requests/count}. */
  Map<String, Object> countBody(String session) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("session", session);
    putIfGiven(body, "operationName", operationName);
    putIfGiven(body, "rootField", rootField);
    if (!variables.isEmpty()) {
      body.put("variables", variables);
    }
    putIfGiven(body, "errorCode", errorCode);
    putIfGiven(body, "status", status);
    return body;
  }

  private static String text(Object value) {
    return value instanceof Map || value instanceof Iterable ? JsonHttp.write(value)
        : String.valueOf(value);
  }

  private static void putIfPresent(Map<String, String> parameters, String name,
      @Nullable Object value) {
    if (value != null) {
      parameters.put(name, String.valueOf(value));
    }
  }

  private static void putIfGiven(Map<String, Object> body, String name, @Nullable Object value) {
    if (value != null) {
      body.put(name, value);
    }
  }
}
