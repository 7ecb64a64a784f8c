package dev.krakenmock.schema.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krakenmock.schema.contract.ApiContract;
import dev.krakenmock.schema.contract.ArgumentSpec;
import dev.krakenmock.schema.contract.Deprecation;
import dev.krakenmock.schema.contract.ErrorSpec;
import dev.krakenmock.schema.contract.OperationSpec;
import dev.krakenmock.schema.contract.Permissions;
import dev.krakenmock.schema.contract.RateLimit;
import dev.krakenmock.schema.contract.TypeRef;
import dev.krakenmock.schema.contract.ViewerAccess;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The bundled reference, read whole, checked against counts and spot values of its text. */
class QueriesReferenceTest {

  private static final String TEXT = QueriesReference.bundledText();
  // Parsed for each test, not once per class: mutation testing changes the parser between tests,
  // and a contract parsed before the change would hide it.
  private final ApiContract contract = QueriesReference.parse(TEXT);

  private static long linesEqualTo(String line) {
    return TEXT.lines().filter(line::equals).count();
  }

  private OperationSpec operation(String name) {
    return contract.operation(name).orElseThrow();
  }

  @Test
  void sharesOneReadOfTheBundledReference() {
    assertTrue(QueriesReference.bundledContract() == QueriesReference.bundledContract());
    assertEquals(contract, QueriesReference.bundledContract());
  }

  @Test
  void readsEveryOperationOfTheReference() {
    assertEquals(176, contract.operations().size());
    assertEquals(TEXT.lines().filter(l -> l.startsWith("Type: ")).count(),
        contract.operations().size());
  }

  @Test
  void collectsEveryDistinctErrorCodeAndEveryListedError() {
    assertEquals(144, contract.errorCodes().size());
    long listed = TEXT.lines().filter(l -> l.startsWith("- KT-")).count();
    assertEquals(listed,
        contract.operations().stream().mapToLong(op -> op.possibleErrors().size()).sum());
  }

  @Test
  void givesEveryOperationItsComplexity() {
    assertTrue(contract.operations().stream().allMatch(op -> op.complexity().isPresent()));
    assertEquals(2, operation("account").complexity().getAsInt());
    assertEquals(3, operation("plannedDispatches").complexity().getAsInt());
  }

  @Test
  void readsEveryPermissionsSection() {
    long documented = contract.operations().stream()
        .filter(op -> op.permissions().status() != Permissions.Status.NOT_DOCUMENTED).count();
    assertEquals(linesEqualTo("Required Permissions:"), documented);
    assertEquals(List.of("Can access customer queries", "Can query accounts with account number",
        "Can view detailed usage"), operation("account").permissions().anyOf());
    assertEquals(Permissions.Status.NONE_REQUIRED,
        operation("chargePointVariants").permissions().status());
    assertEquals(Permissions.Status.NOT_DOCUMENTED,
        operation("addressFields").permissions().status());
  }

  @Test
  void readsEveryRateLimitWithItsSteps() {
    assertEquals(linesEqualTo("Rate Limits"),
        contract.operations().stream().filter(op -> !op.rateLimits().isEmpty()).count());
    RateLimit ip = operation("addressFields").rateLimits().get(0);
    assertEquals(RateLimit.Key.IP, ip.key());
    assertEquals("[10/s]", ip.steps().toString());
    RateLimit stepped = operation("needsInternalChangeOfOwnership").rateLimits().get(0);
    assertEquals("[10/m, 5/m, 1/m, 1/h]", stepped.steps().toString());
    assertEquals(RateLimit.Key.USER, operation("plannedDispatches").rateLimits().get(0).key());
    assertEquals("[300/h]", operation("plannedDispatches").rateLimits().get(0).steps().toString());
  }

