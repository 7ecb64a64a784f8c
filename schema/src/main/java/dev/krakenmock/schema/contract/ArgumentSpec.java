package dev.krakenmock.schema.contract;

import java.util.Objects;
import java.util.Optional;

/**
 * An argument of an operation.
 *
 * @param name the argument name
 * @param type its full type, modifiers included
 * @param defaultValue its default, as GraphQL literal text
 * @param description its description; empty when the reference gives none or when it cannot be
 *     paired with the argument (see {@link OperationSpec#argumentTable()})
 */
public record ArgumentSpec(
    String name, TypeRef type, Optional<String> defaultValue, Optional<String> description) {

  public ArgumentSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(defaultValue, "defaultValue");
    Objects.requireNonNull(description, "description");
  }

  public ArgumentSpec withDescription(Optional<String> newDescription) {
    return new ArgumentSpec(name, type, defaultValue, newDescription);
  }
}
