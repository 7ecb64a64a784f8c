package dev.krakenmock.server.record;

import dev.krakenmock.server.data.Seed;
import dev.krakenmock.server.data.StandInValues;
import dev.krakenmock.server.data.StandInValues.StandInPerson;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The replacement of each personal value: a pure function of the server's seed, the kind and the
 * original, so the same original gets the same replacement in every file and every run. Full
 * names are replaced word by word as a given name and a family name, so that {@code fullName}
 * stays {@code givenName + " " + familyName} after replacement. Formats survive: a phone keeps its
 * country code, operator prefix and spacing, a postcode its first three characters (its area), an
 * IBAN its country and grouping with check digits made valid again.
 */
final class StandInReplacements {

  static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
  static final Pattern IBAN_CANDIDATE =
      Pattern.compile("\\b[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]){11,30}\\b");
  static final Pattern ITALIAN_PHONE =
      Pattern.compile("(?:\\+|\\b00)39[ .-]?\\(?[0-9]{2,4}\\)?(?:[ .-]?[0-9]{2,4}){1,3}\\b");
  // Omocodia replaces digits with the letters LMNPQRSTUV, so those count as digits here.
  static final Pattern FISCAL_CODE =
      Pattern.compile(
          "\\b[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}"
              + "[A-Z]\\b");
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(.*)");
  private static final Pattern POSTCODE_IN_LINE = Pattern.compile("\\b\\d{5}\\b");
  private static final int KEPT_POSTCODE_CHARACTERS = 3;
  private static final int KEPT_PHONE_DIGITS = 3;
  private static final int LONGEST_COUNTRY_CODE = 3;

  private final long seed;
  private final StandInValues values;

  StandInReplacements(long seed, StandInValues values) {
    this.seed = seed;
    this.values = values;
  }

  /** The replacement of {@code original}, a value of a field of {@code kind}. */
  String replace(PersonalDataKind kind, String original) {
    if (original.isBlank()) {
      return original;
    }
    return switch (kind) {
      case GIVEN_NAME -> givenName(original);
      case FAMILY_NAME -> familyName(original);
      case FULL_NAME -> fullName(original);
      case EMAIL -> original.indexOf('@') < 0 ? original : email(original);
      case USERNAME -> original.indexOf('@') >= 0 ? email(original) : username(original);
      case PHONE -> digitCount(original) < 5 ? original : phone(original);
      case STREET -> values.street(seedOf("street", original));
      case ADDRESS_LINE -> addressLine(original);
      case SINGLE_LINE_ADDRESS -> singleLineAddress(original);
      case POSTCODE -> postcode(original);
      case IBAN, BANK_ACCOUNT -> bankAccount(original);
      case FISCAL_CODE -> fiscalCode(original);
      case BIRTH_DATE -> birthDate(original);
    };
  }

  /**
   * {@code text} with every email, valid IBAN, Italian phone number and valid codice fiscale in it
   * replaced: the net for personal data in fields whose names say nothing, such as error messages
   * or aliased fields.
   */
  String replaceWithin(String text) {
    String out = text;
    if (out.indexOf('@') >= 0) {
      out = replaceAll(EMAIL, out, this::email);
    }
    out = replaceAll(IBAN_CANDIDATE, out, m -> isValidIban(m) ? bankAccount(m) : m);
    out = replaceAll(FISCAL_CODE, out, m -> isValidFiscalCode(m) ? fiscalCode(m) : m);
    if (out.contains("39")) {
      out = replaceAll(ITALIAN_PHONE, out, this::phone);
    }
    return out;
  }

  String givenName(String original) {
    return person("given", original).givenName();
  }

  String familyName(String original) {
    return person("family", original).familyName();
  }

  String fullName(String original) {
    String trimmed = original.strip();
    int space = trimmed.indexOf(' ');
    if (space < 0) {
      return givenName(trimmed);
    }
    return givenName(trimmed.substring(0, space)) + " "
        + familyName(trimmed.substring(space + 1).strip());
  }

  private String email(String original) {
    return person("email", original.toLowerCase(Locale.ROOT)).email();
  }

  private String username(String original) {
    String email = person("username", original.toLowerCase(Locale.ROOT)).email();
    return email.substring(0, email.indexOf('@'));
  }

  /** Keeps the country code, the next three digits (operator or area) and every separator. */
  private String phone(String original) {
    String digits = digitsOf(original);
    int kept = KEPT_PHONE_DIGITS;
    String trimmed = original.strip();
    if (trimmed.startsWith("+")) {
      kept += trimmed.startsWith("+39") || trimmed.startsWith("+44") ? 2 : LONGEST_COUNTRY_CODE;
    } else if (trimmed.startsWith("0039")) {
      kept += 4;
    }
    return redrawDigits(original, kept, seedOf("phone", digits));
  }

  private String addressLine(String original) {
    Matcher postcode = POSTCODE_IN_LINE.matcher(original);
    if (postcode.find()) {
      return replaceAll(POSTCODE_IN_LINE, original, this::postcode);
    }
    return values.secondAddressLine(seedOf("line", original));
  }

