package dev.krakenmock.contract.document;

import dev.krakenmock.schema.contract.TypeRef;

/** A variable of a query document: {@code $accountNumber: String!}. */
public record VariableDefinition(String name, TypeRef type) {

  @Override
  public String toString() {
    return "$" + name + ": " + type;
  }
}
