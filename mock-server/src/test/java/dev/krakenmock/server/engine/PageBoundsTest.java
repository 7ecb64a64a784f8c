package dev.krakenmock.server.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krakenmock.server.engine.PolicyHarness.Result;
import dev.krakenmock.server.engine.PolicyHarness.Run;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pages of 100 nodes or more fail the connection with KT-CT-1605. */
class PageBoundsTest {

  private static final Run RUN = Run.of(new PageBounds());

  private static Result run(String query) {
    return PolicyHarness.GENERATED.run(RUN, query);
  }

  @Test
  void answersPagesBelowOneHundred() {
    Result result = run("""
        { account(accountNumber: "A") { complaints(first: 99) { edgeCount } } }""");
    assertTrue(result.errors().isEmpty(), () -> "errors: " + result.errors());
    assertEquals(1, GraphqlEngineTest.<Integer>at(result.response(), "data", "account",
        "complaints", "edgeCount"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void failsAFirstOfOneHundredWithKrakensValidationEnvelope() {
    Result result = run("""
        { account(accountNumber: "A") { number c: complaints(first: 100) { edgeCount } } }""");
    Map<String, Object> error = result.errors().get(0);
    assertEquals("Invalid input.", error.get("message"));
    assertEquals(List.of("account", "c"), error.get("path"));
    Map<String, Object> extensions = (Map<String, Object>) error.get("extensions");
    assertEquals("KT-CT-1605", extensions.get("errorCode"));
    assertEquals("VALIDATION", extensions.get("errorType"));
    assertEquals("VALIDATION", extensions.get("errorClass"));
    List<Map<String, Object>> validation =
        (List<Map<String, Object>>) extensions.get("validationErrors");
    assertEquals(List.of("first"), validation.get(0).get("inputPath"));
    assertNull(GraphqlEngineTest.at(result.response(), "data", "account", "c"));
    assertEquals("x", GraphqlEngineTest.at(result.response(), "data", "account", "number"));
  }

  @Test
  void failsALargeLastToo() {
    Result result = run("""
        { account(accountNumber: "A") { complaints(last: 150) { edgeCount } } }""");
    assertEquals("KT-CT-1605", result.errorCode());
  }

  @Test
  void propagatesTheNullOfANonNullRootConnection() {
    Result result = run("{ callTranscripts(callId: \"1\", first: 500) { edgeCount } }");
    assertEquals("KT-CT-1605", result.errorCode());
    assertNull(result.response().get("data"));
  }

  @Test
  void leavesFieldsThatAreNotConnectionsAlone() {
    PolicyHarness own = new PolicyHarness("""
        type Query { numbers(first: Int): [Int] }""");
    Result result = own.run(RUN, "{ numbers(first: 1000) }");
    assertTrue(result.errors().isEmpty());
  }
}
