package dev.krakenmock.server.engine;

import dev.krakenmock.schema.contract.ApiContract;
import dev.krakenmock.schema.contract.Deprecation;
import dev.krakenmock.schema.contract.OperationSpec;
import graphql.schema.GraphQLFieldDefinition;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Deprecated fields, as the executable schema marks them (the reference's deprecations, or those
 * of a schema of one's own): each one used adds a warning to the response's {@code
 * extensions.warnings}, once per field. With removed fields disabled, a field past its removal
 * date fails with KT-CT-1113 ("Disabled GraphQL field requested."), to rehearse a brownout or the
 * removal itself.
 *
 * <p>The removal date of a query field comes from the contract; for other fields it is read from
 * the deprecation reason, which Kraken words "Scheduled for removal on or after YYYY-MM-DD". A
 * field without a removal date is never disabled.
 */
final class DeprecatedFields implements FieldPolicy {

  static final String DISABLED_FIELD = "KT-CT-1113";

  private static final Pattern REMOVAL =
      Pattern.compile("removal on or after (\\d{4}-\\d{2}-\\d{2})", Pattern.CASE_INSENSITIVE);

  private final Map<String, Deprecation> queryDeprecations = new HashMap<>();
  private final Clock clock;
  private final boolean disableRemoved;

  /**
   * @param contract where the query fields' deprecations are documented
   * @param clock the clock that says whether a removal date has passed, in its own zone
   * @param disableRemoved whether fields past their removal date fail with KT-CT-1113
   */
  DeprecatedFields(ApiContract contract, Clock clock, boolean disableRemoved) {
    for (OperationSpec operation : contract.operations()) {
      operation.deprecation().ifPresent(notice -> queryDeprecations.put(operation.name(), notice));
    }
    this.clock = clock;
    this.disableRemoved = disableRemoved;
  }

  @Override
  public boolean mayApplyToPlainField(GraphQLFieldDefinition definition, RequestScope scope) {
    return definition.isDeprecated();
  }

  @Override
  public Optional<RaisedError> check(FieldContext context) {
    GraphQLFieldDefinition definition = context.definition();
    if (!definition.isDeprecated()) {
      return Optional.empty();
    }
    Optional<LocalDate> removal = removalDate(context);
    if (disableRemoved && removal.isPresent() && !LocalDate.now(clock).isBefore(removal.get())) {
      return Optional.of(RaisedError.of(DISABLED_FIELD));
    }
    String coordinates = context.parentType() + "." + definition.getName();
    Map<String, Object> warning = new LinkedHashMap<>();
    warning.put("message", "The field " + coordinates + " is deprecated.");
    warning.put("field", coordinates);
    warning.put("reason", String.valueOf(definition.getDeprecationReason()));
    removal.ifPresent(day -> warning.put("removalOnOrAfter", day.toString()));
    context.scope().warn(warning);
    return Optional.empty();
  }

  private Optional<LocalDate> removalDate(FieldContext context) {
    if (context.root() && context.parentType().equals(queryTypeName(context))) {
      @Nullable Deprecation documented = queryDeprecations.get(context.fieldName());
      if (documented != null && documented.removalOnOrAfter().isPresent()) {
        return documented.removalOnOrAfter();
      }
    }
    return removalIn(context.definition().getDeprecationReason());
  }

  /** The removal date a deprecation reason announces, if it announces one. */
  static Optional<LocalDate> removalIn(@Nullable String reason) {
    if (reason == null) {
      return Optional.empty();
    }
    Matcher matcher = REMOVAL.matcher(reason);
    if (!matcher.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(matcher.group(1)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static String queryTypeName(FieldContext context) {
    return context.environment().getGraphQLSchema().getQueryType().getName();
  }
}
