package dev.krakenmock.server.engine;

import dev.krakenmock.schema.sdl.GeneratedSchema;
import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.util.Map;

/**
 * Executes GraphQL requests against the mock schema. The schema is built once, when the engine is
 * created, so a broken SDL fails at start-up rather than on the first request.
 */
public final class GraphqlEngine {

  private final GraphQL graphql;

  private GraphqlEngine(GraphQLSchema schema) {
    this.graphql = GraphQL.newGraphQL(schema).build();
  }

  /** An engine for the SDL committed in the schema module. */
  public static GraphqlEngine fromGeneratedSchema() {
    return fromSdl(GeneratedSchema.sdl());
  }

  /**
   * An engine for any SDL text.
   *
   * @throws RuntimeException from graphql-java when the SDL does not parse or is not a valid
   *     schema; its message lists the problems
   */
  public static GraphqlEngine fromSdl(String sdl) {
    TypeDefinitionRegistry registry = new SchemaParser().parse(sdl);
    RuntimeWiring wiring =
        RuntimeWiring.newRuntimeWiring().wiringFactory(new MockWiringFactory()).build();
    return new GraphqlEngine(new SchemaGenerator().makeExecutableSchema(registry, wiring));
  }

  /**
   * Runs one request. Syntax and validation problems are not thrown: they come back in the {@code
   * errors} entry, as the GraphQL specification asks.
   *
   * @return the response in the shape of the GraphQL specification: {@code data}, {@code errors}
   *     and {@code extensions}, each only when present
   */
  public Map<String, Object> execute(GraphqlRequest request) {
    ExecutionInput input =
        ExecutionInput.newExecutionInput()
            .query(request.query())
            .operationName(request.operationName())
            .variables(request.variables())
            .build();
    return graphql.execute(input).toSpecification();
  }
}
