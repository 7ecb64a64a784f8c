package dev.krakenmock.server.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GraphqlEngineTest {

  // Shaped like the generated SDL: custom and opaque scalars, directives on types, abstract types.
  private static final String SDL =
      """
      directive @opaque(reason: String) on OBJECT | INTERFACE | SCALAR | INPUT_OBJECT | UNION
      directive @partiallyKnown on ENUM
      "A calendar date."
      scalar Date
      scalar JSONString
      scalar OpaqueInput @opaque(reason: "not documented")
      enum Status @partiallyKnown { ACTIVE }
      interface Node { id: ID! }
      type Account implements Node { id: ID! status: Status opened: Date }
      type Meter implements Node @opaque(reason: "x") { id: ID! }
      union Thing = Meter | Account
      type Query {
        node(id: ID!): Node
        thing: Thing
        echo(input: OpaqueInput, when: Date = "2024-01-31"): JSONString
        accounts: [Account!]!
      }
      """;

  private final GraphqlEngine engine = GraphqlEngine.fromSdl(SDL);

  @Test
  void buildsAnExecutableSchemaFromAnySdl() {
    Map<String, Object> result =
        engine.execute(GraphqlRequest.ofQuery("{ __schema { queryType { name } } }"));

    assertEquals(
        Map.of("data", Map.of("__schema", Map.of("queryType", Map.of("name", "Query")))), result);
  }

  @Test
  void keepsCustomScalarsWithTheirDescription() {
    Map<String, Object> result =
        engine.execute(GraphqlRequest.ofQuery("{ __type(name: \"Date\") { kind description } }"));

    assertEquals(
        Map.of(
            "data", Map.of("__type", Map.of("kind", "SCALAR", "description", "A calendar date."))),
        result);
  }

  @Test
  void listsImplementationsAndUnionMembers() {
    assertEquals(List.of("Account", "Meter"), possibleTypeNames("Node"));
    assertEquals(List.of("Meter", "Account"), possibleTypeNames("Thing"));
  }

  @Test
  void acceptsAnyLiteralOrVariableForACustomScalar() {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("input", Map.of("anything", List.of(1, "two", Map.of())));

    Map<String, Object> result =
        engine.execute(
            new GraphqlRequest(
                "query Q($input: OpaqueInput) { a: echo(input: $input)"
                    + " b: echo(input: {nested: [1, 2.5, \"x\", true, null, ACTIVE]}, when: 7) }",
                "Q",
                variables));

    assertNull(result.get("errors"), () -> String.valueOf(result.get("errors")));
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("a", null);
    data.put("b", null);
    assertEquals(Map.of("data", data), result);
  }

  @Test
  void resolvesDataFieldsToNullForNow() {
    Map<String, Object> result =
        engine.execute(GraphqlRequest.ofQuery("{ node(id: \"1\") { id } thing { __typename } }"));

    Map<String, Object> data = new LinkedHashMap<>();
    data.put("node", null);
    data.put("thing", null);
    assertEquals(data, result.get("data"));
  }

  @Test
  void reportsNullForNonNullFieldsAsAnError() {
    Map<String, Object> result = engine.execute(GraphqlRequest.ofQuery("{ accounts { id } }"));

    assertNull(result.get("data"));
    assertFalse(((List<?>) result.get("errors")).isEmpty());
  }

  @Test
  void reportsSyntaxErrorsWithoutData() {
    Map<String, Object> result = engine.execute(GraphqlRequest.ofQuery("{ node("));

    assertFalse(result.containsKey("data"));
    assertTrue(result.get("errors") instanceof List<?> errors && !errors.isEmpty());
  }

  @Test
  void refusesAnSdlThatIsNotASchema() {
    assertThrows(RuntimeException.class, () -> GraphqlEngine.fromSdl("type Query { a: Missing }"));
  }

  @Test
  void loadsTheGeneratedSchema() {
    Map<String, Object> result =
        GraphqlEngine.fromGeneratedSchema().execute(GraphqlRequest.ofQuery("{ __typename }"));

    assertEquals(Map.of("data", Map.of("__typename", "Query")), result);
  }

  // graphql-java rejects __type twice in one request as bad-faith introspection: one per request.
  private List<Object> possibleTypeNames(String typeName) {
    Map<String, Object> result =
        engine.execute(
            GraphqlRequest.ofQuery(
                "{ __type(name: \"" + typeName + "\") { possibleTypes { name } } }"));
    Map<?, ?> type = (Map<?, ?>) ((Map<?, ?>) result.get("data")).get("__type");
    List<Object> names = new ArrayList<>();
    for (Object possibleType : (List<?>) type.get("possibleTypes")) {
      names.add(((Map<?, ?>) possibleType).get("name"));
    }
    return names;
  }
}
