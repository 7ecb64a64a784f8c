package dev.krakenmock.server.engine;

import static dev.krakenmock.server.engine.GraphqlEngineTest.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krakenmock.schema.reference.QueriesReference;
import dev.krakenmock.server.engine.PolicyHarness.Result;
import dev.krakenmock.server.engine.PolicyHarness.Run;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code queryComplexity(input)} answered by the same computation as the limit. */
class QueryComplexityQueryTest {

  private static final QueryComplexity COMPLEXITY = new QueryComplexity(
      QueriesReference.bundledContract(), 12, QueryComplexity.DEFAULT_LIMIT);

  private static final Run RUN = Run.of().withExplicit(Map.of(QueryComplexityQuery.COORDINATES,
      new QueryComplexityQuery(COMPLEXITY, PolicyHarness.CATALOGUE)));

  private static final String ASK = """
      query Ask($input: QueryComplexityInputType!) {
        queryComplexity(input: $input) { complexityValue } }""";

  private static Result ask(Map<String, Object> input) {
    return PolicyHarness.GENERATED.run(RUN, ASK, Map.of("input", input));
  }

  @Test
  void answersTheComplexityOfTheGivenQuery() {
    Result result = ask(Map.of("query", "{ account(accountNumber: \"A\") { number } }"));
    assertEquals(2, (int) at(result.response(), "data", "queryComplexity", "complexityValue"));
  }

  @Test
  void readsTheGivenVariablesAndOperationName() {
    Result result = ask(Map.of(
        "query", """
            query Other { viewer { id } }
            query Pages($n: Int) {
              account(accountNumber: "A") { complaints(first: $n) { edgeCount } } }""",
        "variables", Map.of("n", 40),
        "operationName", "Pages"));
    assertEquals(42, (int) at(result.response(), "data", "queryComplexity", "complexityValue"));
  }

  @Test
  void acceptsTheInputWrittenInTheDocument() {
    Result result = PolicyHarness.GENERATED.run(RUN,
        "{ queryComplexity(input: {query: \"{ viewer { id } }\"}) { complexityValue } }");
    assertEquals(1, (int) at(result.response(), "data", "queryComplexity", "complexityValue"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void failsWithKtCt1605WithoutAQuery() {
    Result result = ask(Map.of("variables", Map.of()));
    assertEquals("KT-CT-1605", result.errorCode());
    Map<String, Object> extensions = (Map<String, Object>) result.errors().get(0).get("extensions");
    List<Map<String, Object>> validation =
        (List<Map<String, Object>>) extensions.get("validationErrors");
    assertEquals(List.of("input", "query"), validation.get(0).get("inputPath"));
    assertNull(at(result.response(), "data", "queryComplexity"));
  }

  @Test
  void failsWithKtCt1605OnAQueryThatDoesNotParse() {
    Result result = ask(Map.of("query", "{ account("));
    assertEquals("KT-CT-1605", result.errorCode());
    assertTrue(result.errors().size() == 1);
  }
}
