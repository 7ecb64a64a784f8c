package dev.krakenmock.schema.inference;

import dev.krakenmock.schema.contract.FieldSpec;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** What the examples have shown so far of one named type; mutable while inference runs. */
final class TypeDraft {

  /** What the type is known to be before its fields decide. */
  enum Role {
    UNDECIDED,
    ENUM,
    SCALAR,
    OPAQUE_INPUT
  }

  private final String name;
  private final SortedMap<String, FieldSpec> fields = new TreeMap<>();
  private final SortedSet<String> members = new TreeSet<>();
  private final Set<String> enumValues = new LinkedHashSet<>();
  private final SortedSet<String> documentedBy = new TreeSet<>();
  private Role role = Role.UNDECIDED;
  private Optional<String> nameInferredFrom = Optional.empty();

  TypeDraft(String name) {
    this.name = name;
  }

  String name() {
    return name;
  }

  Role role() {
    return role;
  }

  /** Sets the role once; later sightings that disagree keep the first. */
  void assume(Role newRole) {
    if (role == Role.UNDECIDED) {
      role = newRole;
    }
  }

  /**
   * Adds a field. A field seen again keeps its first type, unless that type was the fallback
   * {@code String} of a field with no example value.
   */
  void field(FieldSpec field, boolean typeKnown) {
    FieldSpec existing = fields.get(field.name());
    if (existing == null || (isFallback(existing) && typeKnown)) {
      fields.put(field.name(), field);
    }
  }

  private static boolean isFallback(FieldSpec field) {
    return field.description().startsWith(ScalarInference.UNKNOWN_TYPE_NOTE);
  }

  SortedMap<String, FieldSpec> fields() {
    return fields;
  }

  void member(String member) {
    members.add(member);
  }

  SortedSet<String> members() {
    return members;
  }

  void enumValue(String value) {
    enumValues.add(value);
  }

  Set<String> enumValues() {
    return enumValues;
  }

  void documentedBy(String operation) {
    documentedBy.add(operation);
  }

  SortedSet<String> documentedBy() {
    return documentedBy;
  }

  void nameInferredFrom(String where) {
    if (nameInferredFrom.isEmpty()) {
      nameInferredFrom = Optional.of(where);
    }
  }

  Optional<String> nameInferredFrom() {
    return nameInferredFrom;
  }
}
