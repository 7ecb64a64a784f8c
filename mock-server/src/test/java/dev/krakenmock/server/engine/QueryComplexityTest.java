package dev.krakenmock.server.engine;

import static dev.krakenmock.server.engine.SelectionTreeTest.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krakenmock.schema.reference.QueriesReference;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Complexity from the documented complexities and the connections' page sizes. */
class QueryComplexityTest {

  private static final QueryComplexity COMPLEXITY = new QueryComplexity(
      QueriesReference.bundledContract(), 12, QueryComplexity.DEFAULT_LIMIT);

  private static int of(String query) {
    return COMPLEXITY.of(tree(query));
  }

  @Test
  void chargesEachRootFieldItsDocumentedComplexity() {
    assertEquals(2, of("{ account(accountNumber: \"A\") { number } }"));
    assertEquals(3, of("{ account(accountNumber: \"A\") { number } viewer { email } }"));
  }

  @Test
  void chargesOneForARootFieldTheReferenceDoesNotRate() {
    assertEquals(1, of("mutation { obtainKrakenToken(input: {}) { token } }"));
  }

  @Test
  void multipliesARootConnectionByItsPage() {
    assertEquals(10, of("{ callTranscripts(callId: \"1\", first: 5) { edgeCount } }"));
    assertEquals(24, of("{ callTranscripts(callId: \"1\") { edgeCount } }"));
  }

  @Test
  void chargesNestedConnectionsTheProductOfTheirPages() {
    String nested = """
        { account(accountNumber: "A") {
            complaints(first: 10) { edges { node { contacts(first: 20) { edgeCount } } } } } }""";
    assertEquals(2 + 10 + 10 * 20, of(nested));
  }

  @Test
  void chargesAConnectionWithoutPageSizeTheDefaultPage() {
    assertEquals(2 + 12,
        of("{ account(accountNumber: \"A\") { complaints { edges { node { id } } } } }"));
  }

  @Test
  void chargesPlainFieldsAndListsNothing() {
    assertEquals(2, of("""
        { account(accountNumber: "A") { number balance consents { id } notes { body } } }"""));
  }

  @Test
  void chargesEveryAliasOfAConnection() {
    assertEquals(2 + 5 + 6, of("""
        { account(accountNumber: "A") {
            a: complaints(first: 5) { edgeCount } b: complaints(first: 6) { edgeCount } } }"""));
  }

  @Test
  void refusesARequestOverTheLimitWithKtCt1188() {
    String over = """
        { account(accountNumber: "A") {
            complaints(first: 10) { edges { node { contacts(first: 20) { edgeCount } } } } } }""";
    String under = over.replace("first: 10", "first: 9");
    Optional<RaisedError> refused = COMPLEXITY.check(tree(over));
    assertEquals("KT-CT-1188", refused.orElseThrow().code());
    assertEquals(191, of(under));
    assertTrue(COMPLEXITY.check(tree(under)).isEmpty());
  }

  @Test
  void acceptsARequestAtExactlyTheLimit() {
    QueryComplexity small = new QueryComplexity(QueriesReference.bundledContract(), 12, 14);
    String query = "{ account(accountNumber: \"A\") { complaints { edgeCount } } }";
    assertEquals(14, small.of(tree(query)));
    assertTrue(small.check(tree(query)).isEmpty());
    String larger = query.replace("complaints", "complaints(first: 13)");
    assertEquals("KT-CT-1188", small.check(tree(larger)).orElseThrow().code());
  }

  @Test
  void readsPageSizesFromVariables() {
    String query = """
        query Q($n: Int) { account(accountNumber: "A") { complaints(first: $n) { edgeCount } } }""";
    assertEquals(2 + 40, COMPLEXITY.of(tree(query, Map.of("n", 40))));
    assertEquals(2 + 12, COMPLEXITY.of(tree(query)));
  }

  @Test
  void saturatesInsteadOfOverflowing() {
    String query = """
        { account(accountNumber: "A") { complaints(first: 2000000000) {
            edges { node { contacts(first: 2000000000) { edgeCount } } } } } }""";
    assertEquals(Integer.MAX_VALUE, of(query));
  }
}
