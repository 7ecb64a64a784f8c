package dev.krakenmock.server.engine;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLTypeUtil;
import java.util.List;
import java.util.Optional;

/**
 * Kraken's bound on connection pages: {@code first} (and, by symmetry, {@code last}) must be below
 * {@value #MAX_PAGE_SIZE} (kraken-api-facts.md, section 4). A larger page fails the field with
 * KT-CT-1605 ("Invalid input.", VALIDATION), the catalogue's general code for invalid input, with
 * Kraken's {@code validationErrors} naming the argument. No documented code is specific to page
 * sizes: KT-CT-1201, which one public note gives for a missing {@code first}, is unconfirmed and
 * not in the catalogue.
 *
 * <p>The facts say "below 100", so 100 itself is refused; graphene's own check (which Kraken may
 * use) refuses only sizes above its maximum. Negative sizes are left to the connection, which
 * refuses them as graphql-relay does.
 */
final class PageBounds implements FieldPolicy {

  /** The exclusive upper bound of {@code first} and {@code last}. */
  static final int MAX_PAGE_SIZE = 100;

  static final String INVALID_INPUT = "KT-CT-1605";

  private static final List<String> SIZES = List.of("first", "last");

  @Override
  public boolean mayApplyToPlainField(GraphQLFieldDefinition definition, RequestScope scope) {
    return false; // only connections have page sizes
  }

  @Override
  public Optional<RaisedError> check(FieldContext context) {
    if (!EntityGraph.isConnection(GraphQLTypeUtil.unwrapAll(context.definition().getType()))) {
      return Optional.empty();
    }
    for (String argument : SIZES) {
      Object value = context.environment().getArgument(argument);
      if (value instanceof Number size && size.longValue() >= MAX_PAGE_SIZE) {
        String message = "Argument '" + argument + "' must be below " + MAX_PAGE_SIZE
            + ", was " + size + ".";
        return Optional.of(new RaisedError(INVALID_INPUT, null,
            KrakenErrors.validation(message, List.of(argument))));
      }
    }
    return Optional.empty();
  }
}
