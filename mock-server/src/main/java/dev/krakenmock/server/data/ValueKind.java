package dev.krakenmock.server.data;

/** The wire kind of a generated leaf value, from its GraphQL type. */
public enum ValueKind {
  STRING,
  ID,
  INT,
  FLOAT,
  BOOLEAN,
  /** {@code YYYY-MM-DD}. */
  DATE,
  /** ISO 8601 with microseconds and {@code +00:00}: {@code 2024-01-31T09:15:02.123456+00:00}. */
  DATE_TIME,
  /** A decimal number written as a JSON string: {@code "12.34"}. */
  DECIMAL,
  UUID,
  /** A JSON object ({@code JSONString}, {@code GenericScalar}). */
  JSON,
  /** One of {@link ValueRequest#enumValues()}. */
  ENUM,
  /** A custom scalar of unknown format: a string chosen by field name. */
  OTHER_SCALAR
}
