package dev.krakenmock.server.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
  void writesTheFiscalCodeOfAKnownPerson() {
    assertEquals(
        "RSSMRA85T10A562S",
        ItalianIdentifiers.fiscalCode("Rossi", "Mario", LocalDate.of(1985, 12, 10), false, "A562"));
  }

  @Test
  void addsFortyToTheDayOfBirthOfAWoman() {
    String code =
        ItalianIdentifiers.fiscalCode("Rossi", "Maria", LocalDate.of(1985, 12, 10), true, "A562");
    assertEquals("RSSMRA85T50A562", code.substring(0, 15));
    assertEquals(ItalianIdentifiers.controlCharacter(code.substring(0, 15)), code.charAt(15));
  }

  @ParameterizedTest(name = "{0} gives {1}")
  @CsvSource({
    "Rossi, RSS",
    "Fo, FOX",
    "D'Amico, DMC",
    "De Luca, DLC",
    "Niccolò, NCC",
    "Aiello, LLA"
  })
  void takesConsonantsThenVowelsOfAFamilyName(String name, String letters) {
    assertEquals(letters, ItalianIdentifiers.familyNameLetters(name));
  }

  @ParameterizedTest(name = "{0} gives {1}")
  @CsvSource({
    "Mario, MRA",
    "Gianfranco, GFR",
    "Luca, LCU",
    "Ugo, GUO",
    "Elia, LEI",
    "Alessandro, LSN"
  })
  void takesAGivenNamesLettersSkippingTheSecondOfFourConsonants(String name, String letters) {
    assertEquals(letters, ItalianIdentifiers.givenNameLetters(name));
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
