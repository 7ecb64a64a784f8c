package dev.krakenmock.server.engine;

import graphql.GraphQLError;
import graphql.ParseAndValidate;
import graphql.execution.RawVariables;
import graphql.language.Document;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Kraken's possible-errors header (kraken-api-facts.md, section 3): a request that carries {@code
 * X-Possible-Errors} or {@code X-Kraken-Possible-Errors} (any non-blank value) is validated, its
 * variables too, but not executed; the answer lists, for each root field of the operation, the
 * errors it could raise:
 *
 * <pre>{@code
 * {"data": {"account": {"possibleErrors": [{"code": "KT-CT-4123", "message": "Unauthorized.",
 *   "description": "...", "type": "AUTHORIZATION"}]}}}
 * }</pre>
 *
 * <p>Kraken's exact shape is unconfirmed: the announcement puts the list under {@code
 * data.<operation>.possibleErrors}; here each root field's response key (its alias, else its name)
 * holds it. The list is the reference's codes for the field, plus the authentication codes when
 * the reference says the field needs a token. An invalid document or variables get the ordinary
 * GraphQL {@code errors}, with no {@code data}.
 */
final class PossibleErrorsHeader {

  /** The header names, in lower case as requests carry them; Kraken's docs use both. */
  static final List<String> HEADERS = List.of("x-possible-errors", "x-kraken-possible-errors");

  private final PossibleErrors possibleErrors;

  PossibleErrorsHeader(PossibleErrors possibleErrors) {
    this.possibleErrors = possibleErrors;
  }

  /** Whether the request asks for its possible errors instead of an answer. */
  static boolean isRequested(GraphqlRequest request) {
    for (String header : HEADERS) {
      @Nullable String value = request.header(header);
      if (value != null && !value.isBlank()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The response to a possible-errors request.
   *
   * @param document the document as it would be executed (in lenient mode, the rewritten one)
   * @param schema the executable schema
   * @param variables the request's variables
   * @param operationName the operation to run; may be null when there is only one
   * @return {@code data} with each root field's possible errors, or {@code errors} when the
   *     document or its variables are invalid
   */
  Map<String, Object> respond(Document document, GraphQLSchema schema,
      Map<String, ? extends @Nullable Object> variables, @Nullable String operationName) {
    List<ValidationError> invalid = ParseAndValidate.validate(schema, document);
    if (!invalid.isEmpty()) {
      List<Map<String, Object>> errors = new ArrayList<>();
      invalid.forEach(error -> errors.add(error.toSpecification()));
      return Map.of("errors", errors);
    }
    ExecutableNormalizedOperation operation;
    try {
      operation = ExecutableNormalizedOperationFactory
          .createExecutableNormalizedOperationWithRawVariables(schema, document, operationName,
              RawVariables.of(rawVariables(variables)));
    } catch (RuntimeException e) {
      if (e instanceof GraphQLError error) {
        return Map.of("errors", List.of(error.toSpecification()));
      }
      throw e;
    }
    Map<String, Object> data = new LinkedHashMap<>();
    for (ExecutableNormalizedField field : operation.getTopLevelFields()) {
      if (field.getName().startsWith("__")) {
        continue;
      }
      Map<String, Object> errors = new LinkedHashMap<>();
      errors.put("possibleErrors",
          possibleErrors.of(field.getName(), possibleErrors.needsToken(field.getName())));
      data.putIfAbsent(field.getResultKey(), errors);
    }
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("data", data);
    return response;
  }

  private static Map<String, Object> rawVariables(Map<String, ? extends @Nullable Object> given) {
    Map<String, Object> copy = new LinkedHashMap<>();
    copy.putAll(given);
    return copy;
  }
}
