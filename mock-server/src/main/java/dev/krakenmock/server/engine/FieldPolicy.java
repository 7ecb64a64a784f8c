package dev.krakenmock.server.engine;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import java.util.Optional;

/**
 * A rule checked before a field is answered: authentication, scripted failures, rate limits,
 * page-size bounds, disabled fields. The first rule that raises an error fails the field (its
 * value becomes null, and nulls propagate by the schema's non-null rules); siblings are still
 * answered. Rules must be cheap: they run for every field.
 */
interface FieldPolicy {

  Optional<RaisedError> check(FieldContext context);

  /**
   * Whether the rule may raise an error or a warning, in this request, for a plain field of a
   * generated object: not a root field, not a connection, without arguments. When no rule may,
   * the field is answered without building graphql-java's environment for it, the largest part
   * of answering it. True unless a rule says otherwise.
   */
  default boolean mayApplyToPlainField(GraphQLFieldDefinition definition, RequestScope scope) {
    return true;
  }

  /**
   * The field being answered.
   *
   * @param environment graphql-java's environment of the field
   * @param scope the request's scope
   * @param root whether the field is a root field of the operation
   * @param definition the field's definition
   * @param parentType the name of the type holding the field
   */
  record FieldContext(DataFetchingEnvironment environment, RequestScope scope, boolean root,
      GraphQLFieldDefinition definition, String parentType) {

    String fieldName() {
      return definition.getName();
    }

    /** Response keys from the root, with list indices: {@code viewer.accounts[0].balance}. */
    String responsePath() {
      StringBuilder path = new StringBuilder();
      for (Object segment : environment.getExecutionStepInfo().getPath().toList()) {
        if (segment instanceof Integer index) {
          path.append('[').append(index).append(']');
        } else {
          if (path.length() > 0) {
            path.append('.');
          }
          path.append(segment);
        }
      }
      return path.toString();
    }
  }
}
