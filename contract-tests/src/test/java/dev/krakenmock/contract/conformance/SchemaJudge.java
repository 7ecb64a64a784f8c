package dev.krakenmock.contract.conformance;

import dev.krakenmock.contract.conformance.IntrospectedSchema.IntrospectedArgument;
import dev.krakenmock.contract.conformance.IntrospectedSchema.IntrospectedField;
import dev.krakenmock.contract.conformance.IntrospectedSchema.IntrospectedType;
import dev.krakenmock.contract.model.ContractModel;
import dev.krakenmock.schema.contract.ArgumentSpec;
import dev.krakenmock.schema.contract.FieldSpec;
import dev.krakenmock.schema.contract.OperationSpec;
import dev.krakenmock.schema.contract.TypeRef;
import dev.krakenmock.schema.contract.TypeSpec;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compares an operation with the target's introspected schema: the query field exists; its
 * arguments exist with compatible types (the target may not require what the contract leaves
 * optional); its return type, and every type the contract documents below it, has the same name,
 * kind, fields, enum values and union members, with no weaker promise: a value the contract says is
 * non-null must not become nullable, and a list must stay a list. A type whose name kraken-mock
 * inferred ({@code @inferredName}) is compared by shape, not by name.
 */
final class SchemaJudge {

  private final ContractModel model;

  SchemaJudge(ContractModel model) {
    this.model = model;
  }

  List<Departure> judge(OperationSpec operation, IntrospectedSchema schema) {
    List<Departure> departures = new ArrayList<>();
    String at = "Query." + operation.name();
    IntrospectedField field = schema.queryFields().get(operation.name());
    if (field == null) {
      departures.add(new Departure(at, "missing: the target's query type has no such field"));
      return departures;
    }
    compareArguments(at, operation.arguments(), field.arguments(), departures);
    Deque<String[]> pending = new ArrayDeque<>();
    if (compareOutput(at, operation.returnType(), field.type(), departures)) {
      pending.add(new String[] {operation.returnType().name(), field.type().name()});
    }
    Set<String> visited = new HashSet<>();
    while (!pending.isEmpty()) {
      String[] pair = pending.poll();
      if (visited.add(pair[0])) {
        compareType(pair[0], pair[1], schema, departures, pending);
      }
    }
    return departures;
  }

  private void compareType(
      String contractName,
      String targetName,
      IntrospectedSchema schema,
      List<Departure> departures,
      Deque<String[]> pending) {
    Optional<TypeSpec> spec = model.type(contractName);
    Optional<IntrospectedType> target = schema.type(targetName);
    if (spec.isEmpty()) {
      return;
    }
    if (target.isEmpty()) {
      departures.add(new Departure(contractName, "missing: the target has no type " + targetName));
      return;
    }
    String kind = kind(spec.get());
    if (!kind.equals(target.get().kind())) {
      departures.add(
          new Departure(
              contractName,
              "changed: the contract says " + kind + ", the target " + target.get().kind()));
      return;
    }
    if (spec.get() instanceof TypeSpec.EnumType enumType) {
      for (String value : enumType.values()) {
        if (!target.get().enumValues().contains(value)) {
          departures.add(
              new Departure(
                  contractName + "." + value, "missing: the target's enum lacks this value"));
        }
      }
      return;
    }
    if (spec.get() instanceof TypeSpec.UnionType union) {
      for (String member : union.members()) {
        if (!target.get().possibleTypes().contains(member)) {
          departures.add(new Departure(contractName, "missing member " + member));
        } else {
          pending.add(new String[] {member, member});
        }
      }
      return;
    }
    for (FieldSpec field : model.fields(contractName)) {
      String at = contractName + "." + field.name();
      IntrospectedField targetField = target.get().fields().get(field.name());
      if (targetField == null) {
        departures.add(
            new Departure(at, "missing: the target's " + targetName + " has no such field"));
        continue;
      }
      compareArguments(at, field.arguments(), targetField.arguments(), departures);
      boolean sameType = compareOutput(at, field.type(), targetField.type(), departures);
      String fieldType = field.type().name();
      if (sameType && (model.isComposite(fieldType) || !model.enumValues(fieldType).isEmpty())) {
        pending.add(new String[] {fieldType, targetField.type().name()});
      }
    }
  }

