package dev.krakenmock.server.engine;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.EnumValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.Coercing;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Coercion for custom and opaque scalars whose wire format the mock does not check: any value is
 * accepted and returned unchanged, and literals become plain Java values (strings, numbers,
 * booleans, lists and maps).
 */
final class PassThroughCoercing implements Coercing<Object, Object> {

  @Override
  public @Nullable Object serialize(
      Object dataFetcherResult, GraphQLContext graphqlContext, Locale locale) {
    return dataFetcherResult;
  }

  @Override
  public @Nullable Object parseValue(Object input, GraphQLContext graphqlContext, Locale locale) {
    return input;
  }

  @Override
  public @Nullable Object parseLiteral(
      Value<?> input, CoercedVariables variables, GraphQLContext graphqlContext, Locale locale) {
    return toJava(input, variables);
  }

  @Override
  public Value<?> valueToLiteral(Object input, GraphQLContext graphqlContext, Locale locale) {
    return toLiteral(input);
  }

  private static @Nullable Object toJava(Value<?> literal, CoercedVariables variables) {
    if (literal instanceof VariableReference reference) {
      return variables.get(reference.getName());
    }
    if (literal instanceof ObjectValue object) {
      Map<String, @Nullable Object> fields = new LinkedHashMap<>();
      for (ObjectField field : object.getObjectFields()) {
        fields.put(field.getName(), toJava(field.getValue(), variables));
      }
      return fields;
    }
    if (literal instanceof ArrayValue array) {
      List<@Nullable Object> items = new ArrayList<>();
      for (Value<?> item : array.getValues()) {
        items.add(toJava(item, variables));
      }
      return items;
    }
    return toJavaScalar(literal);
  }

  private static @Nullable Object toJavaScalar(Value<?> literal) {
    if (literal instanceof StringValue string) {
      return string.getValue();
    }
    if (literal instanceof IntValue integer) {
      return integer.getValue();
    }
    if (literal instanceof FloatValue decimal) {
      return decimal.getValue();
    }
    if (literal instanceof BooleanValue bool) {
      return bool.isValue();
    }
    if (literal instanceof EnumValue enumValue) {
      return enumValue.getName();
    }
    return null;
  }

  private static Value<?> toLiteral(@Nullable Object value) {
    if (value == null) {
      return NullValue.of();
    }
    if (value instanceof Map<?, ?> map) {
      ObjectValue.Builder object = ObjectValue.newObjectValue();
      map.forEach(
          (key, item) -> object.objectField(new ObjectField(String.valueOf(key), toLiteral(item))));
      return object.build();
    }
    if (value instanceof Iterable<?> iterable) {
      ArrayValue.Builder array = ArrayValue.newArrayValue();
      iterable.forEach(item -> array.value(toLiteral(item)));
      return array.build();
    }
    return toScalarLiteral(value);
  }

  private static Value<?> toScalarLiteral(Object value) {
    if (value instanceof Boolean bool) {
      return BooleanValue.of(bool);
    }
    if (value instanceof BigInteger
        || value instanceof Long
        || value instanceof Integer
        || value instanceof Short
        || value instanceof Byte) {
      return IntValue.newIntValue(new BigInteger(value.toString())).build();
    }
    if (value instanceof Number number) {
      return FloatValue.newFloatValue(new BigDecimal(number.toString())).build();
    }
    return StringValue.of(value.toString());
  }
}
