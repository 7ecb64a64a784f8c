package dev.krakenmock.server.data;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import net.datafaker.Faker;

// Draws the person, the address and the company that several fields of one entity share, each
// from a Faker re-seeded for it. People, streets, cities and companies follow the locale; the
// birthplace, province, CAP, codice fiscale and partita IVA stay Italian, as the API is Italy's.
// Immutable: the caller owns the Faker.
final class EntityParts {

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

  // The lists repeat the common title to weight it.
  private static final List<String> ITALIAN_MALE_TITLES =
      List.of("Sig.", "Sig.", "Sig.", "Sig.", "Dott.", "Ing.", "Avv.");
  private static final List<String> ITALIAN_FEMALE_TITLES =
      List.of("Sig.ra", "Sig.ra", "Sig.ra", "Sig.ra", "Dott.ssa", "Ing.", "Avv.");
  private static final List<String> ENGLISH_MALE_TITLES = List.of("Mr.", "Mr.", "Mr.", "Dr.");
  private static final List<String> ENGLISH_FEMALE_TITLES = List.of("Ms.", "Mrs.", "Miss", "Dr.");

  private static final List<String> ITALIAN_MAILBOXES =
      List.of("info", "info", "amministrazione", "contabilita", "ufficio");
  private static final List<String> ENGLISH_MAILBOXES =
      List.of("info", "info", "accounts", "office", "hello");

  private final boolean italian;
  private final boolean english;
  private final boolean gendered;
  private final List<String> emailDomains;
  private final List<String> regions;

  EntityParts(Locale locale) {
    this.italian = "it".equals(locale.getLanguage());
    this.english = "en".equals(locale.getLanguage());
    // Read once from the locale's Datafaker data: resolving them per value costs microseconds.
    Faker faker = new Faker(locale);
    this.emailDomains = datafakerList(faker, "internet.free_email", List.of("gmail.com"));
    this.regions =
        italian
            ? ItalianPlaces.REGIONS
            : datafakerList(
                faker,
                "address.county",
                datafakerList(faker, "address.state", ItalianPlaces.REGIONS));
    // A locale without names by sex falls back to the English ones: for it, the sex cannot choose
    // the name, and the locale's own mixed list is better than English names.
    this.gendered =
        english
            || !Objects.equals(
                datafakerList(faker, "name.male_first_name", List.of()),
                datafakerList(new Faker(Locale.ENGLISH), "name.male_first_name", List.of()));
  }

  Person person(SeededFaker seeded) {
    SeededRandom random = seeded.random();
    Faker faker = seeded.faker();
    boolean female = random.nextBoolean();
    String given = givenName(seeded, female);
    String family = lastName(faker);
    LocalDate born = LocalDate.ofEpochDay(TimeMeaning.BIRTH.randomEpochDay(random));
    ItalianPlaces.Place birthplace = ItalianPlaces.place(random);
    String username = username(given, family, born, random);
    return new Person(
        given,
        family,
        female,
        honorific(seeded, female),
        pronouns(female),
        born,
        birthplace,
        username,
        random.pick(emailDomains));
  }

  Address address(SeededFaker seeded) {
    SeededRandom random = seeded.random();
    Faker faker = seeded.faker();
    ItalianPlaces.Place place = ItalianPlaces.place(random);
    String postcode = place.postcode(random);
    if (italian) {
      String street = ItalianPlaces.street(random);
      String secondLine = ItalianPlaces.secondLine(random);
      String singleLine = street + ", " + postcode + " " + place.city() + " " + place.province();
      return new Address(
          place, street, secondLine, postcode, place.city(), place.region(), singleLine);
    }
    String street = faker.address().streetAddress();
    String secondLine = faker.address().secondaryAddress();
    String city = faker.address().city();
    String singleLine = street + ", " + city + " " + postcode;
    return new Address(place, street, secondLine, postcode, city, random.pick(regions), singleLine);
  }

  Company company(SeededFaker seeded) {
    SeededRandom random = seeded.random();
    String core;
    String name;
    if (italian) {
      core = italianCompanyCore(seeded);
      name = core + " " + random.pick(ITALIAN_COMPANY_FORMS);
    } else {
      core = seeded.faker().company().name();
      name = core;
    }
    String domain = ascii(core);
    String mailbox = random.pick(italian ? ITALIAN_MAILBOXES : ENGLISH_MAILBOXES);
    String email =
        domain.isEmpty()
            ? mailbox + "@" + random.pick(emailDomains)
            : mailbox + "@" + domain + (italian ? ".it" : ".com");
    return new Company(name, ItalianIdentifiers.vatNumber(random), email);
  }

  private String givenName(SeededFaker seeded, boolean female) {
    if (italian) {
      return seeded.random().pick(female ? ItalianNames.FEMALE : ItalianNames.MALE);
    }
    if (!gendered) {
      return seeded.faker().name().firstName();
    }
    return female ? seeded.faker().name().femaleFirstName() : seeded.faker().name().maleFirstName();
  }

  private String lastName(Faker faker) {
    String name = faker.name().lastName();
    return italian ? ITALIAN_SURNAME_REPAIRS.getOrDefault(name, name) : name;
  }

  private String honorific(SeededFaker seeded, boolean female) {
    SeededRandom random = seeded.random();
    if (italian) {
      return random.pick(female ? ITALIAN_FEMALE_TITLES : ITALIAN_MALE_TITLES);
    }
    if (english) {
      return random.pick(female ? ENGLISH_FEMALE_TITLES : ENGLISH_MALE_TITLES);
    }
    return seeded.faker().name().prefix();
  }

  private String pronouns(boolean female) {
    if (italian) {
      return female ? "lei/la" : "lui/lo";
    }
    return female ? "she/her" : "he/him";
  }

  private String italianCompanyCore(SeededFaker seeded) {
    Faker faker = seeded.faker();
    SeededRandom random = seeded.random();
    return switch (random.between(0, 2)) {
      case 0 -> lastName(faker);
      case 1 -> lastName(faker) + " & " + lastName(faker);
      default -> random.pick(ITALIAN_TRADES) + " " + lastName(faker);
    };
  }

  // "mario.rossi", "mario.rossi85" (the birth year) or "mario.rossi7": ASCII only, since names
  // may carry accents, apostrophes and spaces ("D'Amico", "De Luca") or be in another script.
  private String username(String given, String family, LocalDate born, SeededRandom random) {
    String first = ascii(given);
    String last = ascii(family);
    String name =
        first.isEmpty() || last.isEmpty() ? (italian ? "utente" : "user") : first + "." + last;
    int kind = random.between(0, 99);
    if (kind < 50) {
      return name;
    }
    if (kind < 85) {
      int year = born.getYear() % 100;
      return name + (year < 10 ? "0" + year : Integer.toString(year));
    }
    return name + random.between(1, 99);
  }

  private static String ascii(String name) {
    // Most names are ASCII already, and normalising costs more than the rest of a person.
    String decomposed = isAscii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = Character.toLowerCase(decomposed.charAt(i));
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        out.append(c);
      }
    }
    return out.toString();
  }

  static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  private static List<String> datafakerList(Faker faker, String key, List<String> fallback) {
    Object value = faker.fakeValuesService().fetchObject(key, faker.getContext());
    if (!(value instanceof List<?> list) || list.isEmpty()) {
      return fallback;
    }
    return list.stream().map(String::valueOf).toList();
  }
}
