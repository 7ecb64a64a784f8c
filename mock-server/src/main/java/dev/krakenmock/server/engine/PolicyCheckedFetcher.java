package dev.krakenmock.server.engine;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLObjectType;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * An explicit fetcher behind the field policies: the policies that guard generated fields (auth,
 * scripted failures, rate limits, deprecations) guard {@code possibleErrors}, {@code
 * queryComplexity} and {@code rateLimitInfo} too, which the reference gives permissions and rate
 * limits of their own. The policies and the error shaper are supplied late, because explicit
 * fetchers are made before the schema they are wired into.
 */
final class PolicyCheckedFetcher implements DataFetcher<Object> {

  private final Supplier<List<FieldPolicy>> policies;
  private final Supplier<@Nullable KrakenErrors> errors;
  private final DataFetcher<?> delegate;

  PolicyCheckedFetcher(Supplier<List<FieldPolicy>> policies,
      Supplier<@Nullable KrakenErrors> errors, DataFetcher<?> delegate) {
    this.policies = policies;
    this.errors = errors;
    this.delegate = delegate;
  }

  @Override
  public @Nullable Object get(DataFetchingEnvironment environment) throws Exception {
    @Nullable RequestScope scope = RequestScope.of(environment.getGraphQlContext());
    @Nullable KrakenErrors shaper = errors.get();
    if (scope == null || shaper == null) {
      return delegate.get(environment);
    }
    String parentType = ((GraphQLObjectType) environment.getParentType()).getName();
    FieldPolicy.FieldContext context = new FieldPolicy.FieldContext(environment, scope,
        environment.getSource() == null, environment.getFieldDefinition(), parentType);
    for (FieldPolicy policy : policies.get()) {
      Optional<RaisedError> raised = policy.check(context);
      if (raised.isPresent()) {
        return DataFetcherResult.newResult()
            .error(shaper.onField(environment, raised.get()))
            .build();
      }
    }
    return delegate.get(environment);
  }
}
