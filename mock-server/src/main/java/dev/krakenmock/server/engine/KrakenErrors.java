package dev.krakenmock.server.engine;

import dev.krakenmock.schema.errors.ErrorCatalogue;
import dev.krakenmock.schema.errors.ErrorEntry;
import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Shapes errors as Kraken does: HTTP 200, and each error with {@code message}, {@code
 * locations}, {@code path} and {@code extensions} holding {@code errorType}, {@code errorCode} and
 * {@code errorDescription}, in that order (see kraken-api-facts.md, section 1).
 */
final class KrakenErrors {

  private final ErrorCatalogue catalogue;

  KrakenErrors(ErrorCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  Optional<ErrorEntry> entry(String code) {
    return catalogue.entry(code);
  }

  /** The error on the field being fetched: its path and location come from the live query. */
  GraphQLError onField(DataFetchingEnvironment environment, RaisedError raised) {
    Map<String, Object> extensions = extensions(raised);
    return new KrakenGraphqlError(message(raised),
        List.of(environment.getField().getSourceLocation()),
        environment.getExecutionStepInfo().getPath().toList(),
        extensions);
  }

  /** An error of the whole request, with no path. */
  Map<String, Object> onRequest(RaisedError raised) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("message", message(raised));
    error.put("extensions", extensions(raised));
    return error;
  }

  String message(RaisedError raised) {
    if (raised.message() != null) {
      return raised.message();
    }
    return catalogue.entry(raised.code()).map(ErrorEntry::message).orElse("An error occurred.");
  }

  Map<String, Object> extensions(RaisedError raised) {
    Optional<ErrorEntry> entry = catalogue.entry(raised.code());
    Map<String, Object> extensions = new LinkedHashMap<>();
    extensions.put("errorType", entry.map(ErrorEntry::errorType).orElse("APPLICATION"));
    extensions.put("errorCode", raised.code());
    extensions.put("errorDescription", entry.map(ErrorEntry::description).orElse(""));
    extensions.putAll(raised.extensions());
    return extensions;
  }

  /** Kraken's validation errors carry {@code errorClass} and the failing input paths too. */
  static Map<String, Object> validation(String message, List<Object> inputPath) {
    Map<String, Object> extra = new LinkedHashMap<>();
    extra.put("errorClass", "VALIDATION");
    extra.put("validationErrors", List.of(Map.of("message", message, "inputPath", inputPath)));
    return extra;
  }
}
