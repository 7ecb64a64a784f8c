package dev.krakenmock.contract.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krakenmock.contract.conformance.BrokenKrakenServer.Answer;
import dev.krakenmock.contract.document.ExampleDocuments;
import dev.krakenmock.contract.document.QueryDocument;
import dev.krakenmock.contract.model.ContractModel;
import dev.krakenmock.contract.model.ContractModel.DocumentedError;
import dev.krakenmock.schema.contract.OperationSpec;
import dev.krakenmock.schema.contract.TypeRef;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The suite catches departures: each test serves a deliberately broken target, runs the checks the
 * contract ITs run, and expects exactly the departure it planted, at its path.
 */
class ContractChecksTest {

  private static final ContractModel MODEL = ContractModel.bundled();
  private static final ConformingAnswers CONFORMING = new ConformingAnswers(MODEL);
  private static final OperationSpec ACCOUNT = MODEL.operation("account");
  private static final QueryDocument ACCOUNT_EXAMPLE = new ExampleDocuments(MODEL).of(ACCOUNT);
  private static final DocumentedError UNAUTHORIZED =
      MODEL.documentedErrors().stream()
          .filter(pair -> pair.toString().equals("account/KT-CT-4177"))
          .findFirst()
          .orElseThrow();

  @Test
  void findsNothingInAnAnswerThatKeepsTheContract() {
    Judgement judgement = example(data -> {});

    assertTrue(judgement.conformant(), judgement::describe);
    assertTrue(judgement.exercised());
  }

  @Test
  void reportsAFieldOfTheWrongTypeAtItsPath() {
    Judgement judgement = example(data -> account(data).put("balance", "lots"));

    assertEquals(List.of("data.account.balance"), paths(judgement.departures()));
    assertTrue(judgement.describe().contains("wrong type"), judgement::describe);
  }

  @Test
  void reportsAMissingFieldAtItsPath() {
    Judgement judgement = example(data -> account(data).remove("billingName"));

    assertEquals(List.of("data.account.billingName"), paths(judgement.departures()));
    assertTrue(judgement.describe().contains("missing"), judgement::describe);
  }

  @Test
  void reportsAKeyTheQueryDidNotSelect() {
    Judgement judgement = example(data -> account(data).put("secret", 1));

    assertEquals(List.of("data.account.secret"), paths(judgement.departures()));
  }

  @Test
  void reportsANullabilityViolationAtItsPath() {
    Judgement judgement =
        example(data -> ((ObjectNode) account(data).get("bills")).putNull("edgeCount"));

    assertEquals(List.of("data.account.bills.edgeCount"), paths(judgement.departures()));
    assertTrue(judgement.describe().contains("non-null"), judgement::describe);
  }

  @Test
  void reportsAValueOutsideKrakensFormatAtItsPath() {
    Judgement judgement = example(data -> account(data).put("createdAt", "31/01/2024"));

    assertEquals(List.of("data.account.createdAt"), paths(judgement.departures()));
    assertTrue(judgement.describe().contains("DateTime"), judgement::describe);
  }

  @Test
  void reportsAnErrorCodeTheOperationDoesNotDocument() {
    Judgement judgement = answered(Answer.ok(failure("KT-CT-9999", true)));

    assertEquals(List.of("errors[0].extensions.errorCode"), paths(judgement.departures()));
    assertTrue(judgement.describe().contains("neither documented"), judgement::describe);
  }

  @Test
  void acceptsADocumentedErrorButDoesNotCountItAsExercised() {
    Judgement judgement = answered(Answer.ok(failure("KT-CT-4177", true)));

    assertTrue(judgement.conformant(), judgement::describe);
    assertFalse(judgement.exercised());
    assertEquals("answered KT-CT-4177 instead of data", judgement.summary());
  }

  @Test
  void reportsAnErrorWithoutExtensionsAtItsPath() {
    Judgement judgement = answered(Answer.ok(failure("KT-CT-4177", false)));

    assertEquals(List.of("errors[0].extensions"), paths(judgement.departures()));
  }

  @Test
  void reportsAServerError() {
    Judgement judgement = answered(new Answer(500, failure("KT-CT-7899", true)));

    assertEquals(List.of("HTTP"), paths(judgement.departures()));
  }

