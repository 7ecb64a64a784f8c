package dev.krakenmock.server.data;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

// Renders a TextMeaning. A person's names and email, an address's parts and a company's name and
// VAT number come from the value's entity, so that its fields agree; everything else is drawn from
// the value's own seed. Formats that only make sense for the Italian API (IBAN, POD, PDR) stay
// Italian whatever the locale.
final class TextValues {

  private static final List<String> JSON_KEYS =
      List.of("source", "channel", "reference", "category", "note", "priority");

  private final Vocabulary vocabulary;
  private final String languageTag;
  private final @Nullable LocalPhoneNumbers localPhoneNumbers;

  TextValues(Locale locale) {
    this.vocabulary = Vocabulary.of(locale);
    this.languageTag = languageTag(locale);
    this.localPhoneNumbers =
        "it".equals(locale.getLanguage()) ? null : new LocalPhoneNumbers(locale);
  }

  String text(
      TextMeaning meaning, FieldProfile profile, SeededRandom random, CurrentEntity entity) {
    FieldWords field = profile.field();
    return switch (meaning) {
      case EMAIL -> person(profile, entity, random).email();
      case BUSINESS_EMAIL -> entity.company().email();
      case IBAN -> ItalianIdentifiers.iban(random);
      case BANK_CODE -> ItalianIdentifiers.bankCode(random);
      case FISCAL_CODE -> person(profile, entity, random).fiscalCode();
      case VAT_NUMBER -> entity.company().vatNumber();
      case POD -> ItalianIdentifiers.pod(random);
      case PDR -> ItalianIdentifiers.pdr(random);
      case ACCOUNT_NUMBER -> "A-" + random.upperHex(8);
      case LEDGER_NUMBER -> "L-" + random.upperHex(8);
      case CARD_NUMBER -> "**** **** **** " + random.digits(4);
      case REFERENCE -> referencePrefix(field, profile.parent()) + "-" + random.upperHex(8);
      case UUID -> uuid(random);
      case NUMERIC_ID -> numericId(random);
      case PHONE -> phone(random, false);
      case LANDLINE -> phone(random, true);
      case URL -> url(field, random);
      case USERNAME -> person(profile, entity, random).username();
      case FIRST_NAME -> person(profile, entity, random).givenName();
      case LAST_NAME -> person(profile, entity, random).familyName();
      case FULL_NAME -> person(profile, entity, random).fullName();
      case HONORIFIC -> person(profile, entity, random).honorific();
      case PRONOUNS -> person(profile, entity, random).pronouns();
      case COMPANY_NAME -> entity.company().name();
      case COMPANY_REGISTRATION -> ItalianIdentifiers.companyRegistration(random);
      case PRODUCT_NAME -> random.pick(Catalogue.PRODUCTS);
      case BRAND -> random.pick(Catalogue.BRANDS);
      case VEHICLE_MAKE -> random.pick(Catalogue.VEHICLE_MAKES);
      case VEHICLE_MODEL -> random.pick(Catalogue.VEHICLE_MODELS);
      case CHARGER_MAKE -> random.pick(Catalogue.CHARGER_MAKES);
      case CHARGER_MODEL -> random.pick(Catalogue.CHARGER_MODELS);
      case NUMBER_PLATE -> ItalianIdentifiers.numberPlate(random);
      case VIN -> ItalianIdentifiers.vehicleIdentificationNumber(random);
      case POSTCODE -> entity.address().postcode();
      case STREET -> entity.address().street();
      case ADDRESS -> entity.address().singleLine();
      case ADDRESS_LINE -> entity.address().secondLine();
      case CITY ->
          bornIn(profile)
              ? person(profile, entity, random).birthplace().city()
              : entity.address().city();
      case PROVINCE ->
          bornIn(profile)
              ? person(profile, entity, random).birthplace().province()
              : entity.address().province();
      case REGION -> entity.address().region();
      case COUNTRY -> "IT";
      case CURRENCY -> "EUR";
      case TIMEZONE -> "Europe/Rome";
      case LANGUAGE -> languageTag;
      case CURSOR -> cursor(random);
      case TOKEN -> random.upperHex(40).toLowerCase(Locale.ROOT);
      case SLUG -> random.pick(vocabulary.words()) + "-" + random.pick(vocabulary.words());
      case VERSION -> "1." + random.between(0, 9) + "." + random.between(0, 20);
      case TIME_OF_DAY ->
          twoDigits(random.between(0, 23)) + ":" + twoDigits(15 * random.between(0, 3));
      case CODE -> code(random);
      case STATUS -> random.pick(Catalogue.STATUSES);
      case CATEGORY -> random.pick(Catalogue.CATEGORIES);
      case SENTENCE -> vocabulary.sentence(random);
      case TITLE -> random.pick(vocabulary.titles());
      case LABEL -> capitalize(vocabulary.wordOrTwo(random));
      case WORDS -> vocabulary.wordOrTwo(random);
    };
  }

