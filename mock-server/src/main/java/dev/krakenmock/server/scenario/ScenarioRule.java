package dev.krakenmock.server.scenario;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Which requests a scenario applies to: every condition given must hold, and a rule without
 * conditions matches every request.
 *
 * @param operationName a condition on the operation's name
 * @param rootField a condition on a root field the operation selects, by field name
 * @param arguments conditions on the arguments of that root field (of any root field when there
 *     is no root field condition), by argument name
 * @param variables conditions on the request's variables, by name
 * @param headers conditions on the request's headers, by lower-case name
 */
public record ScenarioRule(
    Optional<ValueMatcher> operationName,
    Optional<ValueMatcher> rootField,
    Map<String, ValueMatcher> arguments,
    Map<String, ValueMatcher> variables,
    Map<String, ValueMatcher> headers) {

  /** Matches every request. */
  public static final ScenarioRule ANY =
      new ScenarioRule(Optional.empty(), Optional.empty(), Map.of(), Map.of(), Map.of());

  public ScenarioRule {
    arguments = Map.copyOf(arguments);
    variables = Map.copyOf(variables);
    Map<String, ValueMatcher> lowerCase = new LinkedHashMap<>();
    headers.forEach((name, matcher) -> lowerCase.put(name.toLowerCase(Locale.ROOT), matcher));
    headers = Map.copyOf(lowerCase);
  }

  /** A rule that matches requests selecting the root field {@code name}. */
  public static ScenarioRule rootField(String name) {
    return new ScenarioRule(Optional.empty(), Optional.of(ValueMatcher.equalTo(name)), Map.of(),
        Map.of(), Map.of());
  }

  public boolean matches(RequestFacts facts) {
    if (operationName.isPresent() && !operationName.get().matches(facts.operationName())) {
      return false;
    }
    if (!all(variables, facts.variables()) || !all(headers, facts.headers())) {
      return false;
    }
    return facts.rootFields().stream().distinct().anyMatch(field -> matchesRootField(facts, field))
        || (rootField.isEmpty() && arguments.isEmpty());
  }

  private boolean matchesRootField(RequestFacts facts, String field) {
    if (rootField.isPresent() && !rootField.get().matches(field)) {
      return false;
    }
    return all(arguments, facts.rootArguments().getOrDefault(field, Map.of()));
  }

  /**
   * The root field name every matching request selects, when the rule pins one; lets the registry
   * skip the rule cheaply for requests that do not select it.
   */
  public Optional<String> requiredRootField() {
    return rootField.filter(ValueMatcher.EqualTo.class::isInstance)
        .map(matcher -> ((ValueMatcher.EqualTo) matcher).expected())
        .filter(String.class::isInstance)
        .map(String.class::cast);
  }

  /** The operation name every matching request has, when the rule pins one. */
  public Optional<String> requiredOperationName() {
    return operationName.filter(ValueMatcher.EqualTo.class::isInstance)
        .map(matcher -> ((ValueMatcher.EqualTo) matcher).expected())
        .filter(String.class::isInstance)
        .map(String.class::cast);
  }

  /** The rule as written in a scenario file, for the admin API. */
  public Map<String, Object> describe() {
    Map<String, Object> described = new LinkedHashMap<>();
    operationName.ifPresent(matcher -> described.put("operationName", matcher.describe()));
    rootField.ifPresent(matcher -> described.put("rootField", matcher.describe()));
    putAll(described, "arguments", arguments);
    putAll(described, "variables", variables);
    putAll(described, "headers", headers);
    return described;
  }

  private static void putAll(Map<String, Object> described, String key,
      Map<String, ValueMatcher> matchers) {
    if (matchers.isEmpty()) {
      return;
    }
    Map<String, Object> each = new java.util.TreeMap<>();
    matchers.forEach((name, matcher) -> each.put(name, matcher.describe()));
    described.put(key, each);
  }

  private static boolean all(Map<String, ValueMatcher> matchers,
      Map<String, ? extends @Nullable Object> values) {
    for (Map.Entry<String, ValueMatcher> entry : matchers.entrySet()) {
      if (!entry.getValue().matches(values.get(entry.getKey()))) {
        return false;
      }
    }
    return true;
  }
}
