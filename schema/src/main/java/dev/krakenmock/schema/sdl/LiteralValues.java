package dev.krakenmock.schema.sdl;

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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * GraphQL literals as plain Java values: strings, {@code BigInteger}s and {@code BigDecimal}s,
 * booleans, enum names, lists and maps in document order, variables resolved.
 */
public final class LiteralValues {

  private LiteralValues() {}

  /**
   * The value of a literal.
   *
   * @throws IllegalArgumentException for a literal kind GraphQL does not have
   */
  public static @Nullable Object of(Value<?> value, Map<String, ?> variables) {
    if (value instanceof StringValue string) {
      return string.getValue();
    }
    if (value instanceof IntValue integer) {
      return integer.getValue();
    }
    if (value instanceof FloatValue decimal) {
      return decimal.getValue();
    }
    if (value instanceof BooleanValue bool) {
      return bool.isValue();
    }
    if (value instanceof EnumValue enumValue) {
      return enumValue.getName();
    }
    if (value instanceof VariableReference variable) {
      return variables.get(variable.getName());
    }
    if (value instanceof ArrayValue array) {
      List<@Nullable Object> list = new ArrayList<>();
      array.getValues().forEach(element -> list.add(of(element, variables)));
      return list;
    }
    if (value instanceof ObjectValue object) {
      Map<String, @Nullable Object> map = new LinkedHashMap<>();
      for (ObjectField field : object.getObjectFields()) {
        map.put(field.getName(), of(field.getValue(), variables));
      }
      return map;
    }
    if (value instanceof NullValue) {
      return null;
    }
    throw new IllegalArgumentException("Unsupported literal " + value);
  }
}
