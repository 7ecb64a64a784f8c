package dev.krakenmock.server.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
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

  /**
   * Why the rule does not match {@code facts}: one sentence per condition that fails, such as
   * {@code operationName: expected 'Account', was 'Accounts'}; empty when it matches. Argument
   * conditions are explained against the root field that comes closest.
   */
  public List<String> differences(RequestFacts facts) {
    List<String> differences = new ArrayList<>();
    operationName.ifPresent(matcher -> difference("operationName", matcher,
        facts.operationName(), differences));
    differences.addAll(rootFieldDifferences(facts));
    variables.keySet().stream().sorted().forEach(name -> difference("variables." + name,
        variables.get(name), facts.variables().get(name), differences));
    headers.keySet().stream().sorted().forEach(name -> difference("header " + name,
        headers.get(name), facts.headers().get(name), differences));
    return differences;
  }

  private List<String> rootFieldDifferences(RequestFacts facts) {
    if (rootField.isEmpty() && arguments.isEmpty()) {
      return List.of();
    }
    List<String> candidates = facts.rootFields().stream().distinct()
        .filter(field -> rootField.isEmpty() || rootField.get().matches(field)).toList();
    if (candidates.isEmpty()) {
      String selected = facts.rootFields().isEmpty() ? "none"
          : facts.rootFields().stream().distinct().map(ScenarioRule::quoted)
              .collect(Collectors.joining(", "));
      return List.of(rootField.map(matcher -> "rootField: expected " + expectation(matcher)
          + ", was " + selected)
          .orElse("arguments: the operation selects no root field"));
    }
    // The first root field with the fewest differences.
    return candidates.stream().map(field -> argumentDifferences(facts, field))
        .min(java.util.Comparator.comparingInt(List::size)).orElseThrow();
  }

  private List<String> argumentDifferences(RequestFacts facts, String field) {
    Map<String, ? extends @Nullable Object> values =
        facts.rootArguments().getOrDefault(field, Map.of());
    List<String> differences = new ArrayList<>();
    arguments.keySet().stream().sorted().forEach(name -> difference("arguments." + name,
        arguments.get(name), values.get(name), differences));
    return differences;
  }

  private static void difference(String label, ValueMatcher matcher, @Nullable Object value,
      List<String> differences) {
    if (matcher.matches(value)) {
      return;
    }
    if (value == null && matcher instanceof ValueMatcher.Presence) {
      differences.add(label + ": missing");
      return;
    }
    differences.add(label + ": expected " + expectation(matcher) + ", was "
        + (value == null ? "missing" : quoted(value)));
  }

  private static String expectation(ValueMatcher matcher) {
    if (matcher instanceof ValueMatcher.Regex regex) {
      return "a match of /" + regex.pattern().pattern() + "/";
    }
    if (matcher instanceof ValueMatcher.Presence presence) {
      return presence.absent() ? "absent" : "present";
    }
    return quoted(((ValueMatcher.EqualTo) matcher).expected());
  }

  private static String quoted(@Nullable Object value) {
    if (value == null) {
      return "absent";
    }
    return value instanceof String text ? "'" + text + "'" : String.valueOf(value);
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