  @Test
  void readsEveryDeprecationWithDatesAndAnnouncement() {
    assertEquals(linesEqualTo("Deprecated"),
        contract.operations().stream().filter(op -> op.deprecation().isPresent()).count());
    assertTrue(contract.operations().stream().flatMap(op -> op.deprecation().stream())
        .allMatch(d -> d.markedOn().isPresent() && d.reason().contains("deprecated")));
    Deprecation costOfCharge = operation("costOfCharge").deprecation().orElseThrow();
    assertEquals("The 'costOfCharge' field is deprecated. "
        + "Use `cost` field on `SmartFlexChargingSession` instead.", costOfCharge.reason());
    assertEquals(Optional.of(LocalDate.parse("2025-05-13")), costOfCharge.markedOn());
    assertEquals(Optional.of(LocalDate.parse("2026-01-16")), costOfCharge.removalOnOrAfter());
    assertEquals(Optional.of("https://announcements.kraken.tech/announcements/public/605/"),
        costOfCharge.announcement());
    Deprecation chargePoints = operation("chargePointVariants").deprecation().orElseThrow();
    assertEquals(Optional.empty(), chargePoints.announcement());
    assertTrue(chargePoints.isPastRemoval(LocalDate.parse("2026-10-15")));
    assertFalse(chargePoints.isPastRemoval(LocalDate.parse("2026-10-14")));
  }

  @Test
  void keepsListAndNonNullInReturnTypes() {
    assertEquals("[AffiliateLinkType!]!", operation("affiliateLinks").returnType().toString());
    assertEquals("AccountType", operation("account").returnType().toString());
    TypeRef links = operation("affiliateLinks").returnType();
    assertTrue(links.isNonNull());
    assertTrue(links.isList());
    assertEquals("AffiliateLinkType", links.name());
  }

  @Test
  void readsArgumentsFromTheVariableDefinitions() {
    assertEquals(List.of(new ArgumentSpec("accountNumber", TypeRef.parse("String!"),
        Optional.empty(), Optional.empty())), operation("account").arguments());
    List<ArgumentSpec> contract = operation("accountContract").arguments();
    assertEquals(List.of("accountNumber", "identifier", "version"),
        contract.stream().map(ArgumentSpec::name).toList());
    assertEquals("Int", contract.get(2).type().toString());
    assertEquals(Optional.of("The version of the contract."), contract.get(2).description());
  }

  @Test
  void leavesArgumentDescriptionsUnknownWhenTheTableDoesNotMatchTheVariables() {
    OperationSpec costOfCharge = operation("costOfCharge");
    assertEquals(4, costOfCharge.argumentTable().rowCount());
    assertEquals(3, costOfCharge.arguments().size());
    assertFalse(costOfCharge.argumentDescriptionsPaired());
    assertTrue(costOfCharge.arguments().stream().allMatch(a -> a.description().isEmpty()));
    OperationSpec brownouts = operation("apiBrownouts");
    assertTrue(brownouts.argumentDescriptionsPaired());
    assertEquals(Optional.of("Statuses to filter for. Otherwise return active and upcoming "
        + "brownouts."), brownouts.argument("input").orElseThrow().description());
    assertEquals(Optional.empty(), brownouts.argument("last").orElseThrow().description());
  }

  @Test
  void recordsViewerTypesButNotTheLostTicks() {
    ViewerAccess viewers = operation("account").viewers();
    assertEquals(List.of("Customer", "Partner User", "Third party"), viewers.viewerTypes());
    assertEquals(ViewerAccess.Knowledge.UNKNOWN, viewers.allowed());
  }

  @Test
  void keepsTheFirstMessageOfEachCodeAndTheOperationsRaisingIt() {
    var unauthorized = contract.errorCodes().get("KT-CT-4177");
    assertEquals(new ErrorSpec("KT-CT-4177", "Unauthorized."), unauthorized.error());
    assertTrue(unauthorized.operations().contains("account"));
    assertEquals("KT-CT-1111", contract.errorCodes().firstKey());
  }

  @Test
  void keepsExamplesOfEveryOperation() {
    assertTrue(contract.operations().stream().allMatch(op ->
        op.example().query().startsWith("query ")));
    assertEquals(linesEqualTo("Variables"), contract.operations().stream()
        .filter(op -> op.example().variables().isPresent()).count());
    assertEquals(linesEqualTo("Response"), contract.operations().stream()
        .filter(op -> op.example().response().isPresent()).count());
    assertTrue(operation("account").example().responseData("account").isPresent());
  }
}