  // One to three entries in a fixed order, e.g. {"source": "bolletta", "channel": "contatore"}.
  Map<String, Object> json(SeededRandom random) {
    int size = random.between(1, 3);
    int first = random.between(0, JSON_KEYS.size() - 1);
    Map<String, Object> json = new LinkedHashMap<>();
    for (int i = 0; i < size; i++) {
      String key = JSON_KEYS.get((first + i) % JSON_KEYS.size());
      json.put(
          key, key.equals("priority") ? random.between(1, 5) : random.pick(vocabulary.words()));
    }
    return Collections.unmodifiableMap(json);
  }

  private String phone(SeededRandom random, boolean landline) {
    LocalPhoneNumbers local = localPhoneNumbers;
    if (local == null) {
      return landline
          ? ItalianIdentifiers.landlinePhone(random)
          : ItalianIdentifiers.mobilePhone(random);
    }
    return landline ? local.landline(random) : local.mobile(random);
  }

  // 6 to 9 digits without a leading zero, like Kraken's numeric IDs.
  static String numericId(SeededRandom random) {
    return random.number(random.between(6, 9));
  }

  static String uuid(SeededRandom random) {
    long high = random.nextLong() & ~0xf000L | 0x4000L;
    long low = random.nextLong() & ~(0xcL << 60) | 0x8L << 60;
    return new UUID(high, low).toString();
  }

  // The entity's own person, or for a field about someone else, a person of the field's own.
  private static Person person(FieldProfile profile, CurrentEntity entity, SeededRandom random) {
    return profile.otherParty() ? entity.otherPerson(random.nextLong()) : entity.person();
  }

  // "birthCity", "placeOfBirth": the birthplace in the person's codice fiscale.
  private static boolean bornIn(FieldProfile profile) {
    return profile.field().hasAny("birth", "birthplace");
  }

  // A key's prefix is the initial of the word before "Number"/"Identifier" ("leadNumber" L-),
  // or the parent type's initials for a bare "number" ("AccountUserType" AU-).
  private static String referencePrefix(FieldWords field, FieldWords parent) {
    List<String> words = field.words();
    if (words.size() < 2) {
      return parent.initials();
    }
    return String.valueOf(Character.toUpperCase(words.get(words.size() - 2).charAt(0)));
  }

  private String url(FieldWords field, SeededRandom random) {
    String path =
        random.pick(vocabulary.words()) + "/" + random.upperHex(8).toLowerCase(Locale.ROOT);
    return "https://www.octopusenergy.it/" + path + (field.has("pdf") ? ".pdf" : "");
  }

  // graphql-relay's cursor: base64 of "arrayconnection:<offset>".
  private static String cursor(SeededRandom random) {
    String plain = "arrayconnection:" + random.between(0, 199);
    return Base64.getEncoder().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
  }

  private static String code(SeededRandom random) {
    return ""
        + random.upperLetter()
        + random.upperLetter()
        + random.upperLetter()
        + random.digits(2);
  }

  private static String capitalize(String words) {
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private static String twoDigits(int value) {
    return value < 10 ? "0" + value : Integer.toString(value);
  }

  private static String languageTag(Locale locale) {
    if (!locale.getCountry().isEmpty()) {
      return locale.toLanguageTag();
    }
    return "it".equals(locale.getLanguage()) ? "it-IT" : locale.getLanguage();
  }
}
