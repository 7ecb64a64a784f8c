package dev.krakenmock.server.engine;

import dev.krakenmock.schema.sdl.LiteralValues;
import graphql.language.Argument;
import graphql.language.Field;
import graphql.language.Value;
import java.util.LinkedHashMap;
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
    return LiteralValues.of(value, variables);
  }
}
