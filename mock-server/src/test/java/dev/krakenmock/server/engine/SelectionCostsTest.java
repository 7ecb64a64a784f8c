package dev.krakenmock.server.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krakenmock.schema.reference.QueriesReference;
import graphql.language.Document;
import graphql.parser.Parser;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Costs are kept per document and shaping variables, and always equal a fresh computation. */
class SelectionCostsTest {

  private static final QueryComplexity COMPLEXITY = new QueryComplexity(
      QueriesReference.bundledContract(), 12, 200);
  private static final NodeLimit NODE_LIMIT = new NodeLimit(3, 12, 10_000);

  private static final String PAGED = """
      query Paged($number: String!, $first: Int, $withNotes: Boolean!) {
        account(accountNumber: $number) {
          complaints(first: $first) { edges { node { id } } }
          notes @include(if: $withNotes) { body }
        }
      }""";

  private final SelectionCosts costs =
      new SelectionCosts(SelectionTreeTest.SCHEMA, COMPLEXITY, NODE_LIMIT);

  @Test
  void findsTheVariablesOfPageSizesAndConditionsOnly() {
    assertEquals(Set.of("first", "withNotes"),
        SelectionCosts.shapingVariablesOf(Parser.parse(PAGED)));
    assertEquals(Set.of("a", "b", "c"), SelectionCosts.shapingVariablesOf(Parser.parse("""
        query ($a: Int, $b: Int, $c: Boolean, $d: String) {
          callTranscripts(callId: $d, last: $a) { edgeCount }
          ... on Query @skip(if: $c) { viewer { accounts(first: $b) { number } } }
        }""")));
  }

  @Test
  void aNewPageSizeIsANewCostButANewAccountNumberIsNot() {
    Document document = Parser.parse(PAGED);

    SelectionCosts.Cost five = costs.of(document, null, variables("A-1", 5, false));
    SelectionCosts.Cost fifty = costs.of(document, null, variables("A-1", 50, false));
    SelectionCosts.Cost otherAccount = costs.of(document, null, variables("A-2", 5, false));

    assertEquals(2 + 5, five.complexity());
    assertEquals(2 + 50, fifty.complexity());
    assertEquals(five, otherAccount);
  }

  @Test
  void aConditionThatDropsAConnectionChangesTheCost() {
    Document document = Parser.parse("""
        query ($big: Boolean!) {
          account(accountNumber: "A") {
            complaints(first: 100) @include(if: $big) {
              edges { node { contacts(first: 100) { edgeCount } } }
            }
          }
        }""");

    SelectionCosts.Cost small = costs.of(document, null, Map.of("big", false));
    SelectionCosts.Cost big = costs.of(document, null, Map.of("big", true));

    assertEquals(Optional.empty(), small.refusal());
    assertEquals("KT-CT-1188", big.refusal().orElseThrow().code());
    assertEquals(Optional.empty(), costs.of(document, null, Map.of("big", false)).refusal());
  }

  @Test
  void keptCostsEqualAFreshComputationForManyRequests() {
    Document document = Parser.parse(PAGED);
    for (int i = 0; i < SelectionCosts.KEPT + 10; i++) {
      Map<String, Object> variables = variables("A-" + i, i % 7, i % 2 == 0);
      SelectionTree tree = SelectionTree.of(SelectionTreeTest.SCHEMA, document, null, variables);

      SelectionCosts.Cost cost = costs.of(document, "Paged", variables);

      assertEquals(COMPLEXITY.of(tree), cost.complexity());
      assertEquals(COMPLEXITY.check(tree).or(() -> NODE_LIMIT.check(tree)), cost.refusal());
    }
  }

  @Test
  void anOperationThatIsNotInTheDocumentCostsNothing() {
    SelectionCosts.Cost cost = costs.of(Parser.parse(PAGED), "Other", Map.of());

    assertEquals(0, cost.complexity());
    assertTrue(cost.refusal().isEmpty());
  }

  private static Map<String, Object> variables(String number, int first, boolean withNotes) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("number", number);
    variables.put("first", first);
    variables.put("withNotes", withNotes);
    return variables;
  }
}
