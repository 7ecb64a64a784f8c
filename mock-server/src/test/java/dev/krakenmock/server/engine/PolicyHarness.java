package dev.krakenmock.server.engine;

import dev.krakenmock.schema.errors.ErrorCatalogue;
import dev.krakenmock.schema.reference.QueriesReference;
import dev.krakenmock.schema.sdl.GeneratedSchema;
import dev.krakenmock.server.auth.AccessTokenVerification;
import dev.krakenmock.server.auth.GrantType;
import dev.krakenmock.server.auth.TokenClaims;
import dev.krakenmock.server.auth.Viewer;
import dev.krakenmock.server.auth.ViewerType;
import dev.krakenmock.server.scenario.Outcome;
import dev.krakenmock.server.scenario.RequestFacts;
import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Runs documents the way the engine does, but with the field policies and explicit fetchers a
 * test chooses: every other field is answered by a placeholder (an empty object, two list
 * elements, {@code "x"}, {@code 1}, {@code true}), behind the chosen policies, in a {@link
 * RequestScope} built from the request as the engine builds it.
 */
final class PolicyHarness {

  static final ErrorCatalogue CATALOGUE = ErrorCatalogue.of(QueriesReference.bundledContract());
  static final KrakenErrors ERRORS = new KrakenErrors(CATALOGUE);

  /** The reference's schema as the engine serves it: with the login and the meta-query types. */
  static final PolicyHarness GENERATED =
      new PolicyHarness(MetaQueryTypes.withDocumentedFields(
          LoginMutation.withLogin(GeneratedSchema.sdl())));

  private static final String RUN = PolicyHarness.class.getName();

  private final GraphQL graphql;
  private final GraphQLSchema schema;

  PolicyHarness(String sdl) {
    RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
        .wiringFactory(new MockWiringFactory(PolicyHarness::fetch, Map.of()))
        .build();
    this.schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(sdl), wiring);
    this.graphql = GraphQL.newGraphQL(schema).build();
  }

  GraphQLSchema schema() {
    return schema;
  }

  /** One request: its policies, explicit fetchers, headers and credentials. */
  record Run(List<FieldPolicy> policies, Map<String, DataFetcher<?>> explicit,
      Map<String, String> headers, AccessTokenVerification credentials) {

    static Run of(FieldPolicy... policies) {
      return new Run(List.of(policies), Map.of(), Map.of(), anonymous());
    }

    Run withExplicit(Map<String, DataFetcher<?>> fetchers) {
      return new Run(policies, fetchers, headers, credentials);
    }

    Run withHeaders(Map<String, String> values) {
      return new Run(policies, explicit, values, credentials);
    }

    Run as(AccessTokenVerification verification) {
      return new Run(policies, explicit, headers, verification);
    }
  }

  /** The response, and the warnings the request's scope collected. */
  record Result(Map<String, Object> response, List<Map<String, Object>> warnings,
      RequestScope scope) {

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> errors() {
      Object errors = response.get("errors");
      return errors == null ? List.of() : (List<Map<String, Object>>) errors;
    }

    @SuppressWarnings("unchecked")
    String errorCode() {
      Map<String, Object> extensions = (Map<String, Object>) errors().get(0).get("extensions");
      return (String) extensions.get("errorCode");
    }
  }

  Result run(Run run, String query) {
    return run(run, query, Map.of());
  }

  Result run(Run run, String query, Map<String, Object> variables) {
    GraphqlRequest request = new GraphqlRequest(query, null, variables, run.headers());
    RequestScope scope = scope(request, run.credentials());
    ExecutionInput input = ExecutionInput.newExecutionInput().query(query).variables(variables)
        .build();
    scope.attachTo(input.getGraphQLContext());
    input.getGraphQLContext().put(RUN, run);
    Map<String, Object> response = new LinkedHashMap<>(graphql.execute(input).toSpecification());
    return new Result(response, scope.warnings(), scope);
  }

  /** A scope for a request, as the engine makes it (session from {@code X-Mock-Session}). */
  static RequestScope scope(GraphqlRequest request, AccessTokenVerification credentials) {
    String session = request.header(GraphqlEngine.SESSION_HEADER);
    RequestFacts facts = new RequestFacts(session == null ? RequestFacts.DEFAULT_SESSION : session,
        request.operationName(), List.of(), Map.of(), request.variables(), request.headers());
    return new RequestScope(request, facts, Outcome.NONE, () -> credentials);
  }

  static AccessTokenVerification anonymous() {
    return new AccessTokenVerification(AccessTokenVerification.Status.ABSENT, Optional.empty());
  }

  static AccessTokenVerification viewer(String subject, ViewerType type) {
    Instant issued = Instant.parse("2026-01-01T00:00:00Z");
    TokenClaims claims = new TokenClaims(new Viewer(subject, null, type, List.of("*")),
        GrantType.API_KEY, issued, issued.plusSeconds(3600), issued);
    return new AccessTokenVerification(AccessTokenVerification.Status.VALID, Optional.of(claims));
  }

  private static @Nullable Object fetch(DataFetchingEnvironment environment) throws Exception {
    Run run = environment.getGraphQlContext().get(RUN);
    String parentType = ((GraphQLObjectType) environment.getParentType()).getName();
    String field = environment.getField().getName();
    DataFetcher<?> explicit = run.explicit().get(parentType + "." + field);
    if (explicit != null) {
      return new PolicyCheckedFetcher(run::policies, () -> ERRORS, explicit).get(environment);
    }
    Object source = environment.getSource();
    if (source instanceof Map<?, ?> answered && answered.containsKey(field)) {
      return answered.get(field);
    }
    RequestScope scope = RequestScope.of(environment.getGraphQlContext());
    FieldPolicy.FieldContext context = new FieldPolicy.FieldContext(environment, scope,
        source == null, environment.getFieldDefinition(), parentType);
    for (FieldPolicy policy : run.policies()) {
      Optional<RaisedError> raised = policy.check(context);
      if (raised.isPresent()) {
        return DataFetcherResult.newResult().error(ERRORS.onField(environment, raised.get()))
            .build();
      }
    }
    return placeholder(environment.getFieldType());
  }

  private static @Nullable Object placeholder(GraphQLOutputType type) {
    GraphQLType unwrapped = GraphQLTypeUtil.unwrapNonNull(type);
    if (unwrapped instanceof GraphQLList list) {
      List<Object> values = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        values.add(placeholder((GraphQLOutputType) list.getWrappedType()));
      }
      return values;
    }
    if (unwrapped instanceof GraphQLObjectType) {
      return new LinkedHashMap<String, Object>();
    }
    if (unwrapped instanceof GraphQLEnumType enumType) {
      return enumType.getValues().get(0).getName();
    }
    if (unwrapped instanceof GraphQLScalarType scalar) {
      return switch (scalar.getName()) {
        case "String", "ID" -> "x";
        case "Int" -> 1;
        case "Float" -> 1.0;
        case "Boolean" -> true;
        default -> null;
      };
    }
    return null;
  }
}