  /** The street (the first part) made up, postcodes redrawn; city and province stay. */
  private String singleLineAddress(String original) {
    int comma = original.indexOf(',');
    String street = comma < 0 ? original : original.substring(0, comma);
    String rest = comma < 0 ? "" : original.substring(comma);
    return values.street(seedOf("street", street)) + replaceAll(POSTCODE_IN_LINE, rest,
        this::postcode);
  }

  private String postcode(String original) {
    return redrawCharacters(original, KEPT_POSTCODE_CHARACTERS, seedOf("postcode", original));
  }

  private String bankAccount(String original) {
    String compact = original.replace(" ", "").toUpperCase(Locale.ROOT);
    if (!compact.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}")) {
      return digitCount(original) < 4 ? original
          : redrawCharacters(original, 0, seedOf("account", compact));
    }
    String made;
    if (compact.startsWith("IT") && compact.length() == 27) {
      made = values.iban(seedOf("iban", compact));
    } else {
      String bban = redrawCharacters(compact.substring(4), 0, seedOf("iban", compact));
      String country = compact.substring(0, 2);
      made = country + StandInValues.ibanCheckDigits(country, bban) + bban;
    }
    return original.indexOf(' ') < 0 ? made : grouped(made);
  }

  private String fiscalCode(String original) {
    String upper = original.strip().toUpperCase(Locale.ROOT);
    if (!FISCAL_CODE.matcher(upper).matches()) {
      return redrawCharacters(original, 0, seedOf("fiscal", upper));
    }
    return person("fiscal", upper).fiscalCode();
  }

  /** Keeps the year and any time part; the month and day are redrawn. */
  private String birthDate(String original) {
    Matcher date = ISO_DATE.matcher(original.strip());
    if (!date.matches()) {
      return replaceWithin(original);
    }
    long drawn = Seed.mix(seedOf("birth", original.strip()));
    int month = 1 + (int) Long.remainderUnsigned(drawn, 12);
    int day = 1 + (int) Long.remainderUnsigned(drawn >>> 8, 28);
    try {
      return LocalDate.of(Integer.parseInt(date.group(1)), month, day) + date.group(4);
    } catch (DateTimeException e) {
      return original;
    }
  }

  private StandInPerson person(String kind, String original) {
    return values.person(seedOf(kind, original.strip()));
  }

  private long seedOf(String kind, String original) {
    return Seed.of(seed, "record", kind, original);
  }

  static boolean isValidIban(String candidate) {
    String compact = candidate.replace(" ", "");
    return StandInValues.ibanCheckDigits(compact.substring(0, 2), compact.substring(4))
        .equals(compact.substring(2, 4));
  }

  static boolean isValidFiscalCode(String candidate) {
    return StandInValues.fiscalCodeControlCharacter(candidate.substring(0, 15))
        == candidate.charAt(15);
  }

  private static String replaceAll(
      Pattern pattern, String text, java.util.function.UnaryOperator<String> replacement) {
    Matcher matcher = pattern.matcher(text);
    if (!matcher.find()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    do {
      matcher.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(matcher.group())));
    } while (matcher.find());
    matcher.appendTail(out);
    return out.toString();
  }

  /** Digits after the first {@code kept} ones redrawn; everything else as it was. */
  private String redrawDigits(String original, int kept, long drawSeed) {
    String fresh = values.digits(drawSeed, original.length());
    char[] out = original.toCharArray();
    int seen = 0;
    for (int i = 0; i < out.length; i++) {
      if (Character.isDigit(out[i]) && seen++ >= kept) {
        out[i] = fresh.charAt(i);
      }
    }
    return new String(out);
  }

  /** Letters and digits after the first {@code kept} characters redrawn as their own kind. */
  private String redrawCharacters(String original, int kept, long drawSeed) {
    String digits = values.digits(drawSeed, original.length());
    String letters = values.letters(drawSeed + 1, original.length());
    char[] out = original.toCharArray();
    for (int i = kept; i < out.length; i++) {
      char c = out[i];
      if (c >= '0' && c <= '9') {
        out[i] = digits.charAt(i);
      } else if (c >= 'A' && c <= 'Z') {
        out[i] = letters.charAt(i);
      } else if (c >= 'a' && c <= 'z') {
        out[i] = Character.toLowerCase(letters.charAt(i));
      }
    }
    return new String(out);
  }

  private static String grouped(String iban) {
    StringBuilder out = new StringBuilder(iban.length() + iban.length() / 4);
    for (int i = 0; i < iban.length(); i += 4) {
      if (i > 0) {
        out.append(' ');
      }
      out.append(iban, i, Math.min(iban.length(), i + 4));
    }
    return out.toString();
  }

  private static String digitsOf(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        out.append(text.charAt(i));
      }
    }
    return out.toString();
  }

  private static int digitCount(String text) {
    return digitsOf(text).length();
  }
}
