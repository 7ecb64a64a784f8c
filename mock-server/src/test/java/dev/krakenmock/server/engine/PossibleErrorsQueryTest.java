package dev.krakenmock.server.engine;

import static dev.krakenmock.server.engine.GraphqlEngineTest.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.krakenmock.schema.reference.QueriesReference;
import dev.krakenmock.server.engine.PolicyHarness.Result;
import dev.krakenmock.server.engine.PolicyHarness.Run;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code possibleErrors(input)} answered from the catalogue. */
class PossibleErrorsQueryTest {

  static final PossibleErrors POSSIBLE_ERRORS =
      new PossibleErrors(QueriesReference.bundledContract(), PolicyHarness.CATALOGUE);

  private static final Run RUN = Run.of().withExplicit(Map.of(PossibleErrorsQuery.COORDINATES,
      new PossibleErrorsQuery(POSSIBLE_ERRORS, PolicyHarness.CATALOGUE)));

  private static final String ASK = """
      query Ask($input: PossibleErrorsInputType!) {
        possibleErrors(input: $input) {
          name type authErrors possibleErrors { code message description type } } }""";

  private static Result ask(Map<String, Object> input) {
    return PolicyHarness.GENERATED.run(RUN, ASK, Map.of("input", input));
  }

  private static List<String> codes(Result result) {
    List<Map<String, Object>> errors =
        at(result.response(), "data", "possibleErrors", "possibleErrors");
    return errors.stream().map(error -> (String) error.get("code")).toList();
  }

  @Test
  void listsTheReferencesCodesOfAQuery() {
    Result result = ask(Map.of("name", "account", "type", "QUERY", "authErrors", false));
    assertEquals(List.of("KT-CT-4177"), codes(result));
    assertEquals(Map.of("code", "KT-CT-4177", "message", "Unauthorized.",
        "description", PolicyHarness.CATALOGUE.entry("KT-CT-4177").orElseThrow().description(),
        "type", "AUTHORIZATION"),
        at(result.response(), "data", "possibleErrors", "possibleErrors", "0"));
    assertEquals("account", at(result.response(), "data", "possibleErrors", "name"));
    assertEquals("QUERY", at(result.response(), "data", "possibleErrors", "type"));
    assertEquals(false, at(result.response(), "data", "possibleErrors", "authErrors"));
  }

  @Test
  void addsTheAuthCodesWhenAsked() {
    Result result = ask(Map.of("name", "account", "authErrors", true));
    assertEquals(List.of("KT-CT-1111", "KT-CT-1112", "KT-CT-1124", "KT-CT-1143", "KT-CT-4177"),
        codes(result));
    assertEquals("QUERY", at(result.response(), "data", "possibleErrors", "type"));
  }

  @Test
  void listsTheLoginsCodesForTheMutation() {
    Result result = PolicyHarness.GENERATED.run(RUN, """
        { possibleErrors(input: {name: "obtainKrakenToken", type: MUTATION}) {
            type possibleErrors { code } } }""");
    assertEquals(List.of("KT-CT-1134", "KT-CT-1135", "KT-CT-1139"), codes(result));
    assertEquals("MUTATION", at(result.response(), "data", "possibleErrors", "type"));
  }

  @Test
  void failsWithKtCt1606ForAnOperationThatDoesNotExist() {
    Result result = ask(Map.of("name", "noSuchQuery", "type", "QUERY"));
    assertEquals("KT-CT-1606", result.errorCode());
    assertEquals("Query/Mutation not found.", result.errors().get(0).get("message"));
    assertNull(at(result.response(), "data", "possibleErrors"));
  }

  @Test
  void failsWithKtCt1606WhenTheTypeDoesNotMatch() {
    assertEquals("KT-CT-1606",
        ask(Map.of("name", "obtainKrakenToken", "type", "QUERY")).errorCode());
    assertEquals("KT-CT-1606", ask(Map.of("name", "account", "type", "MUTATION")).errorCode());
  }
}
