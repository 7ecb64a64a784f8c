package dev.krakenmock.server.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krakenmock.server.engine.SelectionTree.Node;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The merged selection of an operation, read before anything runs. */
class SelectionTreeTest {

  static final GraphQLSchema SCHEMA = GraphqlEngineTest.ENGINE.schema();

  static SelectionTree tree(String query) {
    return tree(query, Map.of());
  }

  static SelectionTree tree(String query, Map<String, Object> variables) {
    return SelectionTree.of(SCHEMA, Parser.parse(query), null, variables);
  }

  private static List<String> keys(List<Node> nodes) {
    return nodes.stream().map(Node::responseKey).toList();
  }

  @Test
  void mergesFieldsOfOneResponseKeyAcrossFragments() {
    SelectionTree tree = tree("""
        { account(accountNumber: "A") { number ...More ... on AccountType { number balance } } }
        fragment More on AccountType { number id }""");
    Node account = tree.roots().get(0);
    assertEquals(List.of("number", "id", "balance"), keys(account.children()));
    assertTrue(account.definition() != null);
  }

  @Test
  void keepsAliasesApartAndLeavesIntrospectionOut() {
    SelectionTree tree = tree("""
        { __typename a: account(accountNumber: "A") { id } b: account(accountNumber: "B") { id } }""");
    assertEquals(List.of("a", "b"), keys(tree.roots()));
    assertEquals("B", tree.roots().get(1).arguments().get("accountNumber"));
  }

  @Test
  void appliesSkipAndIncludeWithTheirVariables() {
    String query = """
        query Q($hide: Boolean!) {
          account(accountNumber: "A") { id @skip(if: $hide) number @include(if: false) balance }
        }""";
    assertEquals(List.of("balance"),
        keys(tree(query, Map.of("hide", true)).roots().get(0).children()));
    assertEquals(List.of("id", "balance"),
        keys(tree(query, Map.of("hide", false)).roots().get(0).children()));
  }

  @Test
  void resolvesVariablesAndTheirDefaults() {
    String query = """
        query Q($n: Int = 7) {
          account(accountNumber: "A") { complaints(first: $n) { edgeCount } }
        }""";
    Node complaints = tree(query).roots().get(0).children().get(0);
    assertTrue(complaints.isConnection());
    assertEquals(7, complaints.pageSize(12));
    assertEquals(30, tree(query, Map.of("n", 30)).roots().get(0).children().get(0).pageSize(12));
  }

  @Test
  void takesTheSmallerOfFirstAndLastAndTheDefaultWithNeither() {
    Node both = tree("""
        { account(accountNumber: "A") { complaints(first: 9, last: 4) { edgeCount } } }""")
        .roots().get(0).children().get(0);
    Node neither = tree("{ account(accountNumber: \"A\") { complaints { edgeCount } } }")
        .roots().get(0).children().get(0);
    assertEquals(4, both.pageSize(12));
    assertEquals(12, neither.pageSize(12));
  }

  @Test
  void keepsFieldsTheSchemaDoesNotKnowWithoutDefinition() {
    Node unknown = tree("{ account(accountNumber: \"A\") { notAField { deeper } } }")
        .roots().get(0).children().get(0);
    assertNull(unknown.definition());
    assertTrue(unknown.isComposite());
    assertEquals(List.of("deeper"), keys(unknown.children()));
  }

  @Test
  void picksTheNamedOperationAndNoneWhenItIsMissing() {
    String document = "query A { viewer { id } } query B { account(accountNumber: \"A\") { id } }";
    assertEquals(List.of("account"),
        keys(SelectionTree.of(SCHEMA, Parser.parse(document), "B", Map.of()).roots()));
    assertTrue(SelectionTree.of(SCHEMA, Parser.parse(document), null, Map.of()).roots().isEmpty());
    assertTrue(SelectionTree.of(SCHEMA, Parser.parse(document), "C", Map.of()).roots().isEmpty());
  }

  @Test
  void cutsShortADocumentWhoseFragmentsExpandExponentially() {
    StringBuilder document = new StringBuilder("{ viewer { ...F0 } }\n");
    for (int i = 0; i < 20; i++) {
      document.append("fragment F").append(i).append(" on AccountUserType { a").append(i)
          .append(": accounts { __typename } b").append(i).append(": viewerAlias").append(i)
          .append(" { ...F").append(i + 1).append(" } c").append(i).append(": other").append(i)
          .append(" { ...F").append(i + 1).append(" } }\n");
    }
    document.append("fragment F20 on AccountUserType { id }\n");
    SelectionTree tree = tree(document.toString());
    assertTrue(tree.truncated());
    assertFalse(tree("{ viewer { id } }").truncated());
  }
}
