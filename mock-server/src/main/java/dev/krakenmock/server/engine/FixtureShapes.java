package dev.krakenmock.server.engine;

import dev.krakenmock.server.fixture.FixtureSchema;
import dev.krakenmock.server.fixture.FixtureSchema.FieldShape;
import dev.krakenmock.server.fixture.FixtureSchema.Kind;
import dev.krakenmock.server.fixture.FixtureSchema.TypeRef;
import dev.krakenmock.server.fixture.FixtureSchema.TypeShape;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLUnionType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The executable schema as the fixture package sees it: plain shapes of types and fields. */
final class FixtureShapes {

  private FixtureShapes() {}

  static FixtureSchema of(GraphQLSchema schema) {
    Map<String, TypeShape> types = new LinkedHashMap<>();
    for (GraphQLNamedType type : schema.getAllTypesAsList()) {
      if (type.getName().startsWith("__")) {
        continue;
      }
      types.put(type.getName(), shape(schema, type));
    }
    return new FixtureSchema(types, schema.getQueryType().getName(),
        schema.getMutationType() == null ? null : schema.getMutationType().getName());
  }

  private static TypeShape shape(GraphQLSchema schema, GraphQLNamedType type) {
    Map<String, FieldShape> fields = new LinkedHashMap<>();
    if (type instanceof GraphQLFieldsContainer container) {
      for (GraphQLFieldDefinition field : container.getFieldDefinitions()) {
        fields.put(field.getName(), new FieldShape(ref(field.getType()),
            field.getArguments().stream().map(GraphQLArgument::getName)
                .collect(Collectors.toSet())));
      }
    }
    Set<String> enumValues = type instanceof GraphQLEnumType enumType
        ? enumType.getValues().stream().map(GraphQLEnumValueDefinition::getName)
            .collect(Collectors.toSet())
        : Set.of();
    List<String> possible;
    if (type instanceof GraphQLObjectType) {
      possible = List.of(type.getName());
    } else if (type instanceof GraphQLInterfaceType contract) {
      possible = schema.getImplementations(contract).stream().map(GraphQLObjectType::getName)
          .toList();
    } else if (type instanceof GraphQLUnionType union) {
      possible = union.getTypes().stream().map(GraphQLNamedType::getName).toList();
    } else {
      possible = List.of();
    }
    boolean open = OpaqueSelections.isOpaque(type);
    String keyField = type instanceof GraphQLObjectType object
        ? EntityGraph.keyFieldOf(object).orElse(open ? "id" : null) : null;
    return new TypeShape(type.getName(), kind(type), fields, enumValues, possible, keyField,
        open);
  }

  private static Kind kind(GraphQLNamedType type) {
    if (type instanceof GraphQLObjectType) {
      return Kind.OBJECT;
    }
    if (type instanceof GraphQLInterfaceType) {
      return Kind.INTERFACE;
    }
    if (type instanceof GraphQLUnionType) {
      return Kind.UNION;
    }
    if (type instanceof GraphQLEnumType) {
      return Kind.ENUM;
    }
    return type instanceof GraphQLInputObjectType ? Kind.INPUT : Kind.SCALAR;
  }

  private static TypeRef ref(GraphQLType type) {
    boolean nonNull = type instanceof GraphQLNonNull;
    GraphQLType inner = nonNull ? ((GraphQLNonNull) type).getWrappedType() : type;
    if (inner instanceof GraphQLList list) {
      return TypeRef.list(ref(list.getWrappedType()), nonNull);
    }
    return TypeRef.named(((GraphQLNamedType) inner).getName(), nonNull);
  }
}
