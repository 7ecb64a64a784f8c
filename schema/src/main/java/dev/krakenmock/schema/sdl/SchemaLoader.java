package dev.krakenmock.schema.sdl;

import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.TypeResolver;
import graphql.schema.idl.FieldWiringEnvironment;
import graphql.schema.idl.InterfaceWiringEnvironment;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.ScalarInfo;
import graphql.schema.idl.ScalarWiringEnvironment;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnionWiringEnvironment;
import graphql.schema.idl.WiringFactory;
import graphql.schema.DataFetcher;

/**
 * Builds a graphql-java schema from SDL text, with {@link KrakenScalars} for every custom scalar
 * and the given type resolver for every interface and union.
 */
public final class SchemaLoader {

  private SchemaLoader() {}

  /** The schema of the SDL; fields have graphql-java's default (property) data fetchers. */
  public static GraphQLSchema load(String sdl, TypeResolver typeResolver) {
    TypeDefinitionRegistry registry = new SchemaParser().parse(sdl);
    RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
        .wiringFactory(new KrakenWiring(typeResolver))
        .build();
    return new SchemaGenerator().makeExecutableSchema(registry, wiring);
  }

  private record KrakenWiring(TypeResolver typeResolver) implements WiringFactory {

    @Override
    public boolean providesScalar(ScalarWiringEnvironment environment) {
      return !ScalarInfo.isGraphqlSpecifiedScalar(environment.getScalarTypeDefinition().getName());
    }

    @Override
    public GraphQLScalarType getScalar(ScalarWiringEnvironment environment) {
      var definition = environment.getScalarTypeDefinition();
      String description = definition.getDescription() == null
          ? "" : definition.getDescription().getContent();
      return KrakenScalars.of(definition.getName(), description);
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
      return false;
    }

    @Override
    public DataFetcher<?> getDataFetcher(FieldWiringEnvironment environment) {
      throw new UnsupportedOperationException("No data fetchers: fields use the default");
    }
  }
}
