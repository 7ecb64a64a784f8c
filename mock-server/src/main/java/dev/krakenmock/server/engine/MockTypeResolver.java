package dev.krakenmock.server.engine;

import dev.krakenmock.server.engine.MockValues.MockObject;
import graphql.TypeResolutionEnvironment;
import graphql.schema.GraphQLObjectType;
import graphql.schema.TypeResolver;
import org.jspecify.annotations.Nullable;

/** Resolves an interface or union to the concrete type the entity graph chose for the object. */
final class MockTypeResolver implements TypeResolver {

  @Override
  public @Nullable GraphQLObjectType getType(TypeResolutionEnvironment environment) {
    Object value = environment.getObject();
    if (value instanceof MockObject object) {
      return environment.getSchema().getObjectType(object.typeName());
    }
    return null;
  }
}
