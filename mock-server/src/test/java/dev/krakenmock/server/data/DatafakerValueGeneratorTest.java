package dev.krakenmock.server.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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
    assertEquals("Mattia Ruggiero", string(1, "AccountUserType", "fullName", ValueKind.STRING));
    assertEquals(
        "mattia.ruggiero43@yahoo.it", string(1, "AccountType", "billingEmail", ValueKind.STRING));
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
        matches("(Via|Viale|Piazza|Corso|Largo|Vicolo) [\\p{L} 'I]+ \\d{1,3}"));
    assertAll("STRING", "AccountType", "billingAddressLine1", matches("\\p{Lu}\\p{L}+ .+ \\d+"));
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
      requests.add(
          new ValueRequest(
              Seed.of(7, Integer.toString(i)),
              field.parentType(),
              field.fieldName(),
              field.typeName(),
              field.kind(),
              field.enumValues()));
    }
    return requests;
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
