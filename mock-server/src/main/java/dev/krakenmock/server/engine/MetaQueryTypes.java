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

  private MetaQueryTypes() {}

  /** The SDL with these types' documented fields, where they are still opaque. */
  static String withDocumentedFields(String sdl) {
    String result = sdl;
    for (Map.Entry<String, String> type : DOCUMENTED.entrySet()) {
      if (!result.contains("type " + type.getKey())) {
        continue;
      }
      Pattern opaque = Pattern.compile("(?m)^(?:\"[^\"\\n]*\"\\n)?type " + type.getKey()
          + "((?:\\s+@\\w+" + ARGUMENTS + ")*)\\s*\\{\\s*(?:\"[^\"\\n]*\"\\s*)?"
          + OpaqueSelections.OPAQUE_MARKER + ": Boolean\\s*}");
      Matcher matcher = opaque.matcher(result);
      if (!matcher.find()) {
        continue;
      }
      String directives = OPAQUE_DIRECTIVE.matcher(matcher.group(1)).replaceAll("");
      String replacement = type.getValue().formatted(directives.isBlank() ? "" : directives);
      result = result.substring(0, matcher.start()) + replacement
          + result.substring(matcher.end());
    }
    return result;
  }
}