  private static String kind(TypeSpec spec) {
    if (spec instanceof TypeSpec.ObjectType) {
      return "OBJECT";
    }
    if (spec instanceof TypeSpec.InterfaceType) {
      return "INTERFACE";
    }
    if (spec instanceof TypeSpec.UnionType) {
      return "UNION";
    }
    return spec instanceof TypeSpec.EnumType ? "ENUM" : "SCALAR";
  }

  private void compareArguments(
      String at,
      List<ArgumentSpec> contract,
      Map<String, IntrospectedArgument> target,
      List<Departure> departures) {
    for (ArgumentSpec argument : contract) {
      String argumentAt = at + "(" + argument.name() + ":)";
      IntrospectedArgument targetArgument = target.get(argument.name());
      if (targetArgument == null) {
        departures.add(
            new Departure(argumentAt, "missing: the target does not take this argument"));
        continue;
      }
      compareInput(argumentAt, argument.type(), targetArgument, departures);
    }
    target.values().stream()
        .filter(
            argument -> contract.stream().noneMatch(known -> known.name().equals(argument.name())))
        .filter(argument -> argument.type().isNonNull() && !argument.hasDefault())
        .forEach(
            argument ->
                departures.add(
                    new Departure(
                        at + "(" + argument.name() + ":)",
                        "narrowed: the target requires an argument the contract does not have ("
                            + argument.type()
                            + ")")));
  }

  /** Whether an argument accepts what the contract lets clients send. */
  private void compareInput(
      String at, TypeRef contract, IntrospectedArgument argument, List<Departure> departures) {
    TypeRef target = argument.type();
    if (target.isNonNull() && !contract.isNonNull() && !argument.hasDefault()) {
      departures.add(
          new Departure(
              at,
              "narrowed: the target requires it ("
                  + target
                  + "), the contract makes it optional ("
                  + contract
                  + ")"));
    }
    TypeRef expected = strip(contract);
    TypeRef actual = strip(target);
    while (expected instanceof TypeRef.ListOf || actual instanceof TypeRef.ListOf) {
      if (!(expected instanceof TypeRef.ListOf expectedList)
          || !(actual instanceof TypeRef.ListOf actualList)) {
        departures.add(
            new Departure(
                at,
                "narrowed list-ness: the contract says " + contract + ", the target " + target));
        return;
      }
      if (actualList.ofType().isNonNull() && !expectedList.ofType().isNonNull()) {
        departures.add(
            new Departure(
                at,
                "narrowed: the target refuses null items ("
                    + target
                    + "), the contract allows them ("
                    + contract
                    + ")"));
      }
      expected = strip(expectedList.ofType());
      actual = strip(actualList.ofType());
    }
    if (!expected.name().equals(actual.name()) && !isInferred(expected.name())) {
      departures.add(
          new Departure(at, "changed: the contract says " + contract + ", the target " + target));
    }
  }

  /** Whether the target keeps the contract's promise about an output; true when names agree. */
  private boolean compareOutput(
      String at, TypeRef contract, TypeRef target, List<Departure> departures) {
    TypeRef expected = contract;
    TypeRef actual = target;
    while (true) {
      if (expected instanceof TypeRef.NonNull nonNull) {
        if (actual instanceof TypeRef.NonNull actualNonNull) {
          actual = actualNonNull.ofType();
        } else {
          departures.add(
              new Departure(
                  at,
                  "narrowed nullability: the contract promises "
                      + contract
                      + ", the target may return null ("
                      + target
                      + ")"));
        }
        expected = nonNull.ofType();
        continue;
      }
      if (actual instanceof TypeRef.NonNull actualNonNull) {
        actual = actualNonNull.ofType();
        continue;
      }
      if (expected instanceof TypeRef.ListOf || actual instanceof TypeRef.ListOf) {
        if (!(expected instanceof TypeRef.ListOf expectedList)
            || !(actual instanceof TypeRef.ListOf actualList)) {
          departures.add(
              new Departure(
                  at,
                  "narrowed list-ness: the contract says " + contract + ", the target " + target));
          return false;
        }
        expected = expectedList.ofType();
        actual = actualList.ofType();
        continue;
      }
      if (expected.name().equals(actual.name()) || isInferred(expected.name())) {
        return true;
      }
      departures.add(
          new Departure(at, "changed: the contract says " + contract + ", the target " + target));
      return false;
    }
  }

  private static TypeRef strip(TypeRef type) {
    return type.nullable();
  }

  private boolean isInferred(String typeName) {
    return model.type(typeName).flatMap(TypeSpec::nameInferredFrom).isPresent();
  }
}
