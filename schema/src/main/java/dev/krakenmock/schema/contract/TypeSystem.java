package dev.krakenmock.schema.contract;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The types inferred from the contract, by name, with the query root under {@value #QUERY}, and
 * the example discrepancies met on the way.
 */
public record TypeSystem(SortedMap<String, TypeSpec> types, List<ExampleDiscrepancy> discrepancies) {

  public static final String QUERY = "Query";

  public TypeSystem {
    types = Collections.unmodifiableSortedMap(new TreeMap<>(types));
    discrepancies = List.copyOf(discrepancies);
    if (!(types.get(QUERY) instanceof TypeSpec.ObjectType)) {
      throw new IllegalArgumentException("A type system needs a Query object type");
    }
  }

  public TypeSpec.ObjectType query() {
    return (TypeSpec.ObjectType) types.get(QUERY);
  }

  public Optional<TypeSpec> type(String name) {
    return Optional.ofNullable(types.get(name));
  }

  public <T extends TypeSpec> Stream<T> typesOf(Class<T> kind) {
    return types.values().stream().filter(kind::isInstance).map(kind::cast);
  }
}
