package dev.krakenmock.server.data;

/**
 * Generates realistic leaf values by field name and type. Implementations are pure: the same
 * request gives the same value, on every machine and run, whatever else was generated before.
 */
public interface ValueGenerator {

  /**
   * A leaf value: a {@code String} for STRING, ID, DATE, DATE_TIME, DECIMAL, UUID, ENUM and
   * OTHER_SCALAR; an {@code Integer} for INT (money as integer minor units); a {@code Double} for
   * FLOAT; a {@code Boolean}; a {@code Map<String, Object>} for JSON.
   */
  Object value(ValueRequest request);

  /**
   * The natural key of a new entity, e.g. an account number {@code A-1F2E3D4C} for an {@code
   * AccountType}'s {@code number}, or a numeric-string ID for an {@code id}.
   *
   * @param seed the entity's seed
   * @param typeName the entity's GraphQL type
   * @param keyField the field that holds the key ({@code number}, {@code id}, ...)
   */
  String entityKey(long seed, String typeName, String keyField);
}
