package dev.krakenmock.server.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class JournalFilterTest {

  private static JournalEntry withVariables(Map<String, Object> variables) {
    return JournalEntry.newEntry(1, Instant.EPOCH).operationName("Account").variables(variables)
        .build();
  }

  @Test
  void readsQueryParametersWithDottedVariableNames() {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("session", "s");
    parameters.put("operationName", "Account");
    parameters.put("rootField", "account");
    parameters.put("variables.input.accountNumber", "A-1");
    parameters.put("variables.first", "10");
    parameters.put("errorCode", "KT-CT-4178");
    parameters.put("status", "200");
    parameters.put("limit", "5");

    JournalFilter filter = JournalFilter.fromQueryParameters(parameters);

    assertEquals(Optional.of("s"), filter.session());
    assertEquals(Optional.of("Account"), filter.operationName());
    assertEquals(Optional.of("account"), filter.rootField());
    assertEquals(Map.of("input", Map.of("accountNumber", "A-1"), "first", "10"),
        filter.variables());
    assertEquals(Optional.of("KT-CT-4178"), filter.errorCode());
    assertEquals(OptionalInt.of(200), filter.status());
    assertEquals(OptionalInt.of(5), filter.limit());
  }

  @Test
  void matchesVariablesPartiallyAndDeeply() {
    JournalEntry entry = withVariables(Map.of("input", Map.of("accountNumber", "A-1",
        "amount", 12.50), "ids", List.of(1, 2), "other", "x"));

    assertTrue(JournalFilter.fromQueryParameters(Map.of("variables.input.accountNumber", "A-1"))
        .matches(entry));
    assertTrue(JournalFilter.fromJson(Map.of("variables", Map.of("input", Map.of("amount", 12.5),
        "ids", List.of(1, 2)))).matches(entry));
    assertFalse(JournalFilter.fromQueryParameters(Map.of("variables.input.accountNumber", "A-2"))
        .matches(entry));
    assertFalse(JournalFilter.fromQueryParameters(Map.of("variables.missing", "x"))
        .matches(entry));
    assertFalse(JournalFilter.fromQueryParameters(Map.of("variables.input", "A-1"))
        .matches(entry), "an object is not a scalar");
    assertFalse(JournalFilter.fromJson(Map.of("variables", Map.of("ids", List.of(1))))
        .matches(entry), "lists compare whole");
  }

  @Test
  void refusesUnknownParametersAndBadValuesWithAMessage() {
    assertEquals("Unknown filter parameter 'operation'; use session, operationName, rootField,"
        + " variables.<name>, errorCode, status or limit", assertThrows(
            InvalidJournalFilterException.class,
            () -> JournalFilter.fromQueryParameters(Map.of("operation", "Account"))).getMessage());
    assertEquals("status must be a whole number, was 'ok'", assertThrows(
        InvalidJournalFilterException.class,
        () -> JournalFilter.fromQueryParameters(Map.of("status", "ok"))).getMessage());
    assertEquals("status must be between 100 and 599, was 42", assertThrows(
        InvalidJournalFilterException.class,
        () -> JournalFilter.fromQueryParameters(Map.of("status", "42"))).getMessage());
    assertThrows(InvalidJournalFilterException.class,
        () -> JournalFilter.fromQueryParameters(Map.of("limit", "-1")));
    assertThrows(InvalidJournalFilterException.class,
        () -> JournalFilter.fromQueryParameters(Map.of("variables.", "x")));
    assertThrows(InvalidJournalFilterException.class,
        () -> JournalFilter.fromJson(Map.of("variables", "A-1")));
    assertThrows(InvalidJournalFilterException.class,
        () -> JournalFilter.fromJson(Map.of("operationName", List.of("A"))));
  }
}
