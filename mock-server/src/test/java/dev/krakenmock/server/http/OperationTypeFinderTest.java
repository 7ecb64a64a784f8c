package dev.krakenmock.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OperationTypeFinderTest {

  @Test
  void readsAnAnonymousSelectionSetAsAQuery() {
    assertEquals(Optional.of(OperationType.QUERY), OperationTypeFinder.find("{ a }", null));
  }

  @Test
  void readsTheKeywordOfTheOnlyOperation() {
    assertEquals(Optional.of(OperationType.QUERY), find("query { a }"));
    assertEquals(Optional.of(OperationType.MUTATION), find("mutation Login { login { token } }"));
    assertEquals(Optional.of(OperationType.SUBSCRIPTION), find("subscription { changes }"));
  }

  @Test
  void picksTheOperationNamedByOperationName() {
    String document = "query Read { a } mutation Write { b } fragment F on T { c }";

    assertEquals(Optional.of(OperationType.QUERY), OperationTypeFinder.find(document, "Read"));
    assertEquals(Optional.of(OperationType.MUTATION), OperationTypeFinder.find(document, "Write"));
  }

  @Test
  void cannotTellWhichOperationRunsWhenSeveralAreUnnamedOrTheNameIsUnknown() {
    String document = "query Read { a } mutation Write { b }";

    assertEquals(Optional.empty(), OperationTypeFinder.find(document, null));
    assertEquals(Optional.empty(), OperationTypeFinder.find(document, "Delete"));
    assertEquals(Optional.empty(), OperationTypeFinder.find("{ a } { b }", null));
  }

  @Test
  void skipsFragmentsAroundTheOperation() {
    assertEquals(
        Optional.of(OperationType.MUTATION),
        find("fragment A on T @d(x: {y: [1]}) { a } mutation { ...A } fragment B on T { b }"));
  }

  @Test
  void isNotMisledByKeywordsInStringsCommentsAndNestedSelections() {
    assertEquals(
        Optional.of(OperationType.QUERY),
        find(
            "# mutation { hidden }\n"
                + "query Q($text: String = \"} mutation M {\", $in: In = {mutation: {a: 1}})"
                + " @d(note: \"\"\"\n mutation \\\"\"\" } {\n\"\"\") {\n"
                + "  mutation: field(arg: \"\\\" mutation {\") { query subscription }\n"
                + "  ... on T { fragment }\n"
                + "}"));
  }

  @Test
  void readsNumbersCommasAndTheByteOrderMarkAsGraphqlDoes() {
    assertEquals(
        Optional.of(OperationType.MUTATION),
        find("\uFEFFmutation M($a: Float = -1.5e+3, $b: [Int] = [1, 2,3]) { m(a: $a, b: $b) }"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "{",
        "{ a }}",
        "query Q { a ",
        "mutation M ( { a }",
        "{ a(s: \"unterminated) }",
        "{ a(s: \"\"\"unterminated) }",
        "{ a(s: \"line\nbreak\") }",
        "{ a ] }",
        "query Q",
        "Query { a }",
        "type Query { a: Int }",
        "{ a } ~",
      })
  void cannotTellForDocumentsThatAreNotExecutable(String document) {
    assertEquals(Optional.empty(), find(document));
  }

  private static Optional<OperationType> find(String document) {
    return OperationTypeFinder.find(document, null);
  }
}
