package dev.krakenmock.server.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills in the types of Kraken's queries about the API itself that the reference names but leaves
 * opaque, with the fields Kraken's guides and announcements document (kraken-api-facts.md,
 * sections 3 and 4): {@code possibleErrors { code message description type }}, {@code
 * pointsAllowanceRateLimit { limit remainingPoints usedPoints ttl isBlocked }} and {@code
 * fieldSpecificRateLimits { ... node { field rate ttl isBlocked } }}. Opaque selections are
 * answered with generated values after execution, which would overwrite the answers of {@link
 * PossibleErrorsQuery} and {@link RateLimitInfoQuery}; with their fields known, those answers are
 * what the client gets, in strict mode too.
 *
 * <p>Only a type that is still opaque (it has the {@code _opaque} marker the schema module writes)
 * is replaced; a schema that defines these types keeps its own definitions.
 */
final class MetaQueryTypes {

  private static final Map<String, String> DOCUMENTED = new LinkedHashMap<>();

  static {
    DOCUMENTED.put("PossibleErrorType", """
        "A possible error of an operation, as Kraken's possibleErrors query lists it."
        type PossibleErrorType%s {
          "The error code, e.g. KT-CT-1111."
          code: String
          "The error's message."
          message: String
          "The error's longer explanation."
          description: String
          "The error type, e.g. AUTHORIZATION, NOT_FOUND or VALIDATION."
          type: String
        }""");
    DOCUMENTED.put("PointsAllowanceRateLimitInformation", """
        "The viewer's hourly points allowance: each request is charged its complexity."
        type PointsAllowanceRateLimitInformation%s {
          "The points allowed per hour."
          limit: Int
          "The points left in the current hour."
          remainingPoints: Int
          "The points used in the current hour."
          usedPoints: Int
          "When the current hour ends, in Unix seconds."
          ttl: Int
          "Whether the viewer is blocked until the hour ends."
          isBlocked: Boolean
        }""");
    DOCUMENTED.put("FieldSpecificRateLimitInformationType", """
        "A field's own rate limit, as it applies to the viewer."
        type FieldSpecificRateLimitInformationType%s {
          "The rate-limited field."
          field: String
          "The rate in force, e.g. 10/m."
          rate: String
          "When the current window ends, in Unix seconds."
          ttl: Int
          "Whether requests to the field are refused until the window ends."
          isBlocked: Boolean
        }""");
  }

  /** A directive's arguments, whose strings may hold parentheses. */
  private static final String ARGUMENTS = "(?:\\((?:\"[^\"]*\"|[^)\"])*\\))?";

  private static final Pattern OPAQUE_DIRECTIVE = Pattern.compile("\\s*@opaque" + ARGUMENTS);

  /** An opaque type (only the marker field), with its one-line description if it has one. */
  private static final Pattern OPAQUE_TYPE = Pattern.compile("(?:\"[^\"\\n]*\"\\n)?type (\\w+)"
      + "((?:\\s+@\\w+" + ARGUMENTS + ")*)\\s*\\{\\s*(?:\"[^\"\\n]*\"\\s*)?"
      + OpaqueSelections.OPAQUE_MARKER + ": Boolean\\s*}");

  private MetaQueryTypes() {}

  /** The SDL with these types' documented fields, where they are still opaque. */
  static String withDocumentedFields(String sdl) {
    // A leading newline lets a type on the first line be found like any other.
    String result = "\n" + sdl;
    for (Map.Entry<String, String> type : DOCUMENTED.entrySet()) {
      // The type is found by plain search and only its own lines are matched: a pattern tried at
      // every line would scan the whole SDL (a quarter of a megabyte) once per type.
      Matcher matcher = OPAQUE_TYPE.matcher(result);
      String line = "\ntype " + type.getKey();
      int found = -1;
      for (int at = result.indexOf(line); at >= 0 && found < 0; at = result.indexOf(line, at + 1)) {
        int previousLine = result.lastIndexOf('\n', at - 1) + 1;
        if (previousLine > 0 && isOpaque(matcher.region(previousLine, result.length()), type)) {
          found = previousLine;
        } else if (isOpaque(matcher.region(at + 1, result.length()), type)) {
          found = at + 1;
        }
      }
      if (found < 0) {
        continue;
      }
      String directives = OPAQUE_DIRECTIVE.matcher(matcher.group(2)).replaceAll("");
      String replacement = type.getValue().formatted(directives.isBlank() ? "" : directives);
      result = result.substring(0, found) + replacement + result.substring(matcher.end());
    }
    return result.substring(1);
  }

  /** Whether the still opaque {@code type} starts where the matcher's region does. */
  private static boolean isOpaque(Matcher matcher, Map.Entry<String, String> type) {
    return matcher.lookingAt() && matcher.group(1).equals(type.getKey());
  }
}
