package dev.krakenmock.schema.sdl;

import dev.krakenmock.schema.contract.ExampleValue;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLUnionType;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks an example response beside the schema and reports every value that does not fit its
 * field: a scalar of the wrong kind or format, an unknown enum value or field, a placeholder
 * naming a type the field cannot hold.
 */
final class ResponseShapeChecker {

  private final GraphQLSchema schema;
  private int leaves;

  ResponseShapeChecker(GraphQLSchema schema) {
    this.schema = schema;
  }

  int leavesChecked() {
    return leaves;
  }

  List<String> check(String path, GraphQLOutputType type, ExampleValue value) {
    List<String> problems = new ArrayList<>();
    visit(path, type, value, problems);
    return problems;
  }

  private void visit(String path, GraphQLType type, ExampleValue value, List<String> problems) {
    if (type instanceof GraphQLNonNull nonNull) {
      if (value instanceof ExampleValue.NullValue) {
        problems.add(path + ": null for a non-null field");
        return;
      }
      visit(path, nonNull.getWrappedType(), value, problems);
      return;
    }
    if (value instanceof ExampleValue.NullValue) {
      return;
    }
    if (type instanceof GraphQLList list) {
      if (value instanceof ExampleValue.ArrayValue array) {
        array.elements().forEach(e -> visit(path + "[]", list.getWrappedType(), e, problems));
      } else {
        // The reference writes a list of scalars as one scalar.
        visit(path + "[]", list.getWrappedType(), value, problems);
      }
      return;
    }
    if (value instanceof ExampleValue.ArrayValue array && !(type instanceof GraphQLScalarType)) {
      // A stale example may show a list where the type is not one (see ExampleDiscrepancy).
      array.elements().forEach(e -> visit(path, type, e, problems));
      return;
    }
    GraphQLNamedType named = (GraphQLNamedType) type;
    if (value instanceof ExampleValue.TypeName placeholder) {
      if (!canHold(named, placeholder.name())) {
        problems.add(path + ": placeholder " + placeholder.name() + " for " + named.getName());
      }
      return;
    }
    if (named instanceof GraphQLScalarType scalar) {
      leaves++;
      if (!fitsScalar(scalar.getName(), value)) {
        problems.add(path + ": " + value + " is not a " + scalar.getName());
      }
    } else if (named instanceof GraphQLEnumType enumType) {
      leaves++;
      if (!(value instanceof ExampleValue.StringValue string)
          || enumType.getValue(string.value()) == null) {
        problems.add(path + ": " + value + " is not a value of " + enumType.getName());
      }
    } else if (named instanceof GraphQLFieldsContainer container
        && value instanceof ExampleValue.ObjectValue object) {
      object.fields().forEach((name, fieldValue) -> {
        GraphQLFieldDefinition field = container.getFieldDefinition(name);
        if (field == null) {
          problems.add(path + "." + name + ": no such field on " + container.getName());
        } else {
          visit(path + "." + name, field.getType(), fieldValue, problems);
        }
      });
    } else {
      problems.add(path + ": " + value + " for " + named.getName());
    }
  }

  private boolean canHold(GraphQLNamedType type, String placeholder) {
    if (type.getName().equals(placeholder)) {
      return true;
    }
    GraphQLType member = schema.getType(placeholder);
    if (!(member instanceof GraphQLObjectType object)) {
      return false;
    }
    if (type instanceof GraphQLUnionType union) {
      return union.getTypes().contains(object);
    }
    return object.getInterfaces().stream().anyMatch(i -> i.getName().equals(type.getName()));
  }

  private static boolean fitsScalar(String scalar, ExampleValue value) {
    return switch (scalar) {
      case "Int" -> value instanceof ExampleValue.NumberValue number && number.isInteger();
      case "Float" -> value instanceof ExampleValue.NumberValue;
      case "Boolean" -> value instanceof ExampleValue.BooleanValue;
      case "String", "ID" -> value instanceof ExampleValue.StringValue;
      case "JSONString", "GenericScalar" -> true;
      default -> value instanceof ExampleValue.StringValue string
          && KrakenScalars.fits(scalar, string.value());
    };
  }
}
