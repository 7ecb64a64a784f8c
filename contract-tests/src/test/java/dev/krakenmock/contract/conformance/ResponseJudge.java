package dev.krakenmock.contract.conformance;

import dev.krakenmock.contract.document.QueryDocument;
import dev.krakenmock.contract.model.ContractModel;
import dev.krakenmock.contract.support.GraphqlResponse;
import dev.krakenmock.schema.contract.ErrorSpec;
import dev.krakenmock.schema.contract.OperationSpec;
import dev.krakenmock.schema.errors.ErrorEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Judges what a target answered to a query document: a GraphQL response (no HTTP 5xx, only {@code
 * data}, {@code errors} and {@code extensions}) whose {@code data} has exactly the shape of the
 * selection (see {@link ResponseShape}) and whose {@code errors} are in Kraken's envelope with
 * codes the operation documents or global ones. For a scripted error it also checks that the code
 * came back on the root field, with its path, location and message.
 */
final class ResponseJudge {

  private static final Set<String> RESPONSE_MEMBERS = Set.of("data", "errors", "extensions");

  private final ContractModel model;
  private final ResponseShape shape;

  ResponseJudge(ContractModel model) {
    this.model = model;
    this.shape = new ResponseShape(model);
  }

  Judgement judge(QueryDocument document, GraphqlResponse response) {
    OperationSpec operation = model.operation(document.operation());
    String rootKey = document.root().responseKey();
    List<Departure> departures = new ArrayList<>();
    if (response.status() >= 500) {
      departures.add(new Departure("HTTP", "status " + response.status() + ", a server error"));
    }
    Optional<JsonNode> json = response.json();
    if (json.isEmpty() || !json.get().isObject()) {
      departures.add(new Departure("body", "not a JSON object: " + abbreviated(response.body())));
      return new Judgement(departures, false, "no GraphQL response");
    }
    JsonNode body = json.get();
    for (String member : body.propertyNames()) {
      if (!RESPONSE_MEMBERS.contains(member)) {
        departures.add(new Departure(member, "not a member of a GraphQL response"));
      }
    }
    JsonNode data = body.get("data");
    JsonNode errors = body.get("errors");
    ErrorEnvelope.Check errorCheck =
        errors == null
            ? new ErrorEnvelope.Check(List.of(), List.of(), List.of())
            : ErrorEnvelope.check(errors, model.allowedCodes(operation), operation.name(), rootKey);
    departures.addAll(errorCheck.envelope());
    boolean hasData = data != null && !data.isNull();
    if (hasData) {
      if (response.status() != 200 && response.status() < 500) {
        departures.add(new Departure("HTTP", "status " + response.status() + " with data"));
      }
      departures.addAll(shape.validate(document, data));
    } else if (errors == null) {
      departures.add(new Departure("data", "missing or null, and no errors say why"));
    }
    boolean exercised = hasData && isValue(data.path(rootKey));
    String summary = summary(exercised, errors != null, errorCheck.codes());
    if (exercised || document.opaqueInputs().isEmpty()) {
      departures.addAll(errorCheck.undocumentedCodes());
      return new Judgement(departures, exercised, summary);
    }
    // The suite sent {} for an input whose fields the reference does not show: the target may
    // refuse it with any code, or before execution in any shape; a field error keeps the envelope.
    List<Departure> kept = hasData ? departures : serverErrors(departures);
    return new Judgement(
        kept,
        false,
        "needs "
            + String.join(", ", document.opaqueInputs())
            + ", whose fields the reference does not document (sent {}); "
            + summary);
  }

  private static List<Departure> serverErrors(List<Departure> departures) {
    return departures.stream().filter(departure -> departure.path().equals("HTTP")).toList();
  }

  Judgement judgeScenario(QueryDocument document, ErrorSpec expected, GraphqlResponse response) {
    Judgement base = judge(document, response);
    List<Departure> departures = new ArrayList<>(base.departures());
    JsonNode body = response.json().orElse(null);
    JsonNode errors = body == null ? null : body.get("errors");
    int index = indexOfCode(errors, expected.code());
    if (index < 0) {
      departures.add(
          new Departure(
              "errors",
              "no error with "
                  + expected.code()
                  + " (scripted with X-Mock-Scenario); "
                  + base.summary()));
      return new Judgement(departures, false, base.summary());
    }
    JsonNode error = errors.get(index);
    String at = "errors[" + index + "]";
    String rootKey = document.root().responseKey();
    String path = String.valueOf(error.get("path"));
    if (!path.equals("[\"" + rootKey + "\"]")) {
      departures.add(new Departure(at + ".path", "expected [\"" + rootKey + "\"], got " + path));
    }
    QueryDocument.SourceLocation root = QueryDocument.ROOT_LOCATION;
    String expectedLocations = "[{\"line\":" + root.line() + ",\"column\":" + root.column() + "}]";
    String locations = String.valueOf(error.get("locations"));
    if (!locations.equals(expectedLocations)) {
      departures.add(
          new Departure(
              at + ".locations",
              "expected " + expectedLocations + " (the root field), got " + locations));
    }
    String message = error.path("message").asString("");
    if (!expected.message().isBlank() && !expected.message().equals(message)) {
      departures.add(
          new Departure(
              at + ".message",
              "expected '" + expected.message() + "' (the reference's), got '" + message + "'"));
    }
    Optional<ErrorEntry> entry = model.error(expected.code());
    String type = error.path("extensions").path("errorType").asString("");
    if (entry.isPresent()
        && entry.get().known().errorType()
        && !entry.get().errorType().equals(type)) {
      departures.add(
          new Departure(
              at + ".extensions.errorType",
              "expected " + entry.get().errorType() + ", got '" + type + "'"));
    }
    departures.addAll(failedRootIsNull(document, body));
    return new Judgement(departures, true, "answered " + expected.code() + " on " + rootKey);
  }

  private List<Departure> failedRootIsNull(QueryDocument document, JsonNode body) {
    JsonNode data = body.get("data");
    String rootKey = document.root().responseKey();
    boolean nonNullRoot = model.operation(document.operation()).returnType().isNonNull();
    if (data == null || data.isNull()) {
      return List.of();
    }
    if (nonNullRoot) {
      return List.of(new Departure("data", "should be null: the failed root field is non-null"));
    }
    if (!data.has(rootKey) || !data.get(rootKey).isNull()) {
      return List.of(new Departure("data." + rootKey, "should be null: the field failed"));
    }
    return List.of();
  }

  private static int indexOfCode(JsonNode errors, String code) {
    if (errors == null || !errors.isArray()) {
      return -1;
    }
    for (int i = 0; i < errors.size(); i++) {
      if (code.equals(errors.get(i).path("extensions").path("errorCode").asString(""))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isValue(JsonNode node) {
    return !node.isMissingNode() && !node.isNull();
  }

  private static String summary(boolean exercised, boolean hasErrors, List<String> codes) {
    String errors = codes.isEmpty() ? "errors without a Kraken code" : String.join(", ", codes);
    if (exercised) {
      return hasErrors ? "answered with data and " + errors : "answered with data";
    }
    return hasErrors ? "answered " + errors + " instead of data" : "answered null";
  }

  static String abbreviated(String text) {
    return abbreviated(text, 200);
  }

  static String abbreviated(String text, int length) {
    String line = text.replace('\n', ' ');
    return line.length() <= length ? line : line.substring(0, length - 3) + "...";
  }
}
