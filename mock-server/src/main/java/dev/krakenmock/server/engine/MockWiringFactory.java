package dev.krakenmock.server.engine;

import graphql.language.Description;
import graphql.language.ScalarTypeDefinition;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLScalarType;
import graphql.schema.TypeResolver;
import graphql.schema.idl.FieldWiringEnvironment;
import graphql.schema.idl.InterfaceWiringEnvironment;
import graphql.schema.idl.ScalarInfo;
import graphql.schema.idl.ScalarWiringEnvironment;
import graphql.schema.idl.UnionWiringEnvironment;
import graphql.schema.idl.WiringFactory;

/**
 * Wires any SDL without knowing its type names: custom scalars pass values through, abstract types
 * resolve to their first possible object type, and fields resolve to null until data generation
 * exists.
 */
final class MockWiringFactory implements WiringFactory {

  private static final DataFetcher<Object> NO_DATA = environment -> null;

  @Override
  public boolean providesScalar(ScalarWiringEnvironment environment) {
    // The specified scalars keep graphql-java's strict coercion.
    return !ScalarInfo.isGraphqlSpecifiedScalar(environment.getScalarTypeDefinition().getName());
  }

  @Override
  public GraphQLScalarType getScalar(ScalarWiringEnvironment environment) {
    ScalarTypeDefinition definition = environment.getScalarTypeDefinition();
    Description description = definition.getDescription();
    return GraphQLScalarType.newScalar()
        .name(definition.getName())
        .description(description == null ? null : description.getContent())
        .definition(definition)
        .extensionDefinitions(environment.getExtensions())
        .coercing(new PassThroughCoercing())
        .build();
  }

  @Override
  public boolean providesTypeResolver(InterfaceWiringEnvironment environment) {
    return true;
  }

  @Override
  public TypeResolver getTypeResolver(InterfaceWiringEnvironment environment) {
    return new FirstObjectTypeResolver();
  }

  @Override
  public boolean providesTypeResolver(UnionWiringEnvironment environment) {
    return true;
  }

  @Override
  public TypeResolver getTypeResolver(UnionWiringEnvironment environment) {
    return new FirstObjectTypeResolver();
  }

  @Override
  public DataFetcher<Object> getDefaultDataFetcher(FieldWiringEnvironment environment) {
    return NO_DATA;
  }
}
