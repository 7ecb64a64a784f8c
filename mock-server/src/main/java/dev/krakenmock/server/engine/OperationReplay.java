package dev.krakenmock.server.engine;

import dev.krakenmock.server.fixture.FixtureIndex;
import dev.krakenmock.server.fixture.OperationFixture;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Replays an operation fixture over a generated response: its {@code data} is merged by response
 * key (aliases as the client wrote them), so fields the recording lacks stay generated, and its
 * {@code errors}, when present, replace the generated ones.
 */
final class OperationReplay {

  /**
   * What an operation without a name is recorded as: this prefix and its root fields joined with
   * {@code _} ({@code _anonymous_account}). Record mode writes the same names.
   */
  static final String ANONYMOUS_PREFIX = "_anonymous_";

  private OperationReplay() {}

  /**
   * The name an operation's fixtures are filed under: its own, or for an anonymous operation
   * {@value #ANONYMOUS_PREFIX} and its root fields; empty when there is none.
   */
  static String nameOf(String selectedOperation, List<String> rootFields) {
    if (!selectedOperation.isEmpty() || rootFields.isEmpty()) {
      return selectedOperation;
    }
    return ANONYMOUS_PREFIX + String.join("_", rootFields);
  }

  /** Applies the fixture of the operation, if any; returns whether one applied. */
  static boolean apply(Map<String, Object> response, FixtureIndex fixtures,
      String operationName, Map<String, ? extends @Nullable Object> variables) {
    if (!fixtures.hasOperations() || operationName.isEmpty()) {
      return false;
    }
    Optional<OperationFixture> fixture = fixtures.operation(operationName, variables);
    if (fixture.isEmpty()) {
      return false;
    }
    Map<String, @Nullable Object> recorded = fixture.get().response();
    Map<String, Object> replayed = new LinkedHashMap<>();
    if (recorded.containsKey("errors")) {
      Object errors = recorded.get("errors");
      if (errors instanceof List<?> list && !list.isEmpty()) {
        replayed.put("errors", list);
      }
    } else if (response.containsKey("errors")) {
      replayed.put("errors", response.get("errors"));
    }
    if (recorded.containsKey("data")) {
      replayed.put("data", merged(response.get("data"), recorded.get("data")));
    } else if (response.containsKey("data")) {
      replayed.put("data", response.get("data"));
    }
    response.forEach((key, value) -> {
      if (!key.equals("errors") && !key.equals("data")) {
        replayed.put(key, value);
      }
    });
    response.clear();
    response.putAll(replayed);
    return true;
  }

  /** {@code recorded} over {@code generated}: objects by key, lists by index, with its length. */
  private static @Nullable Object merged(@Nullable Object generated, @Nullable Object recorded) {
    if (recorded instanceof Map<?, ?> top && generated instanceof Map<?, ?> base) {
      Map<String, @Nullable Object> result = new LinkedHashMap<>();
      base.forEach((key, value) -> result.put(String.valueOf(key), value));
      top.forEach((key, value) -> result.put(String.valueOf(key),
          merged(result.get(String.valueOf(key)), value)));
      return result;
    }
    if (recorded instanceof List<?> top && generated instanceof List<?> base) {
      List<@Nullable Object> result = new ArrayList<>(top.size());
      for (int i = 0; i < top.size(); i++) {
        result.add(i < base.size() ? merged(base.get(i), top.get(i)) : top.get(i));
      }
      return result;
    }
    return recorded;
  }
}
