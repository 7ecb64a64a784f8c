package dev.krakenmock.schema.contract;

import java.util.Objects;
import java.util.Optional;

/**
 * The example of an operation: its query text, and the variables and response when the reference
 * shows them (a few operations lack a response).
 */
public record Example(
    String query, Optional<ExampleValue> variables, Optional<ExampleValue> response) {

  public Example {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(variables, "variables");
    Objects.requireNonNull(response, "response");
  }

  /** The value of the operation's root field in the example response ({@code data.<field>}). */
  public Optional<ExampleValue> responseData(String rootField) {
    return response
        .flatMap(value -> field(value, "data"))
        .flatMap(data -> field(data, rootField));
  }

  private static Optional<ExampleValue> field(ExampleValue value, String name) {
    return value instanceof ExampleValue.ObjectValue object ? object.field(name) : Optional.empty();
  }
}
