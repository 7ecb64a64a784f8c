package dev.krakenmock.server.scenario;

import dev.krakenmock.schema.contract.ApiContract;
import dev.krakenmock.schema.contract.ErrorSpec;
import dev.krakenmock.schema.contract.OperationSpec;
import dev.krakenmock.schema.errors.ErrorCatalogue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scenarios that exist without any file: {@code <operation>/<code>} for every error code the
 * reference documents for an operation, failing that operation's root field with that code; and,
 * on demand, the same for pairs it does not document.
 */
final class BuiltInScenarios {

  private static final Pattern PAIR =
      Pattern.compile("([_A-Za-z][_0-9A-Za-z]*)/(KT-[A-Z]{2}-[0-9]+)");

  private BuiltInScenarios() {}

  /** Every built-in scenario of {@code contract}, by id, in reference order; all inactive. */
  static Map<String, Scenario> of(ApiContract contract) {
    Map<String, Scenario> scenarios = new LinkedHashMap<>();
    for (OperationSpec operation : contract.operations()) {
      for (ErrorSpec error : operation.possibleErrors()) {
        String id = id(operation.name(), error.code());
        scenarios.putIfAbsent(id, Scenario.newScenario(id)
            .description("Fails " + operation.name() + " with " + error.code() + ": "
                + error.message())
            .source(Scenario.BUILT_IN_SOURCE)
            .active(false)
            .rule(ScenarioRule.rootField(operation.name()))
            .outcome(ScriptedOutcome.failing(FieldFailure.of(operation.name(), error.code())))
            .build());
      }
    }
    return Collections.unmodifiableMap(scenarios);
  }

  static String id(String operation, String code) {
    return operation + "/" + code;
  }

  /**
   * A scenario of the built-in form for a pair the reference does not document, such as {@code
   * account/KT-CT-4178} (the reference lists only KT-CT-4177 for {@code account}): the code must
   * be in the catalogue, and the operation one the contract knows or the request selects, so that
   * a typing error is reported rather than ignored.
   */
  static Optional<Scenario> undocumented(String id, ErrorCatalogue catalogue,
      Set<String> operations, List<String> rootFields) {
    Matcher pair = PAIR.matcher(id);
    if (!pair.matches()) {
      return Optional.empty();
    }
    String operation = pair.group(1);
    String code = pair.group(2);
    if (catalogue.entry(code).isEmpty()
        || !(operations.contains(operation) || rootFields.contains(operation))) {
      return Optional.empty();
    }
    return Optional.of(Scenario.newScenario(id)
        .description("Fails " + operation + " with " + code
            + ", which the reference does not list among its possible errors")
        .source(Scenario.BUILT_IN_SOURCE)
        .active(false)
        .rule(ScenarioRule.rootField(operation))
        .outcome(ScriptedOutcome.failing(FieldFailure.of(operation, code)))
        .build());
  }
}
