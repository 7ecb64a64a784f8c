package dev.krakenmock.server.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DatafakerValueGeneratorTest {

  private static final Locale ITALIAN = Locale.forLanguageTag("it");
  private static final DatafakerValueGenerator GENERATOR = new DatafakerValueGenerator(ITALIAN);
  private static final int SAMPLES = 300;

  // A spread of requests over every kind and over the Datafaker-backed fields.
  private static final List<ValueRequest> MIXED_REQUESTS = mixedRequests(60);

  @Test
  void generatesTheSameValueForTheSameRequest() {
    for (ValueRequest request : MIXED_REQUESTS) {
      assertEquals(GENERATOR.value(request), GENERATOR.value(request), request.toString());
    }
  }

  // Pinned values: a change here changes every user's generated data, and must be deliberate.
  @Test
  void generatesTheSameValuesOnEveryRun() {
    assertEquals("A-277D2CDD", string(1, "AccountType", "number", ValueKind.STRING));
    assertEquals(
        "IT001E05745044", string(1, "ElectricitySupplyPointType", "pod", ValueKind.STRING));
    assertEquals(
        "2022-12-02T06:19:30.666695+00:00",
        string(1, "AccountType", "createdAt", ValueKind.DATE_TIME));
    // The entity of seed 1: one person, one place, one company.
    assertEquals("Silvio Palumbo", string(1, "AccountUserType", "fullName", ValueKind.STRING));
    assertEquals(
        "silvio.palumbo45@email.it", string(1, "AccountType", "billingEmail", ValueKind.STRING));
    assertEquals("PLMSLV45H04E472K", string(1, "AccountUserType", "fiscalCode", ValueKind.STRING));
    assertEquals(
        "Largo Giuseppe Mazzini 119, 88100 Catanzaro CZ",
        string(1, "Property", "address", ValueKind.STRING));
    assertEquals("Servizi Bianchi S.n.c.", string(1, "BusinessType", "name", ValueKind.STRING));
    assertEquals(
        "contabilita@servizibianchi.it", string(1, "BusinessType", "email", ValueKind.STRING));
    assertEquals(
        "IT02F0623047450443087091458",
        string(1, "PaymentInstructionType", "iban", ValueKind.STRING));
  }

  @Test
  void generatesAValueRegardlessOfWhatWasGeneratedBeforeOrOnWhichThread() throws Exception {
    List<Object> first = generateAll(new DatafakerValueGenerator(ITALIAN), MIXED_REQUESTS);

    DatafakerValueGenerator busy = new DatafakerValueGenerator(ITALIAN);
    for (ValueRequest other : mixedRequests(10_000)) {
      busy.value(
          new ValueRequest(
              other.seed() ^ 0x5DEECE66DL,
              other.parentType(),
              other.fieldName(),
              other.typeName(),
              other.kind(),
              other.enumValues()));
    }
    List<Object> afterOthers = generateAll(busy, MIXED_REQUESTS);
    ExecutorService executor = Executors.newSingleThreadExecutor();
    try {
      List<Object> onAnotherThread = executor.submit(() -> generateAll(busy, MIXED_REQUESTS)).get();
      assertEquals(first, afterOthers);
      assertEquals(first, onAnotherThread);
    } finally {
      executor.shutdownNow();
    }
  }

  @Test
  void generatesTheSameValuesFromManyThreadsAtOnce() throws Exception {
    List<ValueRequest> requests = mixedRequests(2_000);
    List<Object> expected = generateAll(new DatafakerValueGenerator(ITALIAN), requests);
    DatafakerValueGenerator shared = new DatafakerValueGenerator(ITALIAN);
    ExecutorService executor = Executors.newFixedThreadPool(4);
    try {
      List<Callable<List<Object>>> tasks = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        tasks.add(() -> generateAll(shared, requests));
      }
      for (Future<List<Object>> result : executor.invokeAll(tasks)) {
        assertEquals(expected, result.get());
      }
    } finally {
      executor.shutdownNow();
    }
  }

  @Test
  void agreesWithAnotherGeneratorOfTheSameLocale() {
    DatafakerValueGenerator other = new DatafakerValueGenerator(Locale.forLanguageTag("it"));
    assertEquals(generateAll(GENERATOR, MIXED_REQUESTS), generateAll(other, MIXED_REQUESTS));
    assertEquals(
        GENERATOR.entityKey(7, "AccountType", "number"),
        other.entityKey(7, "AccountType", "number"));
  }

  @Test
  void givesDifferentSeedsDifferentValues() {
    assertTrue(distinct("AccountType", "billingEmail") > 950);
    assertTrue(distinct("AccountUserType", "fullName") > 950);
    assertEquals(1000, distinct("PaymentInstructionType", "iban"));
    assertEquals(1000, distinct("AccountType", "number"));
  }

  @Test
  void givesTheNameFieldsOfOneEntityOnePerson() {
    for (long entity = 0; entity < SAMPLES; entity++) {
      String given = entityString(entity, "AccountUserType", "givenName");
      String family = entityString(entity, "AccountUserType", "familyName");
      assertEquals(given + " " + family, entityString(entity, "AccountUserType", "fullName"));
      assertEquals(given, entityString(entity, "AccountUserType", "firstName"));
      assertEquals(given, entityString(entity, "AccountUserType", "preferredName"));
      assertEquals(family, entityString(entity, "AccountUserType", "lastName"));
      assertEquals(given + " " + family, entityString(entity, "PartnerUserType", "name"));
      assertEquals(given + " " + family, entityString(entity, "AccountType", "billingName"));
      assertEquals(given + " " + family, entityString(entity, "AffiliateLinkType", "contactName"));
    }
  }

  @Test
  void buildsAPersonsEmailFromTheirNames() {
    for (long entity = 0; entity < SAMPLES; entity++) {
      String given = entityString(entity, "LeadOutput", "givenName");
      String family = entityString(entity, "LeadOutput", "familyName");
      String email = entityString(entity, "LeadOutput", "email");
      String localPart = email.substring(0, email.indexOf('@'));
      assertTrue(
          localPart.startsWith(plain(given) + "." + plain(family)),
          () -> given + " " + family + " has " + email);
      assertEquals(email, entityString(entity, "AccountType", "billingEmail"));
      assertEquals(localPart, entityString(entity, "AccountUserType", "username"));
    }
  }

  @Test
  void writesTheCodiceFiscaleOfThePersonsNamesBirthDateAndBirthplace() {
    for (long entity = 0; entity < SAMPLES; entity++) {
      String given = entityString(entity, "AccountUserType", "givenName");
      String family = entityString(entity, "AccountUserType", "familyName");
      String code = entityString(entity, "AccountUserType", "fiscalCode");
      LocalDate born =
          LocalDate.parse(
              (String) entityValue(entity, "AccountUserType", "dateOfBirth", ValueKind.DATE));
      boolean female = entityString(entity, "AccountUserType", "pronouns").equals("lei/la");
      ItalianPlaces.Place birthplace =
          place(entityString(entity, "AccountUserType", "placeOfBirth"));
      String day = Integer.toString(born.getDayOfMonth() + (female ? 40 : 0));
      assertEquals(ItalianIdentifiers.familyNameLetters(family), code.substring(0, 3));
      assertEquals(ItalianIdentifiers.givenNameLetters(given), code.substring(3, 6));
      assertEquals(Integer.toString(born.getYear()).substring(2), code.substring(6, 8));
      assertEquals("ABCDEHLMPRST".charAt(born.getMonthValue() - 1), code.charAt(8));
      assertEquals(day.length() == 1 ? "0" + day : day, code.substring(9, 11));
      assertEquals(birthplace.cadastralCode(), code.substring(11, 15));
      assertEquals(ItalianIdentifiers.controlCharacter(code.substring(0, 15)), code.charAt(15));
      assertEquals(code, entityString(entity, "AccountUserType", "codiceFiscale"));
      assertTrue(born.getYear() >= 1945 && born.getYear() <= 2005, born::toString);
    }
  }

  @Test
  void givesAPersonATitleAndPronounsOfTheSexOfTheirGivenName() {
    Set<String> titles = new HashSet<>();
    for (long entity = 0; entity < SAMPLES; entity++) {
      String given = entityString(entity, "AccountUserType", "givenName");
      String title = entityString(entity, "AccountUserType", "title");
      String pronouns = entityString(entity, "AccountUserType", "pronouns");
      boolean female = ItalianNames.FEMALE.contains(given);
      assertTrue(female || ItalianNames.MALE.contains(given), given);
      assertEquals(female ? "lei/la" : "lui/lo", pronouns, given);
      assertTrue(
          female
              ? Set.of("Sig.ra", "Dott.ssa", "Ing.", "Avv.").contains(title)
              : Set.of("Sig.", "Dott.", "Ing.", "Avv.").contains(title),
          () -> title + " " + given);
      titles.add(title);
    }
    assertEquals(6, titles.size(), titles::toString);
  }

  @Test
  void placesTheFieldsOfOneAddressInOneRealPlace() {
    for (long entity = 0; entity < SAMPLES; entity++) {
      String city = entityString(entity, "RichAddressType", "city");
      ItalianPlaces.Place place = place(city);
      String postcode = entityString(entity, "RichAddressType", "postcode");
      String street = entityString(entity, "RichAddressType", "line1");
      assertTrue(place.hasPostcode(postcode), () -> postcode + " is not in " + city);
      assertEquals(postcode, entityString(entity, "RichAddressType", "postalCode"));
      assertEquals(postcode, entityString(entity, "RichAddressType", "cap"));
      assertEquals(city, entityString(entity, "RichAddressType", "town"));
      assertEquals(city, entityString(entity, "RichAddressType", "locality"));
      assertEquals(place.province(), entityString(entity, "RichAddressType", "province"));
      assertEquals(place.region(), entityString(entity, "RichAddressType", "region"));
      assertEquals(street, entityString(entity, "RichAddressType", "addressLine1"));
      assertEquals(street, entityString(entity, "RichAddressType", "street"));
      assertEquals(
          entityString(entity, "RichAddressType", "line2"),
          entityString(entity, "RichAddressType", "addressLine2"));
      assertEquals(
          street + ", " + postcode + " " + city + " " + place.province(),
          entityString(entity, "Property", "address"));
    }
  }

  @Test
  void placesTheBillingAddressOfAnAccountInOneRealPlace() {
    for (long entity = 0; entity < SAMPLES; entity++) {
      String street = entityString(entity, "AccountType", "billingAddressLine1");
      String city = entityString(entity, "AccountType", "billingAddressLine3");
      String province = entityString(entity, "AccountType", "billingAddressLine4");
      String postcode = entityString(entity, "AccountType", "billingAddressPostcode");
      ItalianPlaces.Place place = place(city);
      assertTrue(place.hasPostcode(postcode), () -> postcode + " is not in " + city);
      assertEquals(place.province(), province);
      assertEquals(place.region(), entityString(entity, "AccountType", "billingAddressLine5"));
      assertEquals(postcode, entityString(entity, "AccountType", "billingPostcode"));
      assertEquals(
          street + ", " + postcode + " " + city + " " + province,
          entityString(entity, "AccountType", "billingAddress"));
    }
  }

  @Test
  void givesTheFieldsOfOneBusinessOneCompany() {
    for (long entity = 0; entity < SAMPLES; entity++) {
      String name = entityString(entity, "BusinessType", "name");
      String vatNumber = entityString(entity, "BusinessType", "vatNumber");
      String email = entityString(entity, "BusinessType", "email");
      String withoutForm = name.substring(0, name.lastIndexOf(' '));
      assertEquals(name, entityString(entity, "BusinessType", "companyName"));
      assertEquals(vatNumber, entityString(entity, "BusinessType", "partitaIva"));
      assertTrue(passesLuhn(vatNumber), vatNumber);
      assertTrue(email.endsWith("@" + plain(withoutForm) + ".it"), () -> name + " has " + email);
    }
  }

  @Test
  void givesDifferentEntitiesDifferentPeoplePlacesAndCompanies() {
    Set<String> names = new HashSet<>();
    Set<String> emails = new HashSet<>();
    Set<String> fiscalCodes = new HashSet<>();
    Set<String> addresses = new HashSet<>();
    Set<String> companies = new HashSet<>();
    for (int i = 0; i < 500; i++) {
      long entity = Seed.of(42, "entity", Integer.toString(i));
      names.add(entityString(entity, "AccountUserType", "fullName"));
      emails.add(entityString(entity, "AccountUserType", "email"));
      fiscalCodes.add(entityString(entity, "AccountUserType", "fiscalCode"));
      addresses.add(entityString(entity, "Property", "address"));
      companies.add(entityString(entity, "BusinessType", "name"));
    }
    assertTrue(names.size() > 450, () -> names.size() + " names");
    assertTrue(emails.size() > 450, () -> emails.size() + " emails");
    assertEquals(500, fiscalCodes.size());
    assertTrue(addresses.size() > 450, () -> addresses.size() + " addresses");
    assertTrue(companies.size() > 400, () -> companies.size() + " companies");
  }

  @Test
  void drawsEveryOtherValueOfAnEntityFromItsOwnSeed() {
    long entity = 7;
    String ownEmail = entityString(entity, "AccountType", "billingEmail");
    Set<Object> ibans = new HashSet<>();
    Set<Object> agentEmails = new HashSet<>();
    Set<Object> createdAts = new HashSet<>();
    for (int i = 0; i < 100; i++) {
      long seed = Seed.of(3, Integer.toString(i));
      ibans.add(value(seed, entity, "PaymentInstructionType", "iban", ValueKind.STRING));
      agentEmails.add(value(seed, entity, "AccountType", "agentContactEmail", ValueKind.STRING));
      createdAts.add(value(seed, entity, "AccountType", "createdAt", ValueKind.DATE_TIME));
    }
    assertEquals(100, ibans.size());
    assertTrue(agentEmails.size() > 95, () -> agentEmails.size() + " agent emails");
    assertFalse(agentEmails.contains(ownEmail));
    assertEquals(100, createdAts.size());
  }

  @Test
  void givesAnEntitysFieldsTheSameValuesInEveryQueryAndOrder() {
    List<String> fields =
        List.of(
            "givenName",
            "familyName",
            "fullName",
            "email",
            "fiscalCode",
            "title",
            "pronouns",
            "postcode",
            "city",
            "province",
            "region",
            "addressLine1",
            "address");
    List<ValueRequest> firstQuery = new ArrayList<>();
    List<ValueRequest> secondQuery = new ArrayList<>();
    for (int entity = 0; entity < 40; entity++) {
      for (String field : fields) {
        firstQuery.add(entityRequest(entity, "first", "AccountUserType", field));
        secondQuery.add(entityRequest(entity, "second", "AccountUserType", field));
      }
    }
    List<Object> expected = generateAll(new DatafakerValueGenerator(ITALIAN), firstQuery);
    DatafakerValueGenerator other = new DatafakerValueGenerator(ITALIAN);
    List<ValueRequest> reversed = new ArrayList<>(secondQuery);
    Collections.reverse(reversed);
    List<Object> inReverse = generateAll(other, reversed);
    Collections.reverse(inReverse);
    assertEquals(expected, inReverse);
    assertEquals(expected, generateAll(other, secondQuery));
  }

  @Test
  void writesDateTimesWithMicrosecondsAndAnExplicitUtcOffset() {
    Pattern format = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}\\+00:00");
    for (String field : List.of("createdAt", "validTo", "periodStart", "expiresAt")) {
      assertAll(
          field,
          ValueKind.DATE_TIME,
          format
              .asMatchPredicate()
              .and(value -> OffsetDateTime.parse(value).getYear() >= 2019)
              .and(value -> OffsetDateTime.parse(value).getYear() <= 2028));
    }
  }

  @Test
  void placesPastFieldsBeforeFutureOnes() {
    assertAll("createdAt", ValueKind.DATE_TIME, value -> value.compareTo("2026") < 0);
    assertAll("validFrom", ValueKind.DATE_TIME, value -> value.compareTo("2026") < 0);
    assertAll("validTo", ValueKind.DATE_TIME, value -> value.compareTo("2026") > 0);
    assertAll("expiresAt", ValueKind.DATE_TIME, value -> value.compareTo("2026") > 0);
    assertAll("dateOfBirth", ValueKind.DATE, value -> value.compareTo("2006") < 0);
  }

  @Test
  void writesDatesAsIsoLocalDates() {
    assertAll(
        "dueDate",
        ValueKind.DATE,
        matches("\\d{4}-\\d{2}-\\d{2}").and(value -> LocalDate.parse(value).getYear() >= 2019));
  }

  @Test
  void writesDecimalsAsPlainNumberStrings() {
    assertAll("energyAddedKwh", ValueKind.DECIMAL, matches("\\d{1,4}\\.\\d{2}"));
    assertAll("unitRate", ValueKind.DECIMAL, matches("0\\.\\d{4}"));
    assertAll("balance", ValueKind.DECIMAL, matches("-?\\d{1,4}\\.\\d{2}"));
    assertAll("delta", ValueKind.DECIMAL, matches("-?\\d+\\.\\d+"));
  }

  @Test
  void writesRandomVersionFourUuids() {
    assertAll(
        "uuid",
        ValueKind.UUID,
        matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
  }

  @Test
  void writesIdsAsDigitStrings() {
    assertAll("id", ValueKind.ID, matches("[1-9]\\d{5,8}"));
    assertAll("STRING", "AccountUserType", "accountUserId", matches("[1-9]\\d{5,8}"));
  }

  @Test
  void givesMoneyAsIntegerMinorUnits() {
    for (int seed = 0; seed < SAMPLES; seed++) {
      Object balance = value(seed, "AccountType", "balance", ValueKind.INT);
      Object amount = value(seed, "PaymentType", "amount", ValueKind.INT);
      assertInstanceOf(Integer.class, balance);
      assertInstanceOf(Integer.class, amount);
      assertTrue((Integer) balance >= -50_000 && (Integer) balance <= 200_000, balance::toString);
      assertTrue((Integer) amount >= 0, amount::toString);
    }
  }

  @Test
  void keepsIntsWithinTheRangeTheirNameSuggests() {
    assertInts("totalCount", 0, 50);
    assertInts("edgeCount", 0, 50);
    assertInts("pausedDays", 0, 90);
    assertInts("maximumSocPercentage", 0, 100);
    assertInts("cardExpiryMonth", 1, 12);
    assertInts("cardExpiryYear", 2019, 2030);
    assertInts("somethingElse", 0, 1000);
  }

  @Test
  void placesCoordinatesInItaly() {
    for (int seed = 0; seed < SAMPLES; seed++) {
      double latitude = (Double) value(seed, "Property", "latitude", ValueKind.FLOAT);
      double longitude = (Double) value(seed, "Property", "longitude", ValueKind.FLOAT);
      assertTrue(latitude > 36 && latitude < 47.2, () -> "latitude " + latitude);
      assertTrue(longitude > 6.5 && longitude < 18.6, () -> "longitude " + longitude);
    }
  }

  @Test
  void givesFloatsForReadings() {
    assertInstanceOf(Double.class, value(1, "X", "totalConsumption", ValueKind.FLOAT));
    assertInstanceOf(Boolean.class, value(1, "X", "isActive", ValueKind.BOOLEAN));
  }

  @Test
  void choosesEnumValuesOnlyAmongTheGivenOnes() {
    List<String> values = List.of("ACTIVE", "PENDING", "WITHDRAWN");
    Set<Object> seen = new HashSet<>();
    for (int seed = 0; seed < SAMPLES; seed++) {
      Object value =
          GENERATOR.value(
              new ValueRequest(
                  seed, "AccountType", "status", "AccountStatus", ValueKind.ENUM, values));
      assertTrue(values.contains(value), String.valueOf(value));
      seen.add(value);
    }
    assertEquals(Set.copyOf(values), seen);
  }

  @Test
  void givesJsonAsASmallMapOfNamedValues() {
    for (int seed = 0; seed < SAMPLES; seed++) {
      Map<?, ?> json =
          assertInstanceOf(Map.class, value(seed, "Metadata", "value", ValueKind.JSON));
      assertFalse(json.isEmpty());
      assertTrue(json.size() <= 3);
      json.keySet().forEach(key -> assertInstanceOf(String.class, key));
    }
  }

  @Test
  void writesStructurallyValidItalianIbans() {
    assertAll(
        "STRING",
        "PaymentInstructionType",
        "iban",
        matches("IT\\d{2}[A-Z]\\d{10}\\d{12}").and(DatafakerValueGeneratorTest::passesMod97));
  }

  @Test
  void writesFiscalCodesAndVatNumbersWithTheirCheckCharacters() {
    assertAll(
        "STRING",
        "AccountUserType",
        "fiscalCode",
        matches("[A-Z]{6}\\d{2}[ABCDEHLMPRST]\\d{2}[A-Z]\\d{3}[A-Z]")
            .and(
                code ->
                    code.charAt(15) == ItalianIdentifiers.controlCharacter(code.substring(0, 15))));
    assertAll("STRING", "AccountUserType", "codiceFiscale", matches("[A-Z0-9]{16}"));
    assertAll(
        "STRING",
        "BusinessType",
        "vatNumber",
        matches("\\d{11}").and(DatafakerValueGeneratorTest::passesLuhn));
    assertAll("STRING", "BusinessType", "partitaIva", matches("\\d{11}"));
  }

  @Test
  void writesPodsForElectricityAndPdrsForGas() {
    Predicate<String> pod = matches("IT001E\\d{8}");
    Predicate<String> pdr = matches("\\d{14}");
    assertAll("STRING", "ElectricitySupplyPointType", "pod", pod);
    assertAll("STRING", "ElectricitySupplyPointType", "marketIdentifier", pod);
    assertAll("ID", "SupplyPointType", "externalIdentifier", pod);
    assertAll("STRING", "X", "supplyPointIdentifier", pod);
    assertAll("STRING", "GasSupplyPointType", "pdr", pdr);
    assertAll("STRING", "GasSupplyPointType", "marketIdentifier", pdr);
  }

  @Test
  void writesKrakenAccountAndLedgerNumbers() {
    Predicate<String> account = matches("A-[0-9A-F]{8}");
    assertAll("STRING", "AccountType", "number", account);
    assertAll("ID", "Query", "accountNumber", account);
    assertAll("STRING", "LeadOutput", "leadAccountNumber", account);
    assertAll("STRING", "LedgerType", "ledgerNumber", matches("L-[0-9A-F]{8}"));
    assertAll("STRING", "LedgerType", "number", matches("L-[0-9A-F]{8}"));
  }

  @Test
  void writesItalianContactDetails() {
    assertAll("STRING", "AccountUserType", "mobile", matches("\\+39 3\\d{2} \\d{3} \\d{4}"));
    assertAll("STRING", "AccountUserType", "phoneNumber", matches("\\+39 3\\d{2} \\d{3} \\d{4}"));
    assertAll(
        "STRING",
        "AccountUserType",
        "landline",
        matches("\\+39 0\\d{1,2} \\d{7,8}")
            .and(phone -> phone.replaceAll("\\D", "").length() == 12));
    assertAll(
        "STRING",
        "AccountType",
        "billingEmail",
        matches("[a-z]+\\.[a-z]+\\d{0,2}@[a-z]+(\\.[a-z]+)+"));
  }

  @Test
  void writesItalianAddresses() {
    assertAll(
        "STRING",
        "Property",
        "address",
        matches(
            "(Via|Viale|Piazza|Corso|Largo|Vicolo) [\\p{L} 'I]+ \\d{1,3}, \\d{5} [\\p{L} ']+"
                + " [A-Z]{2}"));
    assertAll(
        "STRING",
        "RichAddressType",
        "line1",
        matches("(Via|Viale|Piazza|Corso|Largo|Vicolo) [\\p{L} 'I]+ \\d{1,3}"));
    assertAll("STRING", "AccountType", "billingAddressLine1", matches("\\p{Lu}\\p{L}+ .+ \\d+"));
    assertAll(
        "STRING",
        "AccountType",
        "billingAddressLine2",
        matches("Interno \\d{1,2}|Scala [A-D], Interno \\d{1,2}|Piano [1-8]"));
    assertAll("STRING", "Property", "postcode", matches("\\d{5}"));
    assertAll("STRING", "AccountType", "billingPostcode", matches("\\d{5}"));
    assertAll("STRING", "X", "zipCode", matches("\\d{5}"));
    assertAll("STRING", "X", "cap", matches("\\d{5}"));
    assertAll("STRING", "CityProvinceType", "province", matches("[A-Z]{2}"));
    assertAll(
        "STRING",
        "Property",
        "city",
        city -> ItalianPlaces.PLACES.stream().anyMatch(place -> place.city().equals(city)));
    assertAll("STRING", "Property", "region", ItalianPlaces.REGIONS::contains);
    assertAll("STRING", "AccountType", "billingCountryCode", "IT"::equals);
  }

  @Test
  void writesPeopleAndCompaniesAsNames() {
    Predicate<String> name = matches("\\p{Lu}[\\p{L}']+");
    assertAll("STRING", "AccountUserType", "givenName", name);
    assertAll("STRING", "AccountUserType", "familyName", matches("\\p{Lu}[\\p{L}' ]+"));
    assertAll(
        "STRING", "AccountUserType", "fullName", matches("\\p{Lu}\\p{L}+ \\p{Lu}[\\p{L}' ]+"));
    assertAll("STRING", "AccountType", "billingName", matches("\\p{Lu}\\p{L}+ \\p{Lu}[\\p{L}' ]+"));
    assertAll(
        "STRING",
        "BusinessType",
        "name",
        matches(".+ (S\\.r\\.l\\.|S\\.p\\.A\\.|S\\.n\\.c\\.|S\\.a\\.s\\.|S\\.r\\.l\\.s\\.)"));
    assertAll("STRING", "Products", "displayName", value -> value.startsWith("Octopus "));
  }

  @Test
  void writesFixedValuesForCurrencyZoneAndLanguage() {
    assertEquals("EUR", string(3, "AccountType", "currency", ValueKind.STRING));
    assertEquals("Europe/Rome", string(3, "AccountType", "timezone", ValueKind.STRING));
    assertEquals(
        "it-IT", string(3, "AccountUserType", "preferredLanguageForComms", ValueKind.STRING));
  }

  @Test
  void writesCodesUrlsStatusesAndProse() {
    assertAll("STRING", "Products", "code", matches("[A-Z0-9]{2,8}"));
    assertAll("STRING", "X", "pdfUrl", matches("https://[a-z.]+/\\S+\\.pdf"));
    assertAll("STRING", "X", "status", matches("[A-Z_]+"));
    assertAll("STRING", "X", "description", matches("\\p{Lu}.+\\."));
    assertAll("STRING", "Contract", "title", matches("\\p{Lu}.+"));
  }

  @Test
  void writesVehiclesAndChargePoints() {
    assertAll("STRING", "KrakenFlexDeviceType", "vehicleMake", matches("\\p{Lu}[\\p{L}-]+"));
    assertAll("STRING", "KrakenFlexDeviceType", "vehicleModel", value -> !value.isBlank());
    assertAll("STRING", "KrakenFlexDeviceType", "chargePointMake", value -> !value.isBlank());
    assertAll(
        "STRING", "ElectricVehicleType", "registrationNumber", matches("[A-Z]{2}\\d{3}[A-Z]{2}"));
    assertAll("STRING", "ElectricVehicleType", "vin", matches("[A-HJ-NPR-Z0-9]{17}"));
  }

  @Test
  void fallsBackToOneOrTwoLowercaseWords() {
    assertAll(
        "STRING",
        "WidgetType",
        "frobnicator",
        matches("\\p{Ll}+( \\p{Ll}+)?").and(value -> !value.equalsIgnoreCase("Hello World")));
    assertAll("OTHER_SCALAR", "WidgetType", "frobnicator", value -> !value.isBlank());
  }

  @Test
  void keysEntitiesByTheirNaturalIdentifier() {
    for (long seed = 0; seed < SAMPLES; seed++) {
      assertMatches("A-[0-9A-F]{8}", GENERATOR.entityKey(seed, "AccountType", "number"));
      assertMatches("A-[0-9A-F]{8}", GENERATOR.entityKey(seed, "AccountType", "accountNumber"));
      assertMatches("L-[0-9A-F]{8}", GENERATOR.entityKey(seed, "LedgerType", "number"));
      assertMatches(
          "IT001E\\d{8}",
          GENERATOR.entityKey(seed, "ElectricitySupplyPointType", "marketIdentifier"));
      assertMatches("\\d{14}", GENERATOR.entityKey(seed, "GasSupplyPointType", "pdr"));
      assertMatches("[1-9]\\d{5,8}", GENERATOR.entityKey(seed, "PaymentType", "id"));
      assertMatches(
          "DDI-[0-9A-F]{8}", GENERATOR.entityKey(seed, "DirectDebitInstructionType", "reference"));
    }
  }

  @Test
  void followsAnotherLocaleForPeopleButKeepsItalianIdentifiers() {
    DatafakerValueGenerator english = new DatafakerValueGenerator(Locale.forLanguageTag("en-GB"));
    int italianPhones = 0;
    Set<String> englishNames = new HashSet<>();
    Set<String> italianNames = new HashSet<>();
    for (int seed = 0; seed < 100; seed++) {
      String phone =
          (String) english.value(request(seed, "AccountUserType", "mobile", ValueKind.STRING));
      italianPhones += phone.startsWith("+39") ? 1 : 0;
      englishNames.add(
          (String) english.value(request(seed, "AccountUserType", "givenName", ValueKind.STRING)));
      italianNames.add(string(seed, "AccountUserType", "givenName", ValueKind.STRING));
      assertMatches(
          "IT\\d{2}[A-Z].{22}",
          (String)
              english.value(request(seed, "PaymentInstructionType", "iban", ValueKind.STRING)));
      assertMatches(
          "IT001E\\d{8}",
          (String)
              english.value(request(seed, "ElectricitySupplyPointType", "pod", ValueKind.STRING)));
      assertMatches(
          "\\d{5}",
          (String) english.value(request(seed, "Property", "postcode", ValueKind.STRING)));
    }
    assertEquals(0, italianPhones);
    englishNames.retainAll(italianNames);
    assertTrue(englishNames.size() < 10, englishNames::toString);
    assertEquals(
        "en-GB",
        english.value(
            request(1, "AccountUserType", "preferredLanguageForComms", ValueKind.STRING)));
  }

  private static void assertInts(String field, int low, int high) {
    for (int seed = 0; seed < SAMPLES; seed++) {
      int value = (Integer) value(seed, "X", field, ValueKind.INT);
      assertTrue(value >= low && value <= high, () -> field + " " + value);
    }
  }

  private static void assertAll(String field, ValueKind kind, Predicate<String> check) {
    assertAll(kind.name(), "X", field, check);
  }

  private static void assertAll(String kind, String parent, String field, Predicate<String> check) {
    for (int seed = 0; seed < SAMPLES; seed++) {
      String value = string(seed, parent, field, ValueKind.valueOf(kind));
      assertTrue(check.test(value), () -> parent + "." + field + " gave " + value);
    }
  }

  private static void assertMatches(String regex, String value) {
    assertTrue(value.matches(regex), () -> value + " does not match " + regex);
  }

  private static Predicate<String> matches(String regex) {
    return Pattern.compile(regex).asMatchPredicate();
  }

  private static boolean passesMod97(String iban) {
    String rearranged = iban.substring(4) + iban.substring(0, 4);
    StringBuilder digits = new StringBuilder();
    for (char c : rearranged.toCharArray()) {
      digits.append(Character.getNumericValue(c));
    }
    return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
  }

  // The standard Luhn check, which the partita IVA's last digit satisfies.
  private static boolean passesLuhn(String number) {
    int sum = 0;
    for (int i = 0; i < number.length(); i++) {
      int digit = number.charAt(number.length() - 1 - i) - '0';
      sum += i % 2 == 1 ? (digit * 2) / 10 + (digit * 2) % 10 : digit;
    }
    return sum % 10 == 0;
  }

  private static int distinct(String parent, String field) {
    Set<Object> values = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      values.add(
          GENERATOR.value(
              request(
                  Seed.of(42, parent, field, Integer.toString(i)),
                  parent,
                  field,
                  ValueKind.STRING)));
    }
    return values.size();
  }

  private static List<Object> generateAll(ValueGenerator generator, List<ValueRequest> requests) {
    List<Object> values = new ArrayList<>(requests.size());
    for (ValueRequest request : requests) {
      values.add(generator.value(request));
    }
    return values;
  }

  private static List<ValueRequest> mixedRequests(int count) {
    List<ValueRequest> fields =
        List.of(
            request(0, "AccountUserType", "givenName", ValueKind.STRING),
            request(0, "AccountUserType", "fullName", ValueKind.STRING),
            request(0, "AccountType", "billingEmail", ValueKind.STRING),
            request(0, "Property", "address", ValueKind.STRING),
            request(0, "AccountType", "billingAddressLine2", ValueKind.STRING),
            request(0, "BusinessType", "name", ValueKind.STRING),
            request(0, "AccountUserType", "title", ValueKind.STRING),
            request(0, "PaymentInstructionType", "iban", ValueKind.STRING),
            request(0, "AccountUserType", "fiscalCode", ValueKind.STRING),
            request(0, "AccountType", "number", ValueKind.STRING),
            request(0, "X", "description", ValueKind.STRING),
            request(0, "X", "frobnicator", ValueKind.OTHER_SCALAR),
            request(0, "X", "id", ValueKind.ID),
            request(0, "X", "balance", ValueKind.INT),
            request(0, "X", "totalConsumption", ValueKind.FLOAT),
            request(0, "X", "unitRate", ValueKind.DECIMAL),
            request(0, "X", "createdAt", ValueKind.DATE_TIME),
            request(0, "X", "dueDate", ValueKind.DATE),
            request(0, "X", "uuid", ValueKind.UUID),
            request(0, "X", "params", ValueKind.JSON),
            request(0, "X", "isActive", ValueKind.BOOLEAN),
            new ValueRequest(0, "X", "status", "S", ValueKind.ENUM, List.of("A", "B", "C")));
    List<ValueRequest> requests = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      ValueRequest field = fields.get(i % fields.size());
      // Five requests share an entity, as the fields of one object do.
      requests.add(
          new ValueRequest(
              Seed.of(7, Integer.toString(i)),
              Seed.of(7, "entity", Integer.toString(i / 5)),
              field.parentType(),
              field.fieldName(),
              field.typeName(),
              field.kind(),
              field.enumValues()));
    }
    return requests;
  }

  // A field of the entity: its own seed differs from every other field's, its entity seed does not.
  private static ValueRequest entityRequest(
      long entity, String query, String parent, String field) {
    return new ValueRequest(
        Seed.of(entity, query, parent, field),
        entity,
        parent,
        field,
        "String",
        ValueKind.STRING,
        List.of());
  }

  private static Object entityValue(long entity, String parent, String field, ValueKind kind) {
    return value(Seed.of(entity, parent, field), entity, parent, field, kind);
  }

  private static String entityString(long entity, String parent, String field) {
    return (String) entityValue(entity, parent, field, ValueKind.STRING);
  }

  private static Object value(long seed, long entity, String parent, String field, ValueKind kind) {
    return GENERATOR.value(
        new ValueRequest(seed, entity, parent, field, kind.name(), kind, List.of()));
  }

  private static ItalianPlaces.Place place(String city) {
    return ItalianPlaces.PLACES.stream()
        .filter(place -> place.city().equals(city))
        .findFirst()
        .orElseThrow(() -> new AssertionError("not a known city: " + city));
  }

  // Lower-case ASCII letters and digits: "D'Amico" is "damico".
  private static String plain(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFD)
        .replaceAll("[^A-Za-z0-9]", "")
        .toLowerCase(Locale.ROOT);
  }

  private static ValueRequest request(long seed, String parent, String field, ValueKind kind) {
    return new ValueRequest(seed, parent, field, kind.name(), kind, List.of());
  }

  private static Object value(long seed, String parent, String field, ValueKind kind) {
    return GENERATOR.value(request(seed, parent, field, kind));
  }

  private static String string(long seed, String parent, String field, ValueKind kind) {
    return (String) value(seed, parent, field, kind);
  }
}
