package dev.krakenmock.schema.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krakenmock.schema.contract.ApiContract;
import dev.krakenmock.schema.contract.OperationSpec;
import dev.krakenmock.schema.contract.Permissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The parser on small documents written for one rule each. */
class ReferenceDocParserTest {

  static final String PREAMBLE = "Queries\nEvery GraphQL schema has a root type.\n";

  static String operation(String name, String type, String parts) {
    return name + "\nType: " + type + "\nURL: https://api.example/graphql/\n" + parts;
  }

  private static final String SIMPLE = operation("thing", "ThingType", """
      Get a thing.
      Over two lines.
      Query Complexity: 7
      Possible Errors:
      - KT-CT-1234: Thing not found.
      - KT-XY-9: Local error.
      Required Permissions:
      Can view things
      OR Can view everything
      Arguments
      | Name | Description |
      |---|---|
      |
      The thing's id. |
      |
      |
      Query
      query Thing($id: ID!, $limit: Int = 5) {
      thing(id: $id, limit: $limit) {
      name
      }
      }
      Variables
      {
      "id": "123"
      }
      Response
      {
      "data": {
      "thing": {
      "name": "a-b-c"
      }
      }
      }
      """);

  @Test
  void splitsTheDocumentByOperationAndSkipsThePreamble() {
    ApiContract contract = QueriesReference.parse(
        PREAMBLE + SIMPLE + operation("other", "[String]", "Query\nquery Other {\nother\n}\n"));
    assertEquals(List.of("thing", "other"),
        contract.operations().stream().map(OperationSpec::name).toList());
  }

  @Test
  void readsEachPartOfAnOperation() {
    OperationSpec thing = QueriesReference.parse(SIMPLE).operations().get(0);
    assertEquals("Get a thing. Over two lines.", thing.description());
    assertEquals(7, thing.complexity().getAsInt());
    assertEquals(2, thing.possibleErrors().size());
    assertEquals("KT-XY-9", thing.possibleErrors().get(1).code());
    assertEquals(Permissions.required(List.of("Can view things", "Can view everything")),
        thing.permissions());
    assertEquals(Optional.of("5"), thing.argument("limit").orElseThrow().defaultValue());
    assertEquals(Optional.of("The thing's id."), thing.argument("id").orElseThrow().description());
    assertEquals(Optional.empty(), thing.argument("limit").orElseThrow().description());
    assertTrue(thing.example().variables().isPresent());
  }

  @Test
  void namesTheOperationAndLineOfAMalformedPart() {
    String broken = PREAMBLE + operation("broken", "Thing", """
        Possible Errors:
        - not a code
        Query
        query Broken {
        broken
        }
        """);
    ReferenceFormatException error =
        assertThrows(ReferenceFormatException.class, () -> QueriesReference.parse(broken));
    assertTrue(error.getMessage().startsWith("Operation 'broken' (line 3)"), error.getMessage());
    assertTrue(error.getMessage().contains("- not a code"), error.getMessage());
  }

  @Test
  void rejectsAnOperationWithoutExampleQuery() {
    assertThrows(ReferenceFormatException.class,
        () -> QueriesReference.parse(operation("lonely", "Thing", "Query Complexity: 1\n")));
  }

  @Test
  void rejectsPermissionAlternativesWithoutOr() {
    String text = operation("perm", "Thing", "Required Permissions:\nOne\nTwo\nQuery\n"
        + "query Perm {\nperm\n}\n");
    assertThrows(ReferenceFormatException.class, () -> QueriesReference.parse(text));
  }

  @Test
  void rejectsARateLimitTableWithAMissingStepsCell() {
    String text = operation("limited", "Thing", "Rate Limits\n| Key | Steps |\n|---|---|\nIp |\n"
        + "Query\nquery Limited {\nlimited\n}\n");
    assertThrows(ReferenceFormatException.class, () -> QueriesReference.parse(text));
  }
}
