package dev.krakenmock.server.engine;

import static dev.krakenmock.server.engine.GraphqlEngineTest.ENGINE;
import static dev.krakenmock.server.engine.GraphqlEngineTest.at;
import static dev.krakenmock.server.engine.GraphqlEngineTest.data;
import static dev.krakenmock.server.engine.GraphqlEngineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krakenmock.schema.sdl.GeneratedSchema;
import dev.krakenmock.server.config.MockServerConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Lenient and strict handling of what the reference does not document. */
class OpaqueSelectionsTest {

  private static final String ADDRESS = """
      { account(accountNumber: "A-1") { number address { line1 postcode city } } }""";

  @Test
  void answersAnyFieldSelectedOnAnOpaqueType() {
    Map<String, Object> response = run(ENGINE, ADDRESS);
    Map<String, Object> address = at(data(response), "account", "address");
    assertEquals(List.of("line1", "postcode", "city"), List.copyOf(address.keySet()));
    assertTrue(String.valueOf(address.get("postcode")).matches("\\d{5}"), address.toString());
    assertEquals("A-1", at(data(response), "account", "number"));
  }

  @Test
  void listsWhatItAnsweredOutsideTheContract() {
    Map<String, Object> response = run(ENGINE, ADDRESS);
    List<String> undocumented = at(response, "extensions", "krakenMock", "undocumentedFields");
    assertEquals(List.of("account.address.line1", "account.address.postcode",
        "account.address.city"), undocumented);
  }

  @Test
  void answersTheSameOpaqueValuesEveryTime() {
    assertEquals(run(ENGINE, ADDRESS), run(GraphqlEngine.fromGeneratedSchema(), ADDRESS));
  }

  @Test
  void acceptsInlineFragmentsOnTypesTheReferenceDoesNotKnow() {
    Map<String, Object> response = run(ENGINE, """
        {
          devices(accountNumber: "A-1") {
            id name __typename
            ... on SmartFlexVehicle { make model vehicleVariant { batterySize } }
            ... on SmartFlexChargePoint { make }
          }
        }""");
    List<Map<String, Object>> devices = at(data(response), "devices");
    assertEquals(3, devices.size());
    for (Map<String, Object> device : devices) {
      assertTrue(List.of("SmartFlexVehicle", "SmartFlexChargePoint")
          .contains(device.get("__typename")), device.toString());
      assertNotNull(device.get("make"));
      assertNotNull(device.get("id"));
    }
  }

  @Test
  void keepsUsingVariablesOfFieldsItTakesOut() {
    Map<String, Object> response = ENGINE.execute(new GraphqlRequest("""
        query Devices($n: String!) {
          devices(accountNumber: $n) { id ... on SmartFlexVehicle { make } }
        }""", "Devices", Map.of("n", "A-2")));
    assertEquals(3, ((List<?>) at(data(response), "devices")).size());
  }

  @Test
  void answersInterfacesWithoutImplementationByTheTypeTheirNamePointsTo() {
    Map<String, Object> data = data(run(ENGINE, "{ viewer { accounts { __typename number } } }"));
    assertEquals("AccountType", at(data, "viewer", "accounts", "__typename"));
  }

  @Test
  void rejectsUndocumentedSelectionsInStrictMode() {
    GraphqlEngine strict = GraphqlEngine.create(MockServerConfig.newConfig().auth(false).strict(true).build(),
        GeneratedSchema.sdl());
    Map<String, Object> response = run(strict, ADDRESS);
    assertFalse(response.containsKey("data"));
    assertTrue(String.valueOf(response.get("errors")).contains("line1"));
  }

  @Test
  void stillRejectsUnknownFieldsOnDocumentedTypes() {
    Map<String, Object> response = run(ENGINE, "{ viewer { shoeSize } }");
    assertFalse(response.containsKey("data"));
    assertTrue(String.valueOf(response.get("errors")).contains("shoeSize"));
  }

  @Test
  void leavesDocumentsWithoutUndocumentedSelectionsUntouched() {
    Map<String, Object> response = run(ENGINE, "{ viewer { email } }");
    assertFalse(response.containsKey("extensions"));
  }

  @Test
  void ignoresArgumentsTheReferenceDoesNotDocumentAndSaysSo() {
    Map<String, Object> response = ENGINE.execute(new GraphqlRequest("""
        query A($kind: String) {
          account(accountNumber: "A-1") { number bills(first: 1, kind: $kind) { totalCount } }
        }""", null, Map.of("kind", "MAIN")));
    assertEquals("A-1", at(data(response), "account", "number"));
    assertEquals(12, (Integer) at(data(response), "account", "bills", "totalCount"));
    assertEquals(List.of("AccountType.bills(kind)"),
        at(response, "extensions", "krakenMock", "ignoredArguments"));
  }

  @Test
  void rejectsUndocumentedArgumentsInStrictMode() {
    GraphqlEngine strict = GraphqlEngine.create(MockServerConfig.newConfig().auth(false).strict(true).build(),
        GeneratedSchema.sdl());
    Map<String, Object> response = run(strict,
        "{ account(accountNumber: \"A-1\") { number bills(kind: \"X\") { totalCount } } }");
    assertFalse(response.containsKey("data"));
  }
}
