package dev.krakenmock.schema.contract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A value of the reference's example variables or responses. These are JSON, except that the
 * reference writes a nested object it does not expand as the bare name of its type ({@code
 * "address": RichAddressType}, {@code "bills": [BillType]}): a {@link TypeName}; and a field that
 * may hold values of several kinds lists them between {@code |}: {@link Alternatives}.
 */
public sealed interface ExampleValue {

  /** A JSON object; keys keep their order. */
  record ObjectValue(Map<String, ExampleValue> fields) implements ExampleValue {
    public ObjectValue {
      fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public Optional<ExampleValue> field(String name) {
      return Optional.ofNullable(fields.get(name));
    }
  }

  /** A JSON array. */
  record ArrayValue(List<ExampleValue> elements) implements ExampleValue {
    public ArrayValue {
      elements = List.copyOf(elements);
    }
  }

  /** A JSON string. */
  record StringValue(String value) implements ExampleValue {}

  /** A JSON number, kept as written. */
  record NumberValue(String literal) implements ExampleValue {
    public boolean isInteger() {
      return literal.matches("-?\\d+");
    }
  }

  /** A JSON boolean. */
  record BooleanValue(boolean value) implements ExampleValue {}

  /** JSON null. */
  record NullValue() implements ExampleValue {}

  /**
   * Values the reference separates with {@code |}: the field may hold any of them, as a generic
   * scalar does ({@code "abc123" | 1 | 1.0 | true | ["abc123"] | AccountType}).
   */
  record Alternatives(List<ExampleValue> options) implements ExampleValue {
    public Alternatives {
      options = List.copyOf(options);
    }
  }

  /** A bare type name standing for a value the reference does not expand. */
  record TypeName(String name) implements ExampleValue {}
}
