package dev.krakenmock.server.engine;

import dev.krakenmock.schema.sdl.KrakenScalars;
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
import java.util.Map;

/**
 * Wires any SDL without knowing its type names: custom scalars get Kraken's formats where known
 * and take any value otherwise, abstract types resolve to the type the entity graph chose, and
 * every field is answered by one generating data fetcher, except the fields given explicitly
 * (such as the login mutation).
 */
final class MockWiringFactory implements WiringFactory {

  private final DataFetcher<Object> generated;
  private final Map<String, DataFetcher<?>> explicit;
  private final TypeResolver typeResolver = new MockTypeResolver();

  /**
   * @param generated the fetcher of every field
   * @param explicit fetchers of particular fields, keyed {@code Type.field}
   */
  MockWiringFactory(DataFetcher<Object> generated, Map<String, DataFetcher<?>> explicit) {
    this.generated = generated;
    this.explicit = Map.copyOf(explicit);
  }

  @Override
  public boolean providesScalar(ScalarWiringEnvironment environment) {
    return !ScalarInfo.isGraphqlSpecifiedScalar(environment.getScalarTypeDefinition().getName());
  }

  @Override
  public GraphQLScalarType getScalar(ScalarWiringEnvironment environment) {
    ScalarTypeDefinition definition = environment.getScalarTypeDefinition();
    Description description = definition.getDescription();
    GraphQLScalarType scalar = KrakenScalars.of(definition.getName(),
        description == null ? "" : description.getContent());
    return scalar.transform(builder -> builder.definition(definition)
        .extensionDefinitions(environment.getExtensions()));
  }

  @Override
  public boolean providesTypeResolver(InterfaceWiringEnvironment environment) {
    return true;
  }

  @Override
  public TypeResolver getTypeResolver(InterfaceWiringEnvironment environment) {
    return typeResolver;
  }

  @Override
  public boolean providesTypeResolver(UnionWiringEnvironment environment) {
    return true;
  }

  @Override
  public TypeResolver getTypeResolver(UnionWiringEnvironment environment) {
    return typeResolver;
  }

  @Override
  public boolean providesDataFetcher(FieldWiringEnvironment environment) {
    return explicit.containsKey(environment.getParentType().getName() + "."
        + environment.getFieldDefinition().getName());
  }

  @Override
  public DataFetcher<?> getDataFetcher(FieldWiringEnvironment environment) {
    return explicit.get(environment.getParentType().getName() + "."
        + environment.getFieldDefinition().getName());
  }

  @Override
  public DataFetcher<?> getDefaultDataFetcher(FieldWiringEnvironment environment) {
    return generated;
  }
}
