package dev.krakenmock.server.engine;

import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.EnumValue;
import graphql.language.Field;
import graphql.language.FloatValue;
import graphql.language.IntValue;
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

/** The arguments of a field as plain values, variables resolved, before graphql-java runs. */
final class ArgumentValues {

  private ArgumentValues() {}

  static Map<String, @Nullable Object> of(Field field, Map<String, @Nullable Object> variables) {
    Map<String, @Nullable Object> arguments = new LinkedHashMap<>();
    for (Argument argument : field.getArguments()) {
      arguments.put(argument.getName(), value(argument.getValue(), variables));
    }
    return arguments;
  }

  static @Nullable Object value(Value<?> value, Map<String, @Nullable Object> variables) {
    if (value instanceof VariableReference variable) {
      return variables.get(variable.getName());
    }
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
    if (value instanceof ArrayValue array) {
      List<@Nullable Object> list = new ArrayList<>();
      array.getValues().forEach(element -> list.add(value(element, variables)));
      return list;
    }
    if (value instanceof ObjectValue object) {
      Map<String, @Nullable Object> map = new LinkedHashMap<>();
      for (ObjectField objectField : object.getObjectFields()) {
        map.put(objectField.getName(), value(objectField.getValue(), variables));
      }
      return map;
    }
    return null;
  }
}
