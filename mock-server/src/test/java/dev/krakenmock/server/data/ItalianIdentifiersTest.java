package dev.krakenmock.server.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ItalianIdentifiersTest {

  @Test
  void computesTheCinAndCheckDigitsOfAKnownIban() {
    // IT60 X 05428 11101 000000123456, the Italian example of the IBAN registry.
    assertEquals('X', ItalianIdentifiers.cin("0542811101000000123456"));
    assertEquals("60", ItalianIdentifiers.ibanCheckDigits("IT", "X0542811101000000123456"));
  }

  @Test
  void computesTheControlCharacterOfAKnownFiscalCode() {
    assertEquals('S', ItalianIdentifiers.controlCharacter("RSSMRA85T10A562"));
  }

  @Test
  void computesTheCheckDigitOfAPartitaIva() {
    assertEquals(0, ItalianIdentifiers.luhnCheckDigit("0048841001"));
    assertEquals(7, ItalianIdentifiers.luhnCheckDigit("0123456789"));
  }

  @Test
  void writesMobileNumbersWithTheItalianPrefix() {
    SeededRandom random = new SeededRandom();
    for (long seed = 0; seed < 100; seed++) {
      random.reseed(seed);
      String phone = ItalianIdentifiers.mobilePhone(random);
      assertTrue(phone.matches("\\+39 3\\d{2} \\d{3} \\d{4}"), phone);
    }
  }
}
