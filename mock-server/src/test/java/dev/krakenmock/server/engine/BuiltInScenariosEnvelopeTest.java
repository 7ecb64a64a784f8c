package dev.krakenmock.server.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krakenmock.schema.contract.ApiContract;
import dev.krakenmock.schema.contract.ErrorSpec;
import dev.krakenmock.schema.contract.ExampleValue;
import dev.krakenmock.schema.contract.OperationSpec;
import dev.krakenmock.schema.errors.ErrorCatalogue;
import dev.krakenmock.schema.errors.ErrorEntry;
import dev.krakenmock.schema.reference.QueriesReference;
import dev.krakenmock.schema.sdl.GeneratedSchema;
import dev.krakenmock.server.config.MockServerConfig;
import dev.krakenmock.server.scenario.InMemoryScenarioRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every documented (operation, code) pair of the reference, triggered by its built-in scenario
 * on the operation's own example query: the code comes back in Kraken's envelope, on the root
 * field's path and at its location, with the field null.
 */
class BuiltInScenariosEnvelopeTest {

  private static final ApiContract CONTRACT = QueriesReference.bundledContract();
  private static final ErrorCatalogue CATALOGUE = ErrorCatalogue.of(CONTRACT);
  private static final GraphqlEngine ENGINE = GraphqlEngine.create(
      MockServerConfig.newConfig().auth(false).build(), GeneratedSchema.sdl(),
      InMemoryScenarioRegistry.create(Optional.empty()));
  private static final Pattern SPREAD = Pattern.compile("\\.\\.\\.(\\w+)Fragment\\b");

  /** The example with each spread fragment defined on its type, selecting its typename. */
  private static String runnable(OperationSpec operation) {
    String query = operation.example().query();
    if (operation.name().equals("properties")) {
      // Its example predates the connection type it returns (see the catalog's discrepancies).
      query = "query Properties($accountNumber: String!) {\n"
          + "properties(accountNumber: $accountNumber) { totalCount } }";
    }
    Set<String> types = new TreeSet<>();
    Matcher matcher = SPREAD.matcher(query);
    while (matcher.find()) {
      types.add(matcher.group(1));
    }
    StringBuilder document = new StringBuilder(query);
    types.forEach(type -> document.append("\nfragment ").append(type).append("Fragment on ")
        .append(type).append(" { __typename }"));
    return document.toString();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> variables(OperationSpec operation) {
    Object value = operation.example().variables().map(BuiltInScenariosEnvelopeTest::plain)
        .orElse(Map.of());
    return (Map<String, Object>) value;
  }

  private static Object plain(ExampleValue value) {
    if (value instanceof ExampleValue.ObjectValue object) {
      Map<String, Object> map = new LinkedHashMap<>();
      object.fields().forEach((key, field) -> map.put(key, plain(field)));
      return map;
    }
    if (value instanceof ExampleValue.ArrayValue array) {
      return array.elements().stream().map(BuiltInScenariosEnvelopeTest::plain).toList();
    }
    if (value instanceof ExampleValue.StringValue string) {
      return string.value();
    }
    if (value instanceof ExampleValue.NumberValue number) {
      return number.isInteger() ? (Object) Long.parseLong(number.literal())
          : (Object) Double.parseDouble(number.literal());
    }
    if (value instanceof ExampleValue.BooleanValue bool) {
      return bool.value();
    }
    return Map.of();
  }

  /** The line and column of the root field in the example, as Kraken reports locations. */
  private static Map<String, Object> rootLocation(String query, String field) {
    String[] lines = query.split("\n", -1);
    for (int i = 1; i < lines.length; i++) {
      int column = lines[i].indexOf(field + "(");
      if (column < 0 && (lines[i].strip().equals(field) || lines[i].strip().startsWith(field + " ")
          || lines[i].strip().equals(field + " {"))) {
        column = lines[i].indexOf(field);
      }
      if (column >= 0) {
        return Map.of("line", i + 1, "column", column + 1);
      }
    }
    throw new AssertionError("no " + field + " in " + query);
  }

  @Test
  @SuppressWarnings("unchecked")
  void yieldsEveryDocumentedCodeInKrakensEnvelope() {
    List<String> failures = new ArrayList<>();
    int pairs = 0;
    for (OperationSpec operation : CONTRACT.operations()) {
      String query = runnable(operation);
      for (ErrorSpec documented : operation.possibleErrors()) {
        pairs++;
        String pair = operation.name() + "/" + documented.code();
        Map<String, Object> response = ENGINE.execute(new GraphqlRequest(query, null,
            variables(operation), Map.of("X-Mock-Scenario", pair)));
        List<Map<String, Object>> errors = (List<Map<String, Object>>) response.get("errors");
        if (errors == null || errors.size() != 1) {
          failures.add(pair + ": errors " + errors);
          continue;
        }
        Map<String, Object> error = errors.get(0);
        ErrorEntry entry = CATALOGUE.entry(documented.code()).orElseThrow();
        Map<String, Object> extensions = (Map<String, Object>) error.get("extensions");
        Map<String, Object> data = (Map<String, Object>) response.get("data");
        boolean ok = documented.message().equals(error.get("message"))
            && List.of(operation.name()).equals(error.get("path"))
            && List.of(rootLocation(query, operation.name())).equals(error.get("locations"))
            && List.of("errorType", "errorCode", "errorDescription")
                .equals(List.copyOf(extensions.keySet()))
            && documented.code().equals(extensions.get("errorCode"))
            && entry.errorType().equals(extensions.get("errorType"))
            && entry.description().equals(extensions.get("errorDescription"))
            && (data == null || data.get(operation.name()) == null);
        if (!ok) {
          failures.add(pair + ": " + error + " data " + data);
        }
      }
    }
    assertEquals(197, pairs);
    assertTrue(failures.isEmpty(), failures.size() + " pairs wrong, e.g. "
        + failures.subList(0, Math.min(3, failures.size())));
  }
}
