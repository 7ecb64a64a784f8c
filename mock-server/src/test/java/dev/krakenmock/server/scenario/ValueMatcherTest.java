package dev.krakenmock.server.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValueMatcherTest {

  @Test
  void comparesScalarsByTheirText() {
    assertTrue(ValueMatcher.equalTo("A-1").matches("A-1"));
    assertFalse(ValueMatcher.equalTo("A-1").matches("A-2"));
    assertTrue(ValueMatcher.equalTo(42).matches(BigInteger.valueOf(42)));
    assertTrue(ValueMatcher.equalTo(42).matches("42"));
    assertTrue(ValueMatcher.equalTo(new BigDecimal("1.50")).matches(new BigDecimal("1.5")));
    assertTrue(ValueMatcher.equalTo(true).matches(Boolean.TRUE));
    assertFalse(ValueMatcher.equalTo(true).matches(null));
  }

  @Test
  void comparesObjectsAndListsDeeply() {
    Map<String, Object> expected = Map.of("from", "2024-01-01", "ids", List.of(1, 2));
    assertTrue(ValueMatcher.equalTo(expected).matches(
        Map.of("ids", List.of(BigInteger.ONE, BigInteger.TWO), "from", "2024-01-01")));
    assertFalse(ValueMatcher.equalTo(expected).matches(Map.of("from", "2024-01-01")));
    assertFalse(ValueMatcher.equalTo(expected).matches(
        Map.of("ids", List.of(2, 1), "from", "2024-01-01")));
    assertFalse(ValueMatcher.equalTo(List.of(1)).matches("[1]"));
  }

  @Test
  void matchesTheWholeTextOfScalarsWithARegex() {
    ValueMatcher accounts = ValueMatcher.regex("A-[0-9A-F]{8}");
    assertTrue(accounts.matches("A-00C0FFEE"));
    assertFalse(accounts.matches("xA-00C0FFEE"));
    assertFalse(accounts.matches(null));
    assertFalse(accounts.matches(Map.of("a", "A-00C0FFEE")));
    assertTrue(ValueMatcher.regex("[0-9]+").matches(BigInteger.valueOf(7)));
  }

  @Test
  void describesItselfAsAScenarioFileWouldWriteIt() {
    assertEquals("A-1", ValueMatcher.equalTo("A-1").describe());
    assertEquals(Map.of("equalTo", Map.of("regex", "x")),
        ValueMatcher.equalTo(Map.of("regex", "x")).describe());
    assertEquals(Map.of("regex", "A-.*"), ValueMatcher.regex("A-.*").describe());
    assertEquals(Map.of("absent", true), ValueMatcher.absent(true).describe());
  }

  @Test
  void treatsNullAsAbsent() {
    assertTrue(ValueMatcher.absent(true).matches(null));
    assertFalse(ValueMatcher.absent(true).matches(""));
    assertTrue(ValueMatcher.absent(false).matches(""));
    assertFalse(ValueMatcher.absent(false).matches(null));
  }
}
