package dev.krakenmock.server.engine;

import dev.krakenmock.schema.errors.ErrorCatalogue;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Answers {@code possibleErrors(input: {name, type, authErrors})} from the catalogue, with the
 * output type's fields: {@code name}, {@code type} and {@code authErrors} as asked, and {@code
 * possibleErrors} as {@link PossibleErrors} lists them. The input type is opaque in the reference
 * (a scalar here), so it arrives as a map; {@code type} may be {@code QUERY} or {@code MUTATION} in
 * any case, and is echoed as given. An operation that neither the schema nor the catalogue knows
 * fails with KT-CT-1606 ("Query/Mutation not found."), the one code the reference lists for it.
 */
final class PossibleErrorsQuery implements DataFetcher<Object> {

  /** The field this fetcher answers, as the engine's explicit fetchers are keyed. */
  static final String COORDINATES = "Query.possibleErrors";

  static final String NOT_FOUND = "KT-CT-1606";

  private final PossibleErrors possibleErrors;
  private final KrakenErrors errors;

  PossibleErrorsQuery(PossibleErrors possibleErrors, ErrorCatalogue catalogue) {
    this.possibleErrors = possibleErrors;
    this.errors = new KrakenErrors(catalogue);
  }

  @Override
  public Object get(DataFetchingEnvironment environment) {
    Map<?, ?> input = environment.getArgument("input") instanceof Map<?, ?> map ? map : Map.of();
    String name = input.get("name") instanceof String text ? text : "";
    @Nullable String type = input.get("type") == null ? null : String.valueOf(input.get("type"));
    // A boolean from variables or the document, or its text from a client that quotes it.
    boolean authErrors = "true".equalsIgnoreCase(String.valueOf(input.get("authErrors")));
    String kind = kindOf(environment.getGraphQLSchema(), name, type);
    if (kind == null) {
      return DataFetcherResult.<Object>newResult()
          .error(errors.onField(environment, RaisedError.of(NOT_FOUND)))
          .build();
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("name", name);
    answer.put("type", type != null ? type : kind);
    answer.put("authErrors", authErrors);
    answer.put("possibleErrors", possibleErrors.of(name, authErrors));
    return answer;
  }

  /** {@code QUERY} or {@code MUTATION}: where the operation is; null when it is nowhere. */
  private @Nullable String kindOf(GraphQLSchema schema, String name, @Nullable String type) {
    if (name.isEmpty()) {
      return null;
    }
    @Nullable String wanted = type == null ? null : type.toUpperCase(Locale.ROOT);
    if (wanted != null && !wanted.equals("QUERY") && !wanted.equals("MUTATION")) {
      return null;
    }
    boolean query = has(schema.getQueryType(), name)
        || (possibleErrors.knows(name) && !has(schema.getMutationType(), name));
    if (!"MUTATION".equals(wanted) && query) {
      return "QUERY";
    }
    if (!"QUERY".equals(wanted) && has(schema.getMutationType(), name)) {
      return "MUTATION";
    }
    return null;
  }

  private static boolean has(@Nullable GraphQLObjectType root, String name) {
    return root != null && root.getFieldDefinition(name) != null;
  }
}
