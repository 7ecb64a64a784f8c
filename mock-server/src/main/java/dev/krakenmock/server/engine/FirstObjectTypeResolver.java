package dev.krakenmock.server.engine;

import graphql.TypeResolutionEnvironment;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedOutputType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import graphql.schema.TypeResolver;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Resolves an interface or union to the first object type the schema lists for it. The order is
 * fixed by the SDL, so the answer is the same on every run.
 */
final class FirstObjectTypeResolver implements TypeResolver {

  @Override
  public @Nullable GraphQLObjectType getType(TypeResolutionEnvironment environment) {
    return resolve(environment.getSchema(), environment.getFieldType());
  }

  static @Nullable GraphQLObjectType resolve(GraphQLSchema schema, GraphQLType fieldType) {
    GraphQLType abstractType = GraphQLTypeUtil.unwrapAll(fieldType);
    if (abstractType instanceof GraphQLInterfaceType interfaceType) {
      return first(schema.getImplementations(interfaceType));
    }
    if (abstractType instanceof GraphQLUnionType unionType) {
      return first(unionType.getTypes());
    }
    return null;
  }

  private static @Nullable GraphQLObjectType first(List<? extends GraphQLNamedOutputType> types) {
    for (GraphQLNamedOutputType type : types) {
      if (type instanceof GraphQLObjectType objectType) {
        return objectType;
      }
    }
    return null;
  }
}
