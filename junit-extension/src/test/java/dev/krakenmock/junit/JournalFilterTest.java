package dev.krakenmock.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JournalFilterTest {

  @Test
  void sendsOnlyTheConditionsGivenAfterTheSession() {
    assertEquals(Map.of("session", "S#t"), JournalFilter.any().queryParameters("S#t"));
    assertEquals(Map.of("session", "S#t"), JournalFilter.any().countBody("S#t"));
  }

  @Test
  void writesEveryConditionAsAQueryParameter() {
    JournalFilter filter = JournalFilter.any().operationName("Account").rootField("account")
        .variable("accountNumber", "A-1").variable("first", 2).errorCode("KT-CT-4178")
        .status(200).limit(5);

    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("session", "s");
    expected.put("operationName", "Account");
    expected.put("rootField", "account");
    expected.put("variables.accountNumber", "A-1");
    expected.put("variables.first", "2");
    expected.put("errorCode", "KT-CT-4178");
    expected.put("status", "200");
    expected.put("limit", "5");
    assertEquals(List.copyOf(expected.entrySet()),
        List.copyOf(filter.queryParameters("s").entrySet()));
  }

  @Test
  void keepsVariableValuesAsJsonInTheCountBodyAndLeavesTheLimitOut() {
    JournalFilter filter = JournalFilter.any().variable("input", Map.of("email", "a@b.it"))
        .variable("first", 2).status(200).limit(1);

    assertEquals(Map.of("session", "s", "status", 200,
            "variables", Map.of("input", Map.of("email", "a@b.it"), "first", 2)),
        filter.countBody("s"));
    assertEquals("{\"email\":\"a@b.it\"}", filter.queryParameters("s").get("variables.input"));
  }

  @Test
  void neverChangesTheFilterItIsDerivedFrom() {
    JournalFilter base = JournalFilter.any().operationName("Account");

    JournalFilter narrower = base.variable("n", "A-1");

    assertEquals(Map.of(), base.variables());
    assertEquals(Map.of("n", "A-1"), narrower.variables());
    assertEquals(JournalFilter.any(), new JournalFilter(null, null, Map.of(), null, null, null));
  }

  @Test
  void rejectsANegativeLimit() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> JournalFilter.any().limit(-1));
    assertEquals("limit must not be negative, was -1", error.getMessage());
  }
}
