package dev.krakenmock.server.journal;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Which journal entries to find: every condition given must hold. Build one with {@link
 * #newFilter()}, or read one from query parameters or a JSON object.
 *
 * @param session only entries of this session
 * @param operationName only entries with this operation name
 * @param rootField only entries whose operation selects this root field
 * @param variables only entries whose variables hold these values: a partial object, compared
 *     deeply; scalars compare by their text, so {@code 42} matches {@code "42"}
 * @param errorCode only entries whose answer has an error with this code
 * @param status only entries answered with this HTTP status
 * @param unmatched only entries that no scenario scripted and that named none themselves
 * @param limit at most this many entries, the newest; all when empty
 */
public record JournalFilter(Optional<String> session, Optional<String> operationName,
    Optional<String> rootField, Map<String, @Nullable Object> variables,
    Optional<String> errorCode, OptionalInt status, boolean unmatched, OptionalInt limit) {

  /** Matches every entry. */
  public static final JournalFilter ALL = newFilter().build();

  static final String VARIABLES_PREFIX = "variables.";

  private static final String NAMES = "session, operationName, rootField, variables.<name>,"
      + " errorCode, status or limit";

  public JournalFilter {
    variables = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(variables));
    if (limit.isPresent() && limit.getAsInt() < 0) {
      throw new InvalidJournalFilterException("limit must not be negative, was "
          + limit.getAsInt());
    }
  }

  public static Builder newFilter() {
    return new Builder();
  }

  /** A copy that matches only entries of {@code newSession}. */
  public JournalFilter withSession(String newSession) {
    return new JournalFilter(Optional.of(newSession), operationName, rootField, variables,
        errorCode, status, unmatched, limit);
  }

  /** A copy that matches only unmatched entries (see {@link JournalEntry#unmatched()}). */
  public JournalFilter onlyUnmatched() {
    return new JournalFilter(session, operationName, rootField, variables, errorCode, status,
        true, limit);
  }

  /** A copy without a limit. */
  public JournalFilter withoutLimit() {
    return new JournalFilter(session, operationName, rootField, variables, errorCode, status,
        unmatched, OptionalInt.empty());
  }

  /**
   * A filter from URL query parameters: {@code session}, {@code operationName}, {@code
   * rootField}, {@code variables.<name>} (dots reach into objects, {@code variables.input.number}),
   * {@code errorCode}, {@code status} and {@code limit}. A variable's value is text, or an object
   * or list the caller read from JSON text.
   *
   * @throws InvalidJournalFilterException naming an unknown parameter or a bad value
   */
  public static JournalFilter fromQueryParameters(Map<String, ?> parameters) {
    Builder builder = newFilter();
    Map<String, @Nullable Object> variables = new LinkedHashMap<>();
    parameters.forEach((name, value) -> {
      if (name.startsWith(VARIABLES_PREFIX)) {
        putPath(variables, name, value);
        return;
      }
      builder.set(name, String.valueOf(value));
    });
    return builder.variables(variables).build();
  }

  /**
   * A filter from a JSON object read into maps: the keys of {@link #fromQueryParameters}, with
   * {@code variables} an object.
   *
   * @throws InvalidJournalFilterException naming an unknown key or a value of the wrong kind
   */
  public static JournalFilter fromJson(Map<String, ?> json) {
    Builder builder = newFilter();
    json.forEach((name, value) -> {
      if (value == null) {
        return;
      }
      if (name.equals("variables")) {
        if (!(value instanceof Map<?, ?> map)) {
          throw new InvalidJournalFilterException("variables must be an object of variable"
              + " values, e.g. {\"accountNumber\": \"A-1\"}");
        }
        Map<String, @Nullable Object> variables = new LinkedHashMap<>();
        map.forEach((key, each) -> variables.put(String.valueOf(key), each));
        builder.variables(variables);
        return;
      }
      if (value instanceof Map<?, ?> || value instanceof List<?>) {
        throw new InvalidJournalFilterException(name + " must be a single value, was " + value);
      }
      builder.set(name, String.valueOf(value));
    });
    return builder.build();
  }

  private static void putPath(Map<String, @Nullable Object> variables, String parameter,
      Object value) {
    String[] names = parameter.substring(VARIABLES_PREFIX.length()).split("\\.", -1);
    Map<String, @Nullable Object> level = variables;
    for (int i = 0; i < names.length; i++) {
      if (names[i].isEmpty()) {
        throw new InvalidJournalFilterException("Filter parameter '" + parameter
            + "' has an empty variable name; write variables.<name>=<value>, e.g."
            + " variables.accountNumber=A-1");
      }
      if (i == names.length - 1) {
        level.put(names[i], value);
        return;
      }
      Object next = level.computeIfAbsent(names[i], name -> new LinkedHashMap<String, Object>());
      if (!(next instanceof Map<?, ?>)) {
        throw new InvalidJournalFilterException("Filter parameter '" + parameter
            + "' reaches into a variable that another parameter gives a value");
      }
      @SuppressWarnings("unchecked")
      Map<String, @Nullable Object> nested = (Map<String, @Nullable Object>) next;
      level = nested;
    }
  }

  /** Whether {@code entry} meets every condition (the limit aside). */
  public boolean matches(JournalEntry entry) {
    if (session.isPresent() && !session.get().equals(entry.session())) {
      return false;
    }
    if (operationName.isPresent() && !operationName.get().equals(entry.operationName())) {
      return false;
    }
    if (rootField.isPresent() && !entry.rootFields().contains(rootField.get())) {
      return false;
    }
    if (errorCode.isPresent() && !entry.errorCodes().contains(errorCode.get())) {
      return false;
    }
    if (status.isPresent() && status.getAsInt() != entry.status()) {
      return false;
    }
    if (unmatched && !entry.unmatched()) {
      return false;
    }
    return variables.isEmpty() || contains(entry.variables(), variables);
  }

  /** Whether {@code actual} holds every value of {@code expected}, deeply. */
  private static boolean contains(Map<?, ?> actual, Map<?, ?> expected) {
    for (Map.Entry<?, ?> each : expected.entrySet()) {
      if (!same(actual.get(each.getKey()), each.getValue())) {
        return false;
      }
    }
    return true;
  }

  private static boolean same(@Nullable Object actual, @Nullable Object expected) {
    if (expected == null || actual == null) {
      return expected == actual;
    }
    if (expected instanceof Map<?, ?> expectedMap) {
      return actual instanceof Map<?, ?> actualMap && contains(actualMap, expectedMap);
    }
    if (expected instanceof List<?> expectedList) {
      return actual instanceof List<?> actualList && sameElements(actualList, expectedList);
    }
    if (actual instanceof Map<?, ?> || actual instanceof List<?>) {
      return false;
    }
    return text(actual).equals(text(expected));
  }

  private static boolean sameElements(List<?> actual, List<?> expected) {
    if (actual.size() != expected.size()) {
      return false;
    }
    Iterator<?> values = actual.iterator();
    for (Object element : expected) {
      if (!same(values.next(), element)) {
        return false;
      }
    }
    return true;
  }

  private static String text(Object scalar) {
    if (scalar instanceof Number number) {
      try {
        return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
      } catch (NumberFormatException e) {
        // NaN and infinities have no decimal form.
        return number.toString();
      }
    }
    return scalar.toString();
  }

  /** Builder of {@link JournalFilter}, with property-named methods. */
  public static final class Builder {
    private Optional<String> session = Optional.empty();
    private Optional<String> operationName = Optional.empty();
    private Optional<String> rootField = Optional.empty();
    private Map<String, @Nullable Object> variables = Map.of();
    private Optional<String> errorCode = Optional.empty();
    private OptionalInt status = OptionalInt.empty();
    private boolean unmatched;
    private OptionalInt limit = OptionalInt.empty();

    private Builder() {}

    public Builder session(String value) {
      this.session = Optional.of(value);
      return this;
    }

    public Builder operationName(String value) {
      this.operationName = Optional.of(value);
      return this;
    }

    public Builder rootField(String value) {
      this.rootField = Optional.of(value);
      return this;
    }

    public Builder variables(Map<String, @Nullable Object> value) {
      this.variables = value;
      return this;
    }

    public Builder errorCode(String value) {
      this.errorCode = Optional.of(value);
      return this;
    }

    public Builder status(int value) {
      this.status = OptionalInt.of(value);
      return this;
    }

    public Builder unmatched(boolean value) {
      this.unmatched = value;
      return this;
    }

    public Builder limit(int value) {
      this.limit = OptionalInt.of(value);
      return this;
    }

    /** Sets the condition named as in query parameters from its text. */
    private void set(String name, String value) {
      switch (name) {
        case "session" -> session(value);
        case "operationName" -> operationName(value);
        case "rootField" -> rootField(value);
        case "errorCode" -> errorCode(value);
        case "status" -> status(whole(name, value, 100, 599));
        case "limit" -> limit(whole(name, value, 0, Integer.MAX_VALUE));
        default -> throw new InvalidJournalFilterException("Unknown filter parameter '" + name
            + "'; use " + NAMES);
      }
    }

    private static int whole(String name, String value, int lowest, int highest) {
      int number;
      try {
        number = new BigDecimal(value.strip()).intValueExact();
      } catch (ArithmeticException | NumberFormatException e) {
        throw new InvalidJournalFilterException(name + " must be a whole number, was '" + value
            + "'");
      }
      if (number < lowest || number > highest) {
        throw new InvalidJournalFilterException(name + " must be between " + lowest + " and "
            + highest + ", was " + number);
      }
      return number;
    }

    public JournalFilter build() {
      return new JournalFilter(session, operationName, rootField, variables, errorCode, status,
          unmatched, limit);
    }
  }
}
