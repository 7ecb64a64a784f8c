package dev.krakenmock.server.engine;

import dev.krakenmock.schema.errors.ErrorCatalogue;
import graphql.execution.DataFetcherResult;
import graphql.language.Document;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Answers {@code queryComplexity(input: {query, variables, operationName})} with the complexity
 * the same request would be charged ({@link QueryComplexity}). The input type is opaque in the
 * reference (a scalar here), so it arrives as a map. A missing or unparsable query fails the field
 * with KT-CT-1605, naming the input path.
 */
final class QueryComplexityQuery implements DataFetcher<Object> {

  /** The field this fetcher answers, as the engine's explicit fetchers are keyed. */
  static final String COORDINATES = "Query.queryComplexity";

  static final String INVALID_INPUT = "KT-CT-1605";

  private final QueryComplexity complexity;
  private final KrakenErrors errors;

  QueryComplexityQuery(QueryComplexity complexity, ErrorCatalogue catalogue) {
    this.complexity = complexity;
    this.errors = new KrakenErrors(catalogue);
  }

  @Override
  public Object get(DataFetchingEnvironment environment) {
    Map<?, ?> input = environment.getArgument("input") instanceof Map<?, ?> map ? map : Map.of();
    if (!(input.get("query") instanceof String query) || query.isBlank()) {
      return invalid(environment, "A query is required.", "query");
    }
    Document document;
    try {
      document = Parser.parse(ParserEnvironment.newParserEnvironment()
          .document(query)
          .parserOptions(ParserOptions.getDefaultOperationParserOptions())
          .build());
    } catch (InvalidSyntaxException e) {
      return invalid(environment, e.getMessage(), "query");
    }
    @Nullable String operationName =
        input.get("operationName") instanceof String name ? name : null;
    SelectionTree tree = SelectionTree.of(environment.getGraphQLSchema(), document,
        operationName, variables(input.get("variables")));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("complexityValue", complexity.of(tree));
    return answer;
  }

  /** The variables, as an object; anything else counts as none. */
  private static Map<String, @Nullable Object> variables(@Nullable Object given) {
    Map<String, @Nullable Object> variables = new LinkedHashMap<>();
    if (given instanceof Map<?, ?> map) {
      map.forEach((key, value) -> variables.put(String.valueOf(key), value));
    }
    return variables;
  }

  private DataFetcherResult<Object> invalid(DataFetchingEnvironment environment, String message,
      String inputField) {
    RaisedError raised = new RaisedError(INVALID_INPUT, null,
        KrakenErrors.validation(message, List.of("input", inputField)));
    return DataFetcherResult.<Object>newResult().error(errors.onField(environment, raised)).build();
  }
}
