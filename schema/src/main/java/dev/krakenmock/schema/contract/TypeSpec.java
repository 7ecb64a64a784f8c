package dev.krakenmock.schema.contract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A named type of the generated schema. The variants mirror GraphQL's kinds; opaque input types
 * are {@link ScalarType scalars} with {@link ScalarType#opaqueInput()} set, so that any value a
 * client passes for them is accepted.
 */
public sealed interface TypeSpec {

  String name();

  String description();

  TypeOrigin origin();

  /**
   * Where the name was made from, when the reference shows the type without naming it (an enum
   * value, an inline fragment, a connection's node): e.g. {@code AccountType.status}.
   */
  Optional<String> nameInferredFrom();

  /** Whether the reference names the type without documenting its fields. */
  default boolean isOpaque() {
    return origin() == TypeOrigin.OPAQUE;
  }

  /** An object type. */
  record ObjectType(
      String name,
      String description,
      TypeOrigin origin,
      Optional<String> nameInferredFrom,
      List<FieldSpec> fields,
      List<String> interfaces)
      implements TypeSpec {
    public ObjectType {
      Objects.requireNonNull(name, "name");
      fields = List.copyOf(fields);
      interfaces = List.copyOf(interfaces);
    }
  }

  /** An interface type. */
  record InterfaceType(String name, String description, TypeOrigin origin,
      Optional<String> nameInferredFrom, List<FieldSpec> fields)
      implements TypeSpec {
    public InterfaceType {
      Objects.requireNonNull(name, "name");
      fields = List.copyOf(fields);
    }
  }

  /** A union type. */
  record UnionType(String name, String description, TypeOrigin origin,
      Optional<String> nameInferredFrom, List<String> members)
      implements TypeSpec {
    public UnionType {
      Objects.requireNonNull(name, "name");
      members = List.copyOf(members);
      if (members.isEmpty()) {
        throw new IllegalArgumentException("Union " + name + " has no member");
      }
    }
  }

  /** An enum; its values are those the reference shows, so it is partially known. */
  record EnumType(String name, String description, TypeOrigin origin,
      Optional<String> nameInferredFrom, List<String> values)
      implements TypeSpec {
    public EnumType {
      Objects.requireNonNull(name, "name");
      values = List.copyOf(values);
      if (values.isEmpty()) {
        throw new IllegalArgumentException("Enum " + name + " has no value");
      }
    }
  }

  /** A custom scalar, or an opaque input type represented as a scalar. */
  record ScalarType(String name, String description, TypeOrigin origin,
      Optional<String> nameInferredFrom, boolean opaqueInput)
      implements TypeSpec {
    public ScalarType {
      Objects.requireNonNull(name, "name");
    }
  }
}
