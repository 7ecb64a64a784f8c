package dev.krakenmock.server.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

class FirstObjectTypeResolverTest {

  private static final GraphQLSchema SCHEMA =
      new SchemaGenerator()
          .makeExecutableSchema(
              new SchemaParser()
                  .parse(
                      """
                      interface Node { id: ID }
                      type Zebra implements Node { id: ID }
                      type Aardvark implements Node { id: ID }
                      union Animal = Zebra | Aardvark
                      type Query { node: Node animals: [Animal!]! name: String }
                      """),
              RuntimeWiring.newRuntimeWiring().wiringFactory(new MockWiringFactory()).build());

  @Test
  void resolvesAnInterfaceToTheFirstImplementationTheSchemaLists() {
    GraphQLInterfaceType node = (GraphQLInterfaceType) SCHEMA.getType("Node");

    assertEquals(
        SCHEMA.getImplementations(node).get(0), FirstObjectTypeResolver.resolve(SCHEMA, node));
  }

  @Test
  void resolvesAUnionInsideWrappersToItsFirstMember() {
    GraphQLNonNull wrapped =
        GraphQLNonNull.nonNull(GraphQLList.list(GraphQLNonNull.nonNull(SCHEMA.getType("Animal"))));

    assertEquals(SCHEMA.getObjectType("Zebra"), FirstObjectTypeResolver.resolve(SCHEMA, wrapped));
  }

  @Test
  void resolvesNothingForAConcreteType() {
    assertNull(FirstObjectTypeResolver.resolve(SCHEMA, SCHEMA.getType("String")));
  }
}
