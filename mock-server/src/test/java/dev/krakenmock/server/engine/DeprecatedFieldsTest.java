package dev.krakenmock.server.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krakenmock.schema.reference.QueriesReference;
import dev.krakenmock.server.engine.PolicyHarness.Result;
import dev.krakenmock.server.engine.PolicyHarness.Run;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Warnings for deprecated fields, and KT-CT-1113 past their removal date when asked. */
class DeprecatedFieldsTest {

  private static final String PREFERENCES =
      "{ vehicleChargingPreferences(accountNumber: \"A\") { maximumSocPercentage } }";

  private static Run run(String day, boolean disableRemoved) {
    Clock clock = Clock.fixed(Instant.parse(day + "T12:00:00Z"), ZoneOffset.UTC);
    return Run.of(new DeprecatedFields(QueriesReference.bundledContract(), clock, disableRemoved));
  }

  @Test
  void warnsOfADeprecatedQueryFieldWithItsRemovalDate() {
    Result result = PolicyHarness.GENERATED.run(run("2026-02-28", true), PREFERENCES);
    assertTrue(result.errors().isEmpty());
    Map<String, Object> warning = result.warnings().get(0);
    assertEquals("The field Query.vehicleChargingPreferences is deprecated.",
        warning.get("message"));
    assertEquals("Query.vehicleChargingPreferences", warning.get("field"));
    assertTrue(((String) warning.get("reason")).startsWith(
        "The 'vehicleChargingPreferences' field is deprecated."));
    assertEquals("2026-03-01", warning.get("removalOnOrAfter"));
  }

  @Test
  void disablesAFieldFromItsRemovalDateWithKtCt1113() {
    Result result = PolicyHarness.GENERATED.run(run("2026-03-01", true), PREFERENCES);
    assertEquals("KT-CT-1113", result.errorCode());
    assertEquals("Disabled GraphQL field requested.", result.errors().get(0).get("message"));
    assertEquals(List.of("vehicleChargingPreferences"), result.errors().get(0).get("path"));
    assertNull(GraphqlEngineTest.at(result.response(), "data", "vehicleChargingPreferences"));
  }

  @Test
  void onlyWarnsPastTheRemovalDateUnlessRemovedFieldsAreDisabled() {
    Result result = PolicyHarness.GENERATED.run(run("2027-01-01", false), PREFERENCES);
    assertTrue(result.errors().isEmpty());
    assertEquals(1, result.warnings().size());
  }

  @Test
  void warnsOncePerFieldHoweverOftenItIsSelected() {
    Result result = PolicyHarness.GENERATED.run(run("2020-01-01", true), """
        { a: propertySearch(searchTerm: "x") { address }
          b: propertySearch(searchTerm: "y") { address } }""");
    assertEquals(1, result.warnings().size());
    assertEquals("2024-01-01", result.warnings().get(0).get("removalOnOrAfter"));
  }

  @Test
  void saysNothingOfFieldsThatAreNotDeprecated() {
    Result result = PolicyHarness.GENERATED.run(run("2026-02-28", true),
        "{ account(accountNumber: \"A\") { number } }");
    assertTrue(result.warnings().isEmpty());
  }

  @Test
  void readsTheRemovalDateOfAnOwnSchemasFieldFromItsReason() {
    PolicyHarness own = new PolicyHarness("""
        type Query { account: Account }
        type Account {
          balance: Int
          oldBalance: Int @deprecated(
            reason: "Use balance. Scheduled for removal on or after 2026-05-01.")
          legacy: Int @deprecated
        }""");
    Result before = own.run(run("2026-04-30", true), "{ account { balance oldBalance legacy } }");
    assertEquals(2, before.warnings().size());
    assertEquals("Account.oldBalance", before.warnings().get(0).get("field"));
    assertEquals("2026-05-01", before.warnings().get(0).get("removalOnOrAfter"));
    assertTrue(!before.warnings().get(1).containsKey("removalOnOrAfter"));
    Result after = own.run(run("2027-01-01", true), "{ account { balance oldBalance legacy } }");
    assertEquals("KT-CT-1113", after.errorCode());
    assertEquals(List.of("account", "oldBalance"), after.errors().get(0).get("path"));
    assertEquals(1, after.errors().size());
  }

  @Test
  void findsNoRemovalDateInAReasonWithoutOne() {
    assertEquals(Optional.empty(), DeprecatedFields.removalIn("No longer supported"));
    assertEquals(Optional.empty(), DeprecatedFields.removalIn(null));
    assertEquals(Optional.of(LocalDate.of(2026, 1, 16)),
        DeprecatedFields.removalIn("Scheduled for removal on or after 2026-01-16."));
  }
}
