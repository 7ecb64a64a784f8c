package dev.krakenmock.server.data;

import java.util.Locale;

/**
 * Made-up people, streets, phone numbers and bank accounts that stand in for real ones, each a pure
 * function of its seed and drawn as the mock's own data is: Italian names and streets, IBANs and
 * codice fiscale with valid check characters. Record mode replaces personal data with these.
 *
 * <p>Thread-safe; a value costs a few microseconds, so it is not meant for the hot path.
 */
public final class StandInValues {

  private final EntityParts parts;
  private final SeededFaker seeded;

  private StandInValues(Locale locale) {
    this.parts = new EntityParts(locale);
    this.seeded = new SeededFaker(locale);
  }

  /** Values in the style of {@code locale} (names, mail domains); Italian ones by default. */
  public static StandInValues forLocale(Locale locale) {
    return new StandInValues(locale);
  }

  /** A person whose names, email and codice fiscale describe the same someone. */
  public synchronized StandInPerson person(long seed) {
    Person person = parts.person(seeded.reseed(seed));
    return new StandInPerson(
        person.givenName(), person.familyName(), person.email(), person.fiscalCode());
  }

  /** A street and house number, such as {@code Via Roma 12}. */
  public synchronized String street(long seed) {
    return ItalianPlaces.street(seeded.reseed(seed).random());
  }

  /** What follows the street on an Italian envelope, such as {@code Scala B, Interno 4}. */
  public synchronized String secondAddressLine(long seed) {
    return ItalianPlaces.secondLine(seeded.reseed(seed).random());
  }

  /** An Italian IBAN of a real bank code, with valid check digits and CIN. */
  public synchronized String iban(long seed) {
    return ItalianIdentifiers.iban(seeded.reseed(seed).random());
  }

  /** {@code count} decimal digits. */
  public synchronized String digits(long seed, int count) {
    return seeded.reseed(seed).random().digits(count);
  }

  /** {@code count} upper-case letters A to Z. */
  public synchronized String letters(long seed, int count) {
    SeededRandom random = seeded.reseed(seed).random();
    char[] out = new char[count];
    for (int i = 0; i < count; i++) {
      out[i] = random.upperLetter();
    }
    return new String(out);
  }

  /** The two check digits of an IBAN of {@code country} whose BBAN is {@code bban} (ISO 13616). */
  public static String ibanCheckDigits(String country, String bban) {
    return ItalianIdentifiers.ibanCheckDigits(country, bban);
  }

  /** The control character of a codice fiscale, from its first fifteen characters. */
  public static char fiscalCodeControlCharacter(CharSequence firstFifteen) {
    return ItalianIdentifiers.controlCharacter(firstFifteen);
  }

  /**
   * A made-up person.
   *
   * @param givenName the given name, such as {@code Giulia}
   * @param familyName the family name, such as {@code Ferrari}
   * @param email an address made of the two names
   * @param fiscalCode a codice fiscale of the two names with a valid control character
   */
  public record StandInPerson(
      String givenName, String familyName, String email, String fiscalCode) {

    /** The given name, a space, and the family name. */
    public String fullName() {
      return givenName + " " + familyName;
    }
  }
}