  @Test
  void reportsAScriptedErrorThatComesBackWithAnotherCode() {
    Judgement judgement = scenario(Answer.ok(failure("KT-CT-1111", true)));

    assertEquals(List.of("errors"), paths(judgement.departures()));
    assertTrue(judgement.describe().contains("no error with KT-CT-4177"), judgement::describe);
  }

  @Test
  void reportsAScriptedErrorAwayFromTheRootField() {
    String misplaced =
        failure("KT-CT-4177", true)
            .replace("[{\"line\":2,\"column\":3}]", "[{\"line\":1,\"column\":1}]")
            .replace("\"path\":[\"account\"]", "\"path\":[\"account\",\"number\"]");

    Judgement judgement = scenario(Answer.ok(misplaced));

    assertEquals(List.of("errors[0].path", "errors[0].locations"), paths(judgement.departures()));
  }

  @Test
  void findsNothingInAScriptedErrorInKrakensEnvelope() {
    Judgement judgement = scenario(Answer.ok(failure("KT-CT-4177", true)));

    assertTrue(judgement.conformant(), judgement::describe);
  }

  @Test
  void seesThatATargetIgnoringTheScenarioHeaderDoesNotHonourIt() {
    Function<BrokenKrakenServer.Request, Answer> alwaysUnauthorized =
        request -> Answer.ok(failure("KT-CT-4177", true));
    Function<BrokenKrakenServer.Request, Answer> scripted =
        request ->
            request.scenario().isEmpty()
                ? Answer.ok(CONFORMING.response(ACCOUNT_EXAMPLE).toString())
                : Answer.ok(failure("KT-CT-4177", true));

    assertFalse(honoursScenarios(alwaysUnauthorized));
    assertTrue(honoursScenarios(scripted));
  }

  @Test
  void findsNothingInASchemaThatIsTheContract() {
    List<Departure> departures = schema(introspection -> {}, MODEL.operations());

    assertEquals(List.of(), departures);
  }

  @Test
  void reportsAMissingOperation() {
    List<Departure> departures =
        schema(
            introspection ->
                fields(introspection, "Query")
                    .remove(indexOf(fields(introspection, "Query"), "account")),
            ACCOUNT);

    assertEquals(List.of("Query.account"), paths(departures));
  }

  @Test
  void reportsAMissingFieldOfTheReturnedType() {
    List<Departure> departures =
        schema(
            introspection ->
                fields(introspection, "AccountType")
                    .remove(indexOf(fields(introspection, "AccountType"), "balance")),
            ACCOUNT);

    assertEquals(List.of("AccountType.balance"), paths(departures));
    assertTrue(departures.get(0).problem().startsWith("missing"), departures::toString);
  }

  @Test
  void reportsAFieldWhoseTypeChanged() {
    List<Departure> departures =
        schema(
            introspection ->
                retype(introspection, "AccountType", "balance", TypeRef.parse("String")),
            ACCOUNT);

    assertEquals(List.of("AccountType.balance"), paths(departures));
    assertTrue(departures.get(0).problem().startsWith("changed"), departures::toString);
  }

  @Test
  void reportsAReturnTypeThatMayNowBeNull() {
    OperationSpec affiliateLink = MODEL.operation("affiliateLink");

    List<Departure> departures =
        schema(
            introspection ->
                retype(introspection, "Query", "affiliateLink", TypeRef.parse("AffiliateLinkType")),
            affiliateLink);

    assertEquals(List.of("Query.affiliateLink"), paths(departures));
    assertTrue(
        departures.get(0).problem().startsWith("narrowed nullability"), departures::toString);
  }

  @Test
  void reportsAListThatIsNoLongerAList() {
    OperationSpec accounts = MODEL.operation("accounts");

    List<Departure> departures =
        schema(
            introspection ->
                retype(introspection, "Query", "accounts", TypeRef.parse("AccountType")),
            accounts);

    assertEquals(List.of("Query.accounts"), paths(departures));
    assertTrue(departures.get(0).problem().startsWith("narrowed list-ness"), departures::toString);
  }

