package dev.krakenmock.schema.sdl;

import dev.krakenmock.schema.contract.ExampleValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Example values as the plain Java values graphql-java takes for variables. */
final class ExampleValues {

  private ExampleValues() {}

  /** A type placeholder stands for an opaque input, so it becomes an empty object. */
  static Object toJava(ExampleValue value) {
    if (value instanceof ExampleValue.ObjectValue object) {
      Map<String, Object> map = new LinkedHashMap<>();
      object.fields().forEach((key, field) -> map.put(key, toJava(field)));
      return map;
    }
    if (value instanceof ExampleValue.ArrayValue array) {
      List<Object> list = new ArrayList<>();
      array.elements().forEach(element -> list.add(toJava(element)));
      return list;
    }
    if (value instanceof ExampleValue.StringValue string) {
      return string.value();
    }
    if (value instanceof ExampleValue.NumberValue number) {
      return number.isInteger()
          ? new BigInteger(number.literal()) : new BigDecimal(number.literal());
    }
    if (value instanceof ExampleValue.BooleanValue bool) {
      return bool.value();
    }
    if (value instanceof ExampleValue.TypeName) {
      return Map.of();
    }
    return null;
  }
}
