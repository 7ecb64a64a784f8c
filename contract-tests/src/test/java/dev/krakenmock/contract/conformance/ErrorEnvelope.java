package dev.krakenmock.contract.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Kraken's error envelope: each error has a {@code message}; {@code locations} of positive {@code
 * line} and {@code column}, required when it has a {@code path}; a {@code path} of names and
 * indices that starts at a root field of the query; and {@code extensions} with string {@code
 * errorType}, {@code errorCode} and {@code errorDescription}, the code being one the operation
 * documents or a global one.
 */
final class ErrorEnvelope {

  private static final Pattern CODE = Pattern.compile("KT-[A-Z]{2}-\\d+");

  private ErrorEnvelope() {}

  /**
   * What the {@code errors} member departs in: its envelope, and codes that are neither documented
   * for the operation nor global; and the codes it carries.
   */
  record Check(List<Departure> envelope, List<Departure> undocumentedCodes, List<String> codes) {

    List<Departure> departures() {
      List<Departure> all = new ArrayList<>(envelope);
      all.addAll(undocumentedCodes);
      return all;
    }
  }

  static Check check(JsonNode errors, Set<String> allowedCodes, String operation, String rootKey) {
    List<Departure> departures = new ArrayList<>();
    List<Departure> undocumented = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    if (!errors.isArray() || errors.isEmpty()) {
      departures.add(new Departure("errors", "not a non-empty list"));
      return new Check(departures, undocumented, codes);
    }
    for (int i = 0; i < errors.size(); i++) {
      String at = "errors[" + i + "]";
      JsonNode error = errors.get(i);
      if (!error.isObject()) {
        departures.add(new Departure(at, "not an object"));
        continue;
      }
      if (!error.path("message").isString() || error.path("message").stringValue().isBlank()) {
        departures.add(new Departure(at + ".message", "missing or not a non-empty string"));
      }
      checkLocations(error, at, departures);
      checkPath(error, at, rootKey, departures);
      checkExtensions(error, at, departures, codes);
      checkCode(error, at, allowedCodes, operation, undocumented);
    }
    return new Check(departures, undocumented, codes);
  }

  private static void checkLocations(JsonNode error, String at, List<Departure> departures) {
    JsonNode locations = error.get("locations");
    if (locations == null) {
      if (error.has("path")) {
        departures.add(new Departure(at + ".locations", "missing on an error with a path"));
      }
      return;
    }
    if (!locations.isArray() || locations.isEmpty()) {
      departures.add(new Departure(at + ".locations", "not a non-empty list"));
      return;
    }
    for (int j = 0; j < locations.size(); j++) {
      JsonNode location = locations.get(j);
      boolean wellFormed =
          location.path("line").isIntegralNumber()
              && location.path("line").asInt() >= 1
              && location.path("column").isIntegralNumber()
              && location.path("column").asInt() >= 1;
      if (!wellFormed) {
        departures.add(
            new Departure(
                at + ".locations[" + j + "]", "not {line, column} counted from 1: " + location));
      }
    }
  }

  private static void checkPath(
      JsonNode error, String at, String rootKey, List<Departure> departures) {
    JsonNode path = error.get("path");
    if (path == null) {
      return;
    }
    if (!path.isArray() || path.isEmpty()) {
      departures.add(new Departure(at + ".path", "not a non-empty list"));
      return;
    }
    for (JsonNode segment : path) {
      if (!segment.isString() && !segment.isIntegralNumber()) {
        departures.add(
            new Departure(at + ".path", "holds " + segment + ", not a name or an index"));
        return;
      }
    }
    if (!path.get(0).isString() || !path.get(0).stringValue().equals(rootKey)) {
      departures.add(
          new Departure(
              at + ".path",
              "starts at " + path.get(0) + ", not at the root field \"" + rootKey + "\""));
    }
  }

  private static void checkExtensions(
      JsonNode error, String at, List<Departure> departures, List<String> codes) {
    JsonNode extensions = error.get("extensions");
    String message = " (message: " + abbreviated(error.path("message")) + ")";
    if (extensions == null || !extensions.isObject()) {
      departures.add(
          new Departure(
              at + ".extensions",
              "missing: Kraken's errors carry errorType, errorCode and errorDescription"
                  + message));
      return;
    }
    List<String> missing = new ArrayList<>();
    for (String member : List.of("errorType", "errorCode", "errorDescription")) {
      if (!extensions.path(member).isString()) {
        missing.add(member);
      }
    }
    if (!missing.isEmpty()) {
      departures.add(
          new Departure(
              at + ".extensions",
              "lacks "
                  + String.join(", ", missing)
                  + " as strings; it has "
                  + extensions.propertyNames()
                  + message));
    }
    JsonNode code = extensions.path("errorCode");
    if (!code.isString()) {
      return;
    }
    codes.add(code.stringValue());
    if (!CODE.matcher(code.stringValue()).matches()) {
      departures.add(
          new Departure(
              at + ".extensions.errorCode", "'" + code.stringValue() + "' is not a Kraken code"));
    }
  }

  private static String abbreviated(JsonNode node) {
    String text = String.valueOf(node);
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }

  private static void checkCode(
      JsonNode error,
      String at,
      Set<String> allowedCodes,
      String operation,
      List<Departure> undocumented) {
    JsonNode code = error.path("extensions").path("errorCode");
    if (code.isString()
        && CODE.matcher(code.stringValue()).matches()
        && !allowedCodes.contains(code.stringValue())) {
      undocumented.add(
          new Departure(
              at + ".extensions.errorCode",
              code.stringValue()
                  + " is neither documented for "
                  + operation
                  + " nor a global code"));
    }
  }
}
