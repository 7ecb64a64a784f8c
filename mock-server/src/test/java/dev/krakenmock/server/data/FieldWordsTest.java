package dev.krakenmock.server.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FieldWordsTest {

  @Test
  void splitsCamelCaseIntoLowercaseWords() {
    assertEquals(List.of("billing", "email"), FieldWords.ofField("billingEmail").words());
    assertEquals(List.of("address", "line", "1"), FieldWords.ofField("addressLine1").words());
    assertEquals(List.of("iban"), FieldWords.ofField("IBAN").words());
    assertEquals(List.of("iban", "code"), FieldWords.ofField("IBANCode").words());
    assertEquals(
        List.of("total", "cost", "excl", "tax"), FieldWords.ofField("totalCostExclTax").words());
    assertEquals(List.of("snake", "case"), FieldWords.ofField("snake_case").words());
  }

  @Test
  void dropsTheTypeSuffixOfTypeNames() {
    assertEquals(List.of("account"), FieldWords.ofType("AccountType").words());
    assertEquals(List.of("type"), FieldWords.ofType("Type").words());
    assertEquals("ESP", FieldWords.ofType("ElectricitySupplyPointType").initials());
  }

  @Test
  void matchesWholeWordsAndTheirPlurals() {
    FieldWords field = FieldWords.ofField("linkedAccountNumbers");
    assertTrue(field.has("number"));
    assertTrue(field.endsWith("account", "number"));
    assertFalse(field.is("account", "number"));
    assertFalse(FieldWords.ofField("capacity").has("cap"));
    assertTrue(FieldWords.ofField("cap").is("cap"));
  }
}
