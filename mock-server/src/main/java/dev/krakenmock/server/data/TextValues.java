package dev.krakenmock.server.data;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import net.datafaker.Faker;
import org.jspecify.annotations.Nullable;

// Renders a TextMeaning. People, streets, cities and companies follow the locale through
// Datafaker; formats that only make sense for the Italian API (IBAN, POD, PDR, CAP, province,
// codice fiscale, partita IVA) stay Italian whatever the locale.
final class TextValues {

  // Datafaker 2.7.0's Italian surnames include truncated entries and lower-case particles.
  private static final Map<String, String> ITALIAN_SURNAME_REPAIRS =
      Map.ofEntries(
          Map.entry("Bianc", "Bianchi"),
          Map.entry("Carbon", "Carboni"),
          Map.entry("Cont", "Conti"),
          Map.entry("Costantin", "Costantini"),
          Map.entry("Farin", "Farina"),
          Map.entry("Fior", "Fiore"),
          Map.entry("Marian", "Mariani"),
          Map.entry("Ross", "Rossi"),
          Map.entry("Serr", "Serra"),
          Map.entry("Damico", "D'Amico"),
          Map.entry("D'amico", "D'Amico"),
          Map.entry("D'angelo", "D'Angelo"),
          Map.entry("De luca", "De Luca"),
          Map.entry("De rosa", "De Rosa"));

  private static final List<String> ITALIAN_COMPANY_FORMS =
      List.of("S.r.l.", "S.r.l.", "S.p.A.", "S.n.c.", "S.a.s.", "S.r.l.s.");

  private static final List<String> ITALIAN_TRADES =
      List.of(
          "Impianti",
          "Costruzioni",
          "Trasporti",
          "Servizi",
          "Elettrica",
          "Edilizia",
          "Logistica",
          "Ristorazione",
          "Meccanica",
          "Immobiliare");

  private static final List<String> JSON_KEYS =
      List.of("source", "channel", "reference", "category", "note", "priority");

  private final boolean italian;
  private final Vocabulary vocabulary;
  private final String languageTag;
  private final List<String> emailDomains;
  private final List<String> regions;
  private final @Nullable LocalPhoneNumbers localPhoneNumbers;

  TextValues(Locale locale) {
    this.italian = "it".equals(locale.getLanguage());
    this.vocabulary = Vocabulary.of(locale);
    this.languageTag = languageTag(locale);
    // Read once from the locale's Datafaker data: resolving them per value costs microseconds.
    Faker faker = new Faker(locale);
    this.emailDomains = datafakerList(faker, "internet.free_email", List.of("gmail.com"));
    this.localPhoneNumbers = italian ? null : new LocalPhoneNumbers(locale);
    this.regions =
        italian
            ? ItalianPlaces.REGIONS
            : datafakerList(
                faker,
                "address.county",
                datafakerList(faker, "address.state", ItalianPlaces.REGIONS));
  }

  String text(TextMeaning meaning, FieldWords field, FieldWords parent, SeededFaker seeded) {
    SeededRandom random = seeded.random();
    Faker faker = seeded.faker();
    return switch (meaning) {
      case EMAIL -> localPart(seeded) + "@" + random.pick(emailDomains);
      case IBAN -> ItalianIdentifiers.iban(random);
      case BANK_CODE -> ItalianIdentifiers.bankCode(random);
      case FISCAL_CODE -> ItalianIdentifiers.fiscalCode(random);
      case VAT_NUMBER -> ItalianIdentifiers.vatNumber(random);
      case POD -> ItalianIdentifiers.pod(random);
      case PDR -> ItalianIdentifiers.pdr(random);
      case ACCOUNT_NUMBER -> "A-" + random.upperHex(8);
      case LEDGER_NUMBER -> "L-" + random.upperHex(8);
      case CARD_NUMBER -> "**** **** **** " + random.digits(4);
      case REFERENCE -> referencePrefix(field, parent) + "-" + random.upperHex(8);
      case UUID -> uuid(random);
      case NUMERIC_ID -> numericId(random);
      case PHONE -> phone(random, false);
      case LANDLINE -> phone(random, true);
      case URL -> url(field, random);
      case USERNAME -> localPart(seeded);
      case FIRST_NAME -> faker.name().firstName();
      case LAST_NAME -> lastName(faker);
      case FULL_NAME -> faker.name().firstName() + " " + lastName(faker);
      case HONORIFIC -> faker.name().prefix();
      case COMPANY_NAME -> companyName(seeded);
      case COMPANY_REGISTRATION -> ItalianIdentifiers.companyRegistration(random);
      case PRODUCT_NAME -> random.pick(Catalogue.PRODUCTS);
      case BRAND -> random.pick(Catalogue.BRANDS);
      case VEHICLE_MAKE -> random.pick(Catalogue.VEHICLE_MAKES);
      case VEHICLE_MODEL -> random.pick(Catalogue.VEHICLE_MODELS);
      case CHARGER_MAKE -> random.pick(Catalogue.CHARGER_MAKES);
      case CHARGER_MODEL -> random.pick(Catalogue.CHARGER_MODELS);
      case NUMBER_PLATE -> ItalianIdentifiers.numberPlate(random);
      case VIN -> ItalianIdentifiers.vehicleIdentificationNumber(random);
      case POSTCODE -> ItalianPlaces.postcode(random);
      case STREET -> italian ? ItalianPlaces.street(random) : faker.address().streetAddress();
      case ADDRESS_LINE -> faker.address().secondaryAddress();
      case CITY -> italian ? ItalianPlaces.place(random).city() : faker.address().city();
      case PROVINCE -> ItalianPlaces.place(random).province();
      case REGION -> random.pick(regions);
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

  private static List<String> datafakerList(Faker faker, String key, List<String> fallback) {
    Object value = faker.fakeValuesService().fetchObject(key, faker.getContext());
    if (!(value instanceof List<?> list) || list.isEmpty()) {
      return fallback;
    }
    return list.stream().map(String::valueOf).toList();
  }

  private String lastName(Faker faker) {
    String name = faker.name().lastName();
    return italian ? ITALIAN_SURNAME_REPAIRS.getOrDefault(name, name) : name;
  }

  private String companyName(SeededFaker seeded) {
    if (!italian) {
      return seeded.faker().company().name();
    }
    SeededRandom random = seeded.random();
    String form = random.pick(ITALIAN_COMPANY_FORMS);
    return switch (random.between(0, 2)) {
      case 0 -> lastName(seeded.faker()) + " " + form;
      case 1 -> lastName(seeded.faker()) + " & " + lastName(seeded.faker()) + " " + form;
      default -> random.pick(ITALIAN_TRADES) + " " + lastName(seeded.faker()) + " " + form;
    };
  }

  // "mario.rossi" or "mario.rossi84": ASCII only, since names may carry accents, apostrophes
  // and spaces ("D'Amico", "De Luca") or be in another script.
  private String localPart(SeededFaker seeded) {
    String first = ascii(seeded.faker().name().firstName());
    String last = ascii(lastName(seeded.faker()));
    String name =
        first.isEmpty() || last.isEmpty() ? (italian ? "utente" : "user") : first + "." + last;
    SeededRandom random = seeded.random();
    return random.nextBoolean() ? name : name + random.between(1, 99);
  }

  private static String ascii(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = Character.toLowerCase(decomposed.charAt(i));
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        out.append(c);
      }
    }
    return out.toString();
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
