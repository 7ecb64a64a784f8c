package dev.krakenmock.server.engine;

import dev.krakenmock.server.scenario.FieldFailure;
import java.util.List;
import java.util.Optional;

/**
 * Fails the fields a scenario names, at their response path: {@code account}, {@code a.bills}
 * (aliases as the query has them), {@code viewer.accounts[1].balance}; a path without list index
 * fails the field in every element. A root field is also failed by its field name, so that a
 * scenario written for an operation applies whatever alias the query gives it.
 */
final class ScriptedFailures implements FieldPolicy {

  @Override
  public boolean mayApplyToPlainField(graphql.schema.GraphQLFieldDefinition definition,
      RequestScope scope) {
    return !scope.outcome().failures().isEmpty();
  }

  @Override
  public Optional<RaisedError> check(FieldContext context) {
    List<FieldFailure> failures = context.scope().outcome().failures();
    if (failures.isEmpty()) {
      return Optional.empty();
    }
    return matching(failures, context.responsePath(), context.root() ? context.fieldName() : null);
  }

  /**
   * The failure scripted for a field at {@code actual}; a root field (given its field name) may
   * also be named by its field name, whatever alias the query gives it.
   */
  static Optional<RaisedError> matching(List<FieldFailure> failures, String actual,
      @org.jspecify.annotations.Nullable String byFieldName) {
    String withoutIndices = actual.replaceAll("\\[\\d+]", "");
    for (FieldFailure failure : failures) {
      String wanted = failure.path();
      if (wanted.equals(actual) || wanted.equals(byFieldName)
          || (!wanted.contains("[") && wanted.equals(withoutIndices))) {
        return Optional.of(new RaisedError(failure.code(), failure.message(),
            failure.extensions()));
      }
    }
    return Optional.empty();
  }
}
