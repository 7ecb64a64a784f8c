package dev.krakenmock.server.data;

import java.util.List;

/**
 * What a leaf value is generated from. The generator must return the same value for the same
 * request: everything random derives from {@link #seed()}, which the engine computes with {@link
 * Seed} from the server seed, the entity, the field and its arguments.
 *
 * @param seed the value's own seed
 * @param entitySeed the seed of the object holding the value: fields that must agree with each
 *     other within one entity (a person's names and email, an address's street, postcode and
 *     city) derive from it
 * @param parentType the GraphQL type holding the field, e.g. {@code AccountType}
 * @param fieldName the field, e.g. {@code billingEmail}
 * @param typeName the field's named GraphQL type, e.g. {@code String} or {@code DateTime}
 * @param kind the wire kind of the value
 * @param enumValues the values to choose from when {@code kind} is {@link ValueKind#ENUM}
 */
public record ValueRequest(
    long seed,
    long entitySeed,
    String parentType,
    String fieldName,
    String typeName,
    ValueKind kind,
    List<String> enumValues) {

  /** A request whose entity is the value alone. */
  public ValueRequest(long seed, String parentType, String fieldName, String typeName,
      ValueKind kind, List<String> enumValues) {
    this(seed, seed, parentType, fieldName, typeName, kind, enumValues);
  }

  public ValueRequest {
    enumValues = List.copyOf(enumValues);
    if (kind == ValueKind.ENUM && enumValues.isEmpty()) {
      throw new IllegalArgumentException("An enum request needs its values: " + fieldName);
    }
  }
}
