package dev.krakenmock.schema.contract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A field of an object or interface type.
 *
 * @param name the field name
 * @param type its type; output nullability is unknown from the examples, so only the operation
 *     return types and the Relay convention carry non-null modifiers
 * @param arguments its arguments (known for the query fields only)
 * @param description its description, possibly empty
 * @param deprecation its deprecation, if any
 */
public record FieldSpec(
    String name,
    TypeRef type,
    List<ArgumentSpec> arguments,
    String description,
    Optional<Deprecation> deprecation) {

  public FieldSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    arguments = List.copyOf(arguments);
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(deprecation, "deprecation");
  }

  public static FieldSpec of(String name, TypeRef type, String description) {
    return new FieldSpec(name, type, List.of(), description, Optional.empty());
  }
}
