package dev.krakenmock.server.engine;

import static dev.krakenmock.server.engine.SelectionTreeTest.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The estimated number of objects a request returns, against Kraken's 10,000. */
class NodeLimitTest {

  private static final NodeLimit NODES = new NodeLimit(3, 12, NodeLimit.DEFAULT_LIMIT);

  @Test
  void countsEveryObjectOnceAndNoScalar() {
    assertEquals(2,
        NODES.of(tree("{ account(accountNumber: \"A\") { number address { city } } }")));
  }

  @Test
  void countsListsByTheServersListSize() {
    assertEquals(1 + 3, NODES.of(tree("{ account(accountNumber: \"A\") { consents { id } } }")));
  }

  @Test
  void countsConnectionsByTheirPage() {
    String query =
        "{ account(accountNumber: \"A\") { complaints(first: 10) { edges { node { id } } } } }";
    // account, the connection, 10 edges, 10 nodes
    assertEquals(1 + 1 + 10 + 10, NODES.of(tree(query)));
    assertEquals(1 + 1 + 12 + 12, NODES.of(tree(query.replace("(first: 10)", ""))));
  }

  @Test
  void multipliesNestedSizesDownTheTree() {
    String query = """
        { account(accountNumber: "A") { complaints(first: 10) { edges { node {
            contacts(first: 20) { edges { cursor } } } } } } }""";
    // account 1, complaints 1, edges 10, nodes 10, contacts 10, their edges 10 x 20
    assertEquals(1 + 1 + 10 + 10 + 10 + 200, NODES.of(tree(query)));
  }

  @Test
  void refusesMoreThanTenThousandNodesWithKtCt1189() {
    String query = """
        { account(accountNumber: "A") { complaints(first: 99) { edges { node {
            contacts(first: 99) { edges { cursor } } } } } } }""";
    assertEquals("KT-CT-1189", NODES.check(tree(query)).orElseThrow().code());
    String smaller = query.replace("contacts(first: 99)", "contacts(first: 50)");
    assertTrue(NODES.check(tree(smaller)).isEmpty());
  }

  @Test
  void refusesADocumentThatWasCutShort() {
    StringBuilder document = new StringBuilder("{ viewer { ...F0 } }\n");
    for (int i = 0; i < 20; i++) {
      document.append("fragment F").append(i).append(" on AccountUserType { b").append(i)
          .append(": x").append(i).append(" { ...F").append(i + 1).append(" } c").append(i)
          .append(": y").append(i).append(" { ...F").append(i + 1).append(" } }\n");
    }
    document.append("fragment F20 on AccountUserType { id }\n");
    assertEquals(Long.MAX_VALUE, NODES.of(tree(document.toString())));
    assertEquals("KT-CT-1189", NODES.check(tree(document.toString())).orElseThrow().code());
  }
}
