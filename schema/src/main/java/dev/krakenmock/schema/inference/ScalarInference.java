package dev.krakenmock.schema.inference;

import dev.krakenmock.schema.contract.ExampleValue;
import dev.krakenmock.schema.contract.TypeRef;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Infers the type of a leaf field from its example value, following Kraken's wire formats: a
 * DateTime has microseconds and a numeric offset, a Decimal is a JSON string, an ID is a string of
 * digits (the reference's generator writes words for plain strings), and an UPPER_SNAKE string is
 * an enum value.
 */
final class ScalarInference {

  /** Starts the description of a field whose example shows no value. */
  static final String UNKNOWN_TYPE_NOTE = "Type not shown by the reference's example";

  static final String DATE = "Date";
  static final String DATE_TIME = "DateTime";
  static final String DECIMAL = "Decimal";
  static final String UUID = "UUID";
  static final String JSON_STRING = "JSONString";
  static final String GENERIC_SCALAR = "GenericScalar";

  private static final Pattern DATE_TIME_FORMAT =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?([+-]\\d{2}:\\d{2}|Z)");
  private static final Pattern DATE_FORMAT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern DECIMAL_FORMAT = Pattern.compile("-?\\d+\\.\\d+");
  private static final Pattern ID_FORMAT = Pattern.compile("\\d+");
  private static final Pattern UUID_FORMAT =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final Pattern ENUM_VALUE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

  private ScalarInference() {}

  /** What a leaf value says of its type. */
  sealed interface Leaf {}

  /** A scalar, built in or custom. */
  record Scalar(String name) implements Leaf {}

  /** A value of an enum whose name the value does not tell. */
  record EnumValue(String value) implements Leaf {}

  /** No value to infer from. */
  record Unknown() implements Leaf {}

  /** A list of leaves. */
  record ListOf(Leaf element) implements Leaf {}

  static Leaf infer(Optional<ExampleValue> example) {
    if (example.isEmpty()) {
      return new Unknown();
    }
    ExampleValue value = example.get();
    if (value instanceof ExampleValue.ArrayValue array) {
      return new ListOf(infer(array.elements().stream().findFirst()));
    }
    if (value instanceof ExampleValue.StringValue string) {
      return ofString(string.value());
    }
    if (value instanceof ExampleValue.NumberValue number) {
      return new Scalar(number.isInteger() ? "Int" : "Float");
    }
    if (value instanceof ExampleValue.BooleanValue) {
      return new Scalar("Boolean");
    }
    if (value instanceof ExampleValue.ObjectValue) {
      return new Scalar(JSON_STRING);
    }
    if (value instanceof ExampleValue.Alternatives) {
      return new Scalar(GENERIC_SCALAR);
    }
    if (value instanceof ExampleValue.TypeName typeName) {
      return new Scalar(typeName.name());
    }
    return new Unknown();
  }

  static Leaf ofString(String value) {
    if (DATE_TIME_FORMAT.matcher(value).matches()) {
      return new Scalar(DATE_TIME);
    }
    if (DATE_FORMAT.matcher(value).matches()) {
      return new Scalar(DATE);
    }
    if (UUID_FORMAT.matcher(value).matches()) {
      return new Scalar(UUID);
    }
    if (DECIMAL_FORMAT.matcher(value).matches()) {
      return new Scalar(DECIMAL);
    }
    if (ID_FORMAT.matcher(value).matches()) {
      return new Scalar("ID");
    }
    if (ENUM_VALUE.matcher(value).matches()) {
      return new EnumValue(value);
    }
    return new Scalar("String");
  }

  static boolean isEnumValue(String value) {
    return ENUM_VALUE.matcher(value).matches();
  }

  /** The innermost named leaf, wrapped as a {@link TypeRef} with {@code enumName} for enums. */
  static TypeRef typeRef(Leaf leaf, String enumName) {
    if (leaf instanceof ListOf list) {
      return new TypeRef.ListOf(typeRef(list.element(), enumName));
    }
    if (leaf instanceof Scalar scalar) {
      return new TypeRef.Named(scalar.name());
    }
    if (leaf instanceof EnumValue) {
      return new TypeRef.Named(enumName);
    }
    return new TypeRef.Named("String");
  }

  static Optional<String> enumValue(Leaf leaf) {
    if (leaf instanceof ListOf list) {
      return enumValue(list.element());
    }
    return leaf instanceof EnumValue value ? Optional.of(value.value()) : Optional.empty();
  }
}
