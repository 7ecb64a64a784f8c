package dev.krakenmock.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.krakenmock.schema.sdl.KrakenScalars;
import dev.krakenmock.server.config.MockServerConfig;
import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.introspection.IntrospectionQuery;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole servers over HTTP: byte-identical answers across starts, and a schema of one's own. */
class MockServerEndToEndTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private static final String ACCOUNT_QUERY = JSON.valueToTree(Map.of(
      "query", """
          query Account($n: String!) {
            account(accountNumber: $n) {
              number balance createdAt billingName billingEmail status
              address { line1 postcode city }
              bills(first: 3) { totalCount edges { cursor node { __typename } } }
            }
            viewer { givenName familyName email accounts { number } }
          }""",
      "operationName", "Account",
      "variables", Map.of("n", "A-00C0FFEE"))).toString();

  private static <T> T withServer(MockServerConfig config, Function<MockServer, T> use) {
    try (MockServer server = MockServer.create(config)) {
      server.start();
      return use.apply(server);
    }
  }

  private static String post(MockServer server, String body) {
    try {
      HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder()
          .uri(URI.create(server.graphqlUrl()))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, response.statusCode(), response.body());
      return response.body();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static MockServerConfig local() {
    return MockServerConfig.newConfig().host("127.0.0.1").port(0).auth(false).build();
  }

  @Test
  void answersByteIdenticalResponsesAcrossTwoStarts() {
    String first = withServer(local(), server -> post(server, ACCOUNT_QUERY));
    String second = withServer(local(), server -> post(server, ACCOUNT_QUERY));
    assertEquals(first, second);
    assertTrue(first.contains("\"number\":\"A-00C0FFEE\""), first);
  }

  @Test
  void answersWithAnotherSeedDifferently() {
    String first = withServer(local(), server -> post(server, ACCOUNT_QUERY));
    String reseeded = withServer(local().transform(b -> b.seed(7)),
        server -> post(server, ACCOUNT_QUERY));
    assertTrue(!first.equals(reseeded));
  }

  @Test
  void servesTheSchemaOfAnIntrospectionFileMutationsIncluded(@TempDir Path directory)
      throws Exception {
    String sdl = """
        schema { query: Root mutation: Change }
        type Root { meter(serial: String!): Meter meters(first: Int): MeterConnection }
        type Change { renameMeter(serial: String!, label: String!): Meter }
        type Meter { serial: String! label: String installedOn: Date kind: MeterKind }
        enum MeterKind { SMART TRADITIONAL }
        type MeterConnection { edges: [MeterEdge] pageInfo: PageInfo! totalCount: Int }
        type MeterEdge { cursor: String! node: Meter }
        type PageInfo { hasNextPage: Boolean! hasPreviousPage: Boolean!
          startCursor: String endCursor: String }
        scalar Date
        """;
    GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(
        new SchemaParser().parse(sdl), RuntimeWiring.newRuntimeWiring()
            .scalar(KrakenScalars.of("Date", "A calendar date.")).build());
    Map<String, Object> introspection = GraphQL.newGraphQL(schema).build()
        .execute(ExecutionInput.newExecutionInput(IntrospectionQuery.INTROSPECTION_QUERY))
        .toSpecification();
    Path file = directory.resolve("instance.json");
    Files.writeString(file, JSON.writeValueAsString(introspection));

    MockServerConfig config = local().transform(b -> b.schemaFile(file));
    JsonNode answers = withServer(config, server -> {
      try {
        return JSON.readTree(post(server, JSON.valueToTree(Map.of("query",
            "{ meter(serial: \"S-1\") { serial kind installedOn }"
                + " meters(first: 2) { totalCount edges { node { serial } } } }")).toString()))
            .get("data");
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
    assertEquals("S-1", answers.at("/meter/serial").asText());
    assertTrue(answers.at("/meter/installedOn").asText().matches("\\d{4}-\\d{2}-\\d{2}"));
    assertEquals(2, answers.at("/meters/edges").size());
    JsonNode renamed = withServer(config, server -> {
      try {
        return JSON.readTree(post(server, JSON.valueToTree(Map.of("query",
            "mutation { renameMeter(serial: \"S-9\", label: \"Kitchen\") { serial label } }"))
            .toString()));
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
    assertEquals("S-9", renamed.at("/data/renameMeter/serial").asText(), renamed.toString());
  }
}
