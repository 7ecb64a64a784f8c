package dev.krakenmock.server.data;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;

// Italian identifiers with their real structure and check characters, so that clients validating
// them accept mock data: IBAN (mod 97 and CIN), codice fiscale, partita IVA, POD, PDR, phones.
final class ItalianIdentifiers {

  // Check-character weights of the odd positions, indexed by digit value (0-9) or letter (A-Z):
  // the table shared by the codice fiscale's control character and the IBAN's CIN.
  private static final int[] ODD_WEIGHTS = {
    1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23
  };

  // ABI codes of real Italian banks.
  private static final List<String> BANKS =
      List.of(
          "03069", "02008", "05034", "01030", "03032", "05696", "03015", "03062", "08327", "03268",
          "06230", "01005", "05387", "03440");

  private static final String MONTHS = "ABCDEHLMPRST";
  private static final String VOWELS = "AEIOU";
  private static final String PLATE_LETTERS = "ABCDEFGHJKLMNPRSTVWXYZ";
  private static final String VIN_CHARACTERS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";

  private static final List<String> MOBILE_PREFIXES =
      List.of(
          "320", "324", "327", "328", "329", "330", "331", "333", "334", "335", "336", "338", "339",
          "340", "342", "345", "346", "347", "348", "349", "350", "351", "366", "370", "371", "380",
          "388", "389", "391", "392", "393");

  private static final List<String> AREA_CODES =
      List.of("02", "06", "011", "081", "055", "051", "010", "091", "041", "080", "045", "049");

  private ItalianIdentifiers() {}

  static String iban(SeededRandom random) {
    String abiCabAccount = random.pick(BANKS) + random.number(5) + random.digits(12);
    String bban = cin(abiCabAccount) + abiCabAccount;
    return "IT" + ibanCheckDigits("IT", bban) + bban;
  }

  // The CIN letter of an Italian BBAN, from its ABI, CAB and account number (22 characters).
  static char cin(String abiCabAccount) {
    return controlCharacter(abiCabAccount);
  }

  // ISO 13616: the BBAN, then the country and "00", as digits (A=10 ... Z=35), mod 97.
  static String ibanCheckDigits(String country, String bban) {
    int remainder = 0;
    String rearranged = bban + country + "00";
    for (int i = 0; i < rearranged.length(); i++) {
      int value = Character.digit(rearranged.charAt(i), 36);
      remainder = (value < 10 ? remainder * 10 : remainder * 100) + value;
      remainder %= 97;
    }
    int check = 98 - remainder;
    return check < 10 ? "0" + check : Integer.toString(check);
  }

  // The codice fiscale of a person: three letters of the family name and three of the given name,
  // the year, the month's letter, the day (plus 40 for a woman), the birthplace's cadastral code
  // and the control character: Mario Rossi, born on 10 December 1985 in the town whose code is
  // A562, is RSSMRA85T10A562S.
  static String fiscalCode(
      String familyName, String givenName, LocalDate born, boolean female, String cadastralCode) {
    StringBuilder code = new StringBuilder(16);
    code.append(familyNameLetters(familyName)).append(givenNameLetters(givenName));
    code.append(twoDigits(born.getYear() % 100));
    code.append(MONTHS.charAt(born.getMonthValue() - 1));
    code.append(twoDigits(born.getDayOfMonth() + (female ? 40 : 0)));
    code.append(cadastralCode);
    code.append(controlCharacter(code));
    return code.toString();
  }

  // Consonants first, then vowels, then X: Rossi is RSS, Fo is FOX.
  static String familyNameLetters(String name) {
    String letters = latinLetters(name);
    return firstThree(consonants(letters) + vowels(letters));
  }

