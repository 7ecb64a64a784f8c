package dev.krakenmock.server.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OperationOutlineTest {

  private static Optional<List<String>> roots(String document, String operationName) {
    return OperationOutline.of(document)
        .flatMap(outline -> outline.select(operationName))
        .map(OperationOutline.Operation::rootFields);
  }

  @Test
  void readsRootFieldsByTheirSchemaNameNotTheirAlias() {
    assertEquals(Optional.of(List.of("account", "viewer")), roots("""
        query A($n: String! = "{") @cached(ttl: 5) {
          mine: account(accountNumber: $n) { number bills(first: 2) { edges { node { id } } } }
          # a comment with { braces
          viewer @include(if: true) { email }
        }""", null));
  }

  @Test
  void followsFragmentsSpreadAtTheRoot() {
    // The operation's own fields (inline fragments included) first, then those of named fragments.
    assertEquals(Optional.of(List.of("account", "viewer")), roots("""
        query Q { ...Root ... on Query { account(accountNumber: "A-1") { number } } }
        fragment Root on Query { viewer { email } }""", "Q"));
  }

  @Test
  void picksTheNamedOperationOrTheOnlyOne() {
    String two =
        "query A { viewer { email } } mutation B { obtainKrakenToken(input: {}) { token } }";
    assertEquals(Optional.of(List.of("obtainKrakenToken")), roots(two, "B"));
    assertEquals(Optional.empty(), roots(two, null));
    assertEquals(Optional.empty(), roots(two, "C"));
    assertEquals(Optional.of(List.of("viewer")), roots("{viewer{email}}", null));
  }

  @Test
  void givesNothingForAnUnreadableDocument() {
    assertEquals(Optional.empty(), OperationOutline.of("query { viewer { email }"));
    assertEquals(Optional.empty(), OperationOutline.of("query { viewer(a: \"unterminated) }"));
    assertEquals(Optional.empty(), OperationOutline.of("type Query { a: Int }"));
  }
}
