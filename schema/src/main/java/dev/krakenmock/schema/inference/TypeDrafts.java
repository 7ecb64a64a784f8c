package dev.krakenmock.schema.inference;

import dev.krakenmock.schema.contract.FieldSpec;
import dev.krakenmock.schema.contract.TypeSystem;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The drafts of every type met so far, by name, with the query root among them. */
final class TypeDrafts {

  private final Map<String, TypeDraft> drafts = new LinkedHashMap<>();
  private final Map<String, FieldSpec> queryFields = new LinkedHashMap<>();

  TypeDraft draft(String name) {
    return drafts.computeIfAbsent(name, TypeDraft::new);
  }

  Optional<TypeDraft> find(String name) {
    return Optional.ofNullable(drafts.get(name));
  }

  Collection<TypeDraft> all() {
    return drafts.values();
  }

  void queryField(FieldSpec field) {
    if (queryFields.putIfAbsent(field.name(), field) != null) {
      throw new IllegalArgumentException("Query field " + field.name() + " defined twice");
    }
  }

  Collection<FieldSpec> queryFields() {
    return queryFields.values();
  }

  /**
   * The enum of a leaf field whose values look like enum values. Its real name is not in the
   * reference, so it is named after the field ({@code AccountTypeStatus}), or with an {@code
   * Enum} suffix when a type of that name exists already.
   */
  String enumFor(String parentType, String fieldName) {
    String name = NamingConventions.inferredName(parentType, fieldName);
    TypeDraft existing = drafts.get(name);
    if (existing != null && existing.role() != TypeDraft.Role.ENUM
        || name.equals(TypeSystem.QUERY)) {
      name = name + "Enum";
    }
    TypeDraft draft = draft(name);
    draft.assume(TypeDraft.Role.ENUM);
    draft.nameInferredFrom(parentType + "." + fieldName);
    return name;
  }
}