  @Test
  void reportsAnArgumentTheTargetNowRequires() {
    OperationSpec accounts = MODEL.operation("accounts");

    List<Departure> departures =
        schema(
            introspection -> {
              ObjectNode phoneNumber =
                  (ObjectNode) field(introspection, "Query", "accounts").get("args").get(0);
              phoneNumber.set("type", CONFORMING.typeRef(TypeRef.parse("String!")));
            },
            accounts);

    assertEquals(List.of("Query.accounts(phoneNumber:)"), paths(departures));
    assertTrue(departures.get(0).problem().startsWith("narrowed"), departures::toString);
  }

  private static Judgement example(Consumer<ObjectNode> breakData) {
    ObjectNode response = CONFORMING.response(ACCOUNT_EXAMPLE);
    breakData.accept((ObjectNode) response.get("data"));
    return answered(Answer.ok(response.toString()));
  }

  private static Judgement answered(Answer answer) {
    try (BrokenKrakenServer server = BrokenKrakenServer.answering(request -> answer)) {
      return ContractChecks.against(server.target(), MODEL).example(ACCOUNT).judgement();
    }
  }

  private static Judgement scenario(Answer answer) {
    try (BrokenKrakenServer server = BrokenKrakenServer.answering(request -> answer)) {
      return ContractChecks.against(server.target(), MODEL).scenario(UNAUTHORIZED).judgement();
    }
  }

  private static boolean honoursScenarios(Function<BrokenKrakenServer.Request, Answer> answers) {
    try (BrokenKrakenServer server = BrokenKrakenServer.answering(answers)) {
      return ContractChecks.against(server.target(), MODEL).honoursScenarios();
    }
  }

  private static List<Departure> schema(Consumer<ObjectNode> breakSchema, OperationSpec operation) {
    return schema(breakSchema, List.of(operation));
  }

  private static List<Departure> schema(
      Consumer<ObjectNode> breakSchema, List<OperationSpec> operations) {
    ObjectNode introspection = CONFORMING.introspection();
    breakSchema.accept(introspection);
    try (BrokenKrakenServer server =
        BrokenKrakenServer.answering(request -> Answer.ok(introspection.toString()))) {
      ContractChecks checks = ContractChecks.against(server.target(), MODEL);
      IntrospectedSchema schema = checks.introspect();
      return operations.stream()
          .flatMap(operation -> checks.schemaOf(operation, schema).stream())
          .toList();
    }
  }

  /** An error on {@code account} at its root field, with or without Kraken's extensions. */
  private static String failure(String code, boolean withExtensions) {
    String extensions =
        withExtensions
            ? ",\"extensions\":{\"errorType\":\"AUTHORIZATION\",\"errorCode\":\""
                + code
                + "\",\"errorDescription\":\"The viewer is not authorized.\"}"
            : "";
    return "{\"errors\":[{\"message\":\"Unauthorized.\",\"locations\":[{\"line\":2,\"column\":3}],"
        + "\"path\":[\"account\"]"
        + extensions
        + "}],\"data\":{\"account\":null}}";
  }

  private static ObjectNode account(ObjectNode data) {
    return (ObjectNode) data.get("account");
  }

  private static ArrayNode fields(ObjectNode introspection, String typeName) {
    for (JsonNode type : introspection.at("/data/__schema/types")) {
      if (type.path("name").asString("").equals(typeName)) {
        return (ArrayNode) type.get("fields");
      }
    }
    throw new IllegalArgumentException("No type " + typeName);
  }

  private static int indexOf(ArrayNode fields, String name) {
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).path("name").asString("").equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException("No field " + name);
  }

  private static ObjectNode field(ObjectNode introspection, String typeName, String fieldName) {
    ArrayNode fields = fields(introspection, typeName);
    return (ObjectNode) fields.get(indexOf(fields, fieldName));
  }

  private static void retype(
      ObjectNode introspection, String typeName, String fieldName, TypeRef type) {
    field(introspection, typeName, fieldName).set("type", CONFORMING.typeRef(type));
  }

  private static List<String> paths(List<Departure> departures) {
    return departures.stream().map(Departure::path).toList();
  }
}
