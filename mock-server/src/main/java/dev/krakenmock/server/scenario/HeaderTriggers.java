package dev.krakenmock.server.scenario;

import dev.krakenmock.schema.errors.ErrorCatalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The scenarios a request asks for in its headers.
 *
 * <ul>
 *   <li>{@value #SCENARIO_HEADER}{@code : <id>[, <id>...]} applies the named scenarios (built-in
 *       {@code <operation>/<code>} ones, files, or loaded ones, active or not) to this request as
 *       if they were active;
 *   <li>{@value #ERROR_HEADER}{@code : <path>=<code>[, <path>=<code>...]} fails the field at each
 *       response path ({@code account}, {@code account.bills}, {@code viewer.accounts[0]}) with
 *       the code, which must be in the error catalogue.
 * </ul>
 *
 * <p>A value that does not parse is a problem to report, never a header to ignore.
 *
 * @param scenarioIds the ids named by {@value #SCENARIO_HEADER}, in order
 * @param failures the failures {@value #ERROR_HEADER} asks for, in order
 * @param problems what is wrong with either header, as sentences
 */
public record HeaderTriggers(List<String> scenarioIds, List<FieldFailure> failures,
    List<String> problems) {

  /** Names scenarios to apply to one request. */
  public static final String SCENARIO_HEADER = "X-Mock-Scenario";

  /** Names fields to fail, and with which code, for one request. */
  public static final String ERROR_HEADER = "X-Mock-Error";

  /** The code of the error that reports a trigger that is wrong: Kraken's invalid input. */
  public static final String PROBLEM_CODE = "KT-CT-1605";

  static final Pattern PATH = Pattern.compile(
      "[_A-Za-z][_0-9A-Za-z]*(\\[[0-9]+])*(\\.[_A-Za-z][_0-9A-Za-z]*(\\[[0-9]+])*)*");
  static final Pattern CODE = Pattern.compile("KT-[A-Z]{2}-[0-9]+");

  public HeaderTriggers {
    scenarioIds = List.copyOf(scenarioIds);
    failures = List.copyOf(failures);
    problems = List.copyOf(problems);
  }

  /** Whether a request names any scenario or failure in its headers, without parsing them. */
  public static boolean present(RequestFacts facts) {
    return facts.header(SCENARIO_HEADER) != null || facts.header(ERROR_HEADER) != null;
  }

  /** The triggers of a request; codes are checked against {@code catalogue}. */
  public static HeaderTriggers of(RequestFacts facts, ErrorCatalogue catalogue) {
    List<String> ids = new ArrayList<>();
    List<FieldFailure> failures = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    String scenarios = facts.header(SCENARIO_HEADER);
    if (scenarios != null) {
      for (String item : items(scenarios)) {
        if (item.isEmpty()) {
          problems.add(SCENARIO_HEADER + " '" + scenarios + "' has an empty scenario id;"
              + " separate ids with commas, e.g. account/KT-CT-4178, my-scenario");
        } else {
          ids.add(item);
        }
      }
    }
    String errors = facts.header(ERROR_HEADER);
    if (errors != null) {
      for (String item : items(errors)) {
        FieldFailure failure = failure(item, catalogue, problems);
        if (failure != null) {
          failures.add(failure);
        }
      }
    }
    return new HeaderTriggers(ids, failures, problems);
  }

  private static List<String> items(String header) {
    List<String> items = new ArrayList<>();
    for (String item : header.split(",", -1)) {
      items.add(item.strip());
    }
    return items;
  }

  private static @org.jspecify.annotations.Nullable FieldFailure failure(String item,
      ErrorCatalogue catalogue, List<String> problems) {
    int equals = item.indexOf('=');
    if (equals < 0) {
      problems.add(ERROR_HEADER + " entry '" + item + "' is not <path>=<code>,"
          + " e.g. account=KT-CT-4178");
      return null;
    }
    String path = item.substring(0, equals).strip();
    String code = item.substring(equals + 1).strip();
    if (!PATH.matcher(path).matches()) {
      problems.add(ERROR_HEADER + " entry '" + item + "' has no valid response path before '=';"
          + " write response keys joined by dots, e.g. account.bills or viewer.accounts[0]");
      return null;
    }
    if (!CODE.matcher(code).matches()) {
      problems.add(ERROR_HEADER + " entry '" + item + "' has no Kraken error code after '=',"
          + " e.g. KT-CT-4178");
      return null;
    }
    if (catalogue.entry(code).isEmpty()) {
      problems.add(ERROR_HEADER + " entry '" + item + "' names " + code
          + ", which is not in the error catalogue");
      return null;
    }
    return FieldFailure.of(path, code);
  }
}
