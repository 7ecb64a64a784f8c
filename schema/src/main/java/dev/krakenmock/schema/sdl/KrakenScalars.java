package dev.krakenmock.schema.sdl;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The custom scalars of the schema with Kraken's wire formats: {@code Date} is {@code YYYY-MM-DD},
 * {@code DateTime} has a numeric offset (and microseconds when Kraken writes it), {@code Decimal}
 * is a string of digits, {@code UUID} and {@code NonEmptyString} are what they say. Every other
 * custom scalar ({@code JSONString}, {@code GenericScalar}, the opaque input types) accepts any
 * value, since the reference does not say what it holds.
 */
public final class KrakenScalars {

  private static final Map<String, Pattern> FORMATS = Map.of(
      "Date", Pattern.compile("\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])"),
      "DateTime", Pattern.compile(
          "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?([+-]\\d{2}:\\d{2}|Z)"),
      "Decimal", Pattern.compile("-?\\d+(\\.\\d+)?"),
      "UUID", Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"),
      "NonEmptyString", Pattern.compile("(?s).+"));

  private KrakenScalars() {}

  /** The scalar of that name: formatted when Kraken's format is known, else lenient. */
  public static GraphQLScalarType of(String name, String description) {
    Pattern format = FORMATS.get(name);
    Coercing<Object, Object> coercing =
        format == null ? new AnyValue() : new FormattedString(name, format);
    return GraphQLScalarType.newScalar()
        .name(name)
        .description(description)
        .coercing(coercing)
        .build();
  }

  /** Whether a value is in the scalar's Kraken format; true for scalars without a format. */
  public static boolean fits(String scalarName, Object value) {
    Pattern format = FORMATS.get(scalarName);
    return format == null || (value instanceof String text && format.matcher(text).matches());
  }

  /** A string scalar with a format, e.g. Date. */
  private static final class FormattedString implements Coercing<Object, Object> {
    private final String name;
    private final Pattern format;

    FormattedString(String name, Pattern format) {
      this.name = name;
      this.format = format;
    }

    @Override
    public Object serialize(Object value, GraphQLContext context, Locale locale) {
      String text = String.valueOf(value);
      if (!format.matcher(text).matches()) {
        throw new CoercingSerializeException(problem(text));
      }
      return text;
    }

    @Override
    public Object parseValue(Object input, GraphQLContext context, Locale locale) {
      if (!(input instanceof String text) || !format.matcher(text).matches()) {
        throw new CoercingParseValueException(problem(input));
      }
      return text;
    }

    @Override
    public Object parseLiteral(
        Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
      if (!(input instanceof StringValue string) || !format.matcher(string.getValue()).matches()) {
        throw new CoercingParseLiteralException(problem(input));
      }
      return string.getValue();
    }

    @Override
    public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
      return StringValue.of(String.valueOf(input));
    }

    private String problem(Object value) {
      return "Expected a " + name + " (" + format.pattern() + ") but got '" + value + "'";
    }
  }

  /** A scalar that takes any value: objects, lists, strings, numbers, booleans. */
  private static final class AnyValue implements Coercing<Object, Object> {

    @Override
    public Object serialize(Object value, GraphQLContext context, Locale locale) {
      return value;
    }

    @Override
    public Object parseValue(Object input, GraphQLContext context, Locale locale) {
      return input;
    }

    @Override
    public Object parseLiteral(
        Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
      return literal(input, variables);
    }

    @Override
    public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
      return StringValue.of(String.valueOf(input));
    }

    private static Object literal(Value<?> value, CoercedVariables variables) {
      try {
        return LiteralValues.of(value, variables.toMap());
      } catch (IllegalArgumentException e) {
        throw new CoercingParseLiteralException(e.getMessage());
      }
    }
  }
}