  // As for the family name, except that a name of four or more consonants gives its first, third
  // and fourth: Gianfranco (GNFRNC) is GFR.
  static String givenNameLetters(String name) {
    String letters = latinLetters(name);
    String consonants = consonants(letters);
    if (consonants.length() >= 4) {
      return "" + consonants.charAt(0) + consonants.charAt(2) + consonants.charAt(3);
    }
    return firstThree(consonants + vowels(letters));
  }

  // The last character of a codice fiscale, from the first fifteen.
  static char controlCharacter(CharSequence characters) {
    int sum = 0;
    for (int i = 0; i < characters.length(); i++) {
      int value = Character.digit(characters.charAt(i), 36);
      int index = value < 10 ? value : value - 10;
      sum += i % 2 == 0 ? ODD_WEIGHTS[index] : index;
    }
    return (char) ('A' + sum % 26);
  }

  static String vatNumber(SeededRandom random) {
    // The last three digits before the check digit are the tax office, 001 to 100.
    int office = random.between(1, 100);
    String first10 = random.digits(7) + (office == 100 ? "100" : "0" + twoDigits(office));
    return first10 + luhnCheckDigit(first10);
  }

  static int luhnCheckDigit(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int digit = digits.charAt(i) - '0';
      if (i % 2 == 1) {
        digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      }
      sum += digit;
    }
    return (10 - sum % 10) % 10;
  }

  static String pod(SeededRandom random) {
    return "IT001E" + random.digits(8);
  }

  static String pdr(SeededRandom random) {
    return random.digits(14);
  }

  static String mobilePhone(SeededRandom random) {
    return "+39 " + random.pick(MOBILE_PREFIXES) + " " + random.digits(3) + " " + random.digits(4);
  }

  static String landlinePhone(SeededRandom random) {
    String area = random.pick(AREA_CODES);
    return "+39 " + area + " " + random.number(10 - area.length());
  }

  // Company registration in the Registro delle Imprese (REA): province and number.
  static String companyRegistration(SeededRandom random) {
    return ItalianPlaces.place(random).province() + "-" + random.number(7);
  }

  static String numberPlate(SeededRandom random) {
    return plateLetters(random) + random.digits(3) + plateLetters(random);
  }

  static String vehicleIdentificationNumber(SeededRandom random) {
    char[] vin = new char[17];
    for (int i = 0; i < vin.length; i++) {
      vin[i] = VIN_CHARACTERS.charAt(random.between(0, VIN_CHARACTERS.length() - 1));
    }
    return new String(vin);
  }

  static String bankCode(SeededRandom random) {
    return random.pick(BANKS);
  }

  // Upper-case A to Z only: accents dropped, apostrophes and spaces removed ("D'Amico" is DAMICO).
  private static String latinLetters(String name) {
    String decomposed =
        EntityParts.isAscii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = Character.toUpperCase(decomposed.charAt(i));
      if (c >= 'A' && c <= 'Z') {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String consonants(String letters) {
    StringBuilder out = new StringBuilder(letters.length());
    for (int i = 0; i < letters.length(); i++) {
      if (VOWELS.indexOf(letters.charAt(i)) < 0) {
        out.append(letters.charAt(i));
      }
    }
    return out.toString();
  }

  private static String vowels(String letters) {
    StringBuilder out = new StringBuilder(letters.length());
    for (int i = 0; i < letters.length(); i++) {
      if (VOWELS.indexOf(letters.charAt(i)) >= 0) {
        out.append(letters.charAt(i));
      }
    }
    return out.toString();
  }

  private static String firstThree(String letters) {
    return letters.length() >= 3 ? letters.substring(0, 3) : (letters + "XXX").substring(0, 3);
  }

  private static String plateLetters(SeededRandom random) {
    return ""
        + PLATE_LETTERS.charAt(random.between(0, PLATE_LETTERS.length() - 1))
        + PLATE_LETTERS.charAt(random.between(0, PLATE_LETTERS.length() - 1));
  }

  private static String twoDigits(int value) {
    return value < 10 ? "0" + value : Integer.toString(value);
  }
}
