package dev.krakenmock.server.journal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the journal needs to know of an answer that its bytes cannot tell again cheaply: kept with
 * a cached answer so that a cache hit is journaled without executing or parsing anything.
 *
 * @param operationType {@code query}, {@code mutation} or {@code subscription}, when known
 * @param rootFields the root fields the operation selects, by field name, in order
 * @param rootArguments the arguments of each root field, by field name, variables resolved
 * @param errorCodes the Kraken error codes of the response's errors, in order, each once
 * @param scenario the id of the first scenario that scripted the answer, if any
 */
public record AnswerSummary(@Nullable String operationType, List<String> rootFields,
    Map<String, Map<String, @Nullable Object>> rootArguments, List<String> errorCodes,
    @Nullable String scenario) {

  /** Nothing known: a request refused before it reached the engine. */
  public static final AnswerSummary NONE =
      new AnswerSummary(null, List.of(), Map.of(), List.of(), null);

  public AnswerSummary {
    rootFields = List.copyOf(rootFields);
    rootArguments = Map.copyOf(rootArguments);
    errorCodes = List.copyOf(errorCodes);
  }

  /**
   * The error codes of a response in the specification's shape: {@code
   * errors[].extensions.errorCode}, in order, each once.
   */
  public static List<String> errorCodesOf(Map<String, ?> response) {
    if (!(response.get("errors") instanceof List<?> errors) || errors.isEmpty()) {
      return List.of();
    }
    List<String> codes = new ArrayList<>(2);
    for (Object error : errors) {
      if (error instanceof Map<?, ?> map && map.get("extensions") instanceof Map<?, ?> extensions
          && extensions.get("errorCode") instanceof String code && !codes.contains(code)) {
        codes.add(code);
      }
    }
    return codes;
  }
}
