package dev.krakenmock.server.engine;

import dev.krakenmock.schema.contract.ApiContract;
import dev.krakenmock.schema.contract.OperationSpec;
import dev.krakenmock.schema.contract.Permissions;
import dev.krakenmock.server.auth.AccessTokenVerification;
import graphql.schema.GraphQLFieldDefinition;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Authentication as Kraken does it, on the query fields the reference documents: no {@code
 * Authorization} header gives KT-CT-1112, a value that is not a token of ours KT-CT-1143, an
 * expired token KT-CT-1124, and a token whose viewer lacks every permission the reference lists
 * for the field KT-CT-1111. A field whose reference says "(No)" needs no token; one whose
 * reference says nothing needs a valid token but no particular permission. Fields the reference
 * does not know (a schema of one's own, the login mutation) are public.
 */
final class AuthPolicy implements FieldPolicy {

  static final String ALL_PERMISSIONS = "*";

  private final String queryType;
  private final Map<String, Permissions> permissions = new HashMap<>();

  AuthPolicy(ApiContract contract, String queryType) {
    this.queryType = queryType;
    for (OperationSpec operation : contract.operations()) {
      permissions.put(operation.name(), operation.permissions());
    }
  }

  @Override
  public boolean mayApplyToPlainField(GraphQLFieldDefinition definition, RequestScope scope) {
    return false; // only root fields need permissions
  }

  @Override
  public Optional<RaisedError> check(FieldContext context) {
    if (!context.root() || !context.parentType().equals(queryType)) {
      return Optional.empty();
    }
    return checkRoot(context.fieldName(), context.scope());
  }

  /** The check of a query field, by name: also used for root fields answered outside graphql-java. */
  Optional<RaisedError> checkRoot(String fieldName, RequestScope scope) {
    Permissions required = permissions.get(fieldName);
    if (required == null || required.status() == Permissions.Status.NONE_REQUIRED) {
      return Optional.empty();
    }
    AccessTokenVerification credentials = scope.credentials();
    return switch (credentials.status()) {
      case ABSENT -> Optional.of(RaisedError.of("KT-CT-1112"));
      case INVALID -> Optional.of(RaisedError.of("KT-CT-1143"));
      case EXPIRED -> Optional.of(RaisedError.of("KT-CT-1124"));
      case VALID -> lacking(required, credentials.claims().orElseThrow().viewer().permissions());
    };
  }

  private static Optional<RaisedError> lacking(Permissions required, List<String> held) {
    if (required.status() != Permissions.Status.REQUIRED || held.contains(ALL_PERMISSIONS)
        || required.anyOf().stream().anyMatch(held::contains)) {
      return Optional.empty();
    }
    return Optional.of(RaisedError.of("KT-CT-1111"));
  }
}
