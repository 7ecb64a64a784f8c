package dev.krakenmock.server.data;

import org.jspecify.annotations.Nullable;

// What a text field holds, read from the words of its name and of its parent type. The first
// matching rule wins, so specific rules ("postcode", "countryCode") come before general ones
// ("address", "*Code").
enum TextMeaning {
  EMAIL,
  BUSINESS_EMAIL,
  IBAN,
  BANK_CODE,
  FISCAL_CODE,
  VAT_NUMBER,
  POD,
  PDR,
  ACCOUNT_NUMBER,
  LEDGER_NUMBER,
  CARD_NUMBER,
  REFERENCE,
  UUID,
  NUMERIC_ID,
  PHONE,
  LANDLINE,
  URL,
  USERNAME,
  FIRST_NAME,
  LAST_NAME,
  FULL_NAME,
  HONORIFIC,
  PRONOUNS,
  COMPANY_NAME,
  COMPANY_REGISTRATION,
  PRODUCT_NAME,
  BRAND,
  VEHICLE_MAKE,
  VEHICLE_MODEL,
  CHARGER_MAKE,
  CHARGER_MODEL,
  NUMBER_PLATE,
  VIN,
  POSTCODE,
  STREET,
  ADDRESS,
  ADDRESS_LINE,
  CITY,
  PROVINCE,
  REGION,
  COUNTRY,
  CURRENCY,
  TIMEZONE,
  LANGUAGE,
  CURSOR,
  TOKEN,
  SLUG,
  VERSION,
  TIME_OF_DAY,
  CODE,
  STATUS,
  CATEGORY,
  SENTENCE,
  TITLE,
  LABEL,
  WORDS;

  static TextMeaning of(FieldWords field, FieldWords parent) {
    TextMeaning meaning = identifier(field, parent);
    if (meaning == null) {
      meaning = contact(field, parent);
    }
    if (meaning == null) {
      meaning = partyOrThing(field, parent);
    }
    if (meaning == null) {
      meaning = place(field);
    }
    if (meaning == null) {
      meaning = other(field);
    }
    return meaning == null ? WORDS : meaning;
  }

  // Whether a value of this meaning keeps its own format when the field is a GraphQL ID.
  boolean formatsIds() {
    return this == ACCOUNT_NUMBER
        || this == LEDGER_NUMBER
        || this == POD
        || this == PDR
        || this == UUID
        || this == FISCAL_CODE;
  }

  private static @Nullable TextMeaning identifier(FieldWords f, FieldWords p) {
    if (f.has("email")) {
      return businessLike(p) ? BUSINESS_EMAIL : EMAIL;
    }
    if (f.has("iban")) {
      return IBAN;
    }
    if (f.endsWith("bank", "code") || f.endsWith("sort", "code") || f.endsWith("abi")) {
      return BANK_CODE;
    }
    if (f.hasAll("fiscal", "code") || f.hasAll("codice", "fiscale") || f.is("national", "id")) {
      return FISCAL_CODE;
    }
    if (f.has("vat") && !f.hasAny("rate", "amount") || f.hasAll("partita", "iva")) {
      return VAT_NUMBER;
    }
    if (f.has("tax") && f.hasAny("identifier", "id", "number", "code")) {
      return businessLike(p) ? VAT_NUMBER : FISCAL_CODE;
    }
    if (f.hasAny("pod", "mpan")) {
      return POD;
    }
    if (f.hasAny("pdr", "mprn")) {
      return PDR;
    }
    if (supplyPointIdentifier(f, p)) {
      return f.has("gas") || p.has("gas") ? PDR : POD;
    }
    if (f.endsWith("account", "number") || f.is("account") || f.is("number") && accountLike(p)) {
      return ACCOUNT_NUMBER;
    }
    if (f.endsWith("ledger", "number") || f.is("number") && p.last().equals("ledger")) {
      return LEDGER_NUMBER;
    }
    if (f.has("card") && f.endsWith("number")) {
      return CARD_NUMBER;
    }
    if (f.hasAny("uuid", "guid")) {
      return UUID;
    }
    if (f.endsWith("id")) {
      return NUMERIC_ID;
    }
    if (!f.hasAny("phone", "registration", "mobile")
        && (f.endsWith("number")
            || f.endsWith("identifier")
            || f.endsWith("reference")
            || f.is("ref")
            || f.is("urn"))) {
      return REFERENCE;
    }
    return null;
  }

  // "marketIdentifier", "meterPointId", "supplyPointIdentifier"; on a supply point type also
  // "identifier" and "externalIdentifier", but not its "id" or a "deviceId".
  private static boolean supplyPointIdentifier(FieldWords f, FieldWords p) {
    boolean identifier = f.endsWith("identifier") || f.endsWith("number");
    if (!identifier && !f.endsWith("id") || f.is("id")) {
      return false;
    }
    if (f.hasAny("market", "supply", "delivery") || f.hasAll("meter", "point")) {
      return true;
    }
    return identifier && p.hasAll("supply", "point");
  }

  private static @Nullable TextMeaning contact(FieldWords f, FieldWords p) {
    if (f.hasAny("landline", "telephone", "fax") || f.has("phone") && f.has("distributor")) {
      return LANDLINE;
    }
    if (f.hasAny("mobile", "cellphone")) {
      return PHONE;
    }
    if (f.hasAny("phone", "sms")) {
      return businessLike(p) ? LANDLINE : PHONE;
    }
    if (f.hasAny("url", "uri", "link", "href", "website", "homepage")) {
      return URL;
    }
    if (f.is("username") || f.endsWith("user", "name") || f.hasAny("login") || f.endsWith("by")) {
      return USERNAME;
    }
    return null;
  }

  private static @Nullable TextMeaning partyOrThing(FieldWords f, FieldWords p) {
    if (f.endsWith("first", "name")
        || f.endsWith("given", "name")
        || f.has("forename")
        || f.endsWith("preferred", "name")
        || f.is("nome")) {
      return FIRST_NAME;
    }
    if (f.endsWith("last", "name")
        || f.endsWith("family", "name")
        || f.hasAny("surname", "cognome")) {
      return LAST_NAME;
    }
    if (f.endsWith("name")
        && f.hasAny("company", "business", "organisation", "organization", "trading", "legal")) {
      return COMPANY_NAME;
    }
    if (f.has("registration") || f.hasAny("plate", "numberplate", "targa")) {
      return businessLike(p) ? COMPANY_REGISTRATION : NUMBER_PLATE;
    }
    if (f.is("vin") || f.hasAll("vehicle", "identification")) {
      return VIN;
    }
    if (f.hasAny("make", "manufacturer")) {
      return chargerLike(f, p) ? CHARGER_MAKE : VEHICLE_MAKE;
    }
    if (f.has("model")) {
      return chargerLike(f, p) ? CHARGER_MODEL : VEHICLE_MODEL;
    }
    if (f.has("brand") && !f.endsWith("code")) {
      return BRAND;
    }
    return name(f, p);
  }

  private static @Nullable TextMeaning name(FieldWords f, FieldWords p) {
    boolean plainName =
        f.is("name") || f.is("display", "name") || f.is("full", "name") || f.is("friendly", "name");
    if (plainName && businessLike(p)) {
      return COMPANY_NAME;
    }
    if (plainName && p.hasAny("product", "tariff")) {
      return PRODUCT_NAME;
    }
    if (plainName && personLike(p)
        || f.endsWith("full", "name")
        || f.endsWith("billing", "name")
        || f.endsWith("contact", "name")
        || f.endsWith("customer", "name")
        || f.endsWith("holder", "name")
        || f.endsWith("holder")
        || f.is("agent")
        || f.is("assignee")
        || f.is("owner")) {
      return FULL_NAME;
    }
    if ((f.is("title") || f.is("salutation") || f.is("prefix")) && personLike(p)) {
      return HONORIFIC;
    }
    if (f.has("pronoun")) {
      return PRONOUNS;
    }
    return null;
  }

  private static @Nullable TextMeaning place(FieldWords f) {
    if (f.hasAny("postcode", "zip", "zipcode", "cap")
        || f.hasAll("postal", "code")
        || f.hasAll("post", "code")) {
      return POSTCODE;
    }
    int line = addressLine(f);
    if (line == 1 || f.has("street")) {
      return STREET;
    }
    if (f.endsWith("address") && !f.has("ip")) {
      return ADDRESS;
    }
    if (line == 2) {
      return ADDRESS_LINE;
    }
    // Lines after the second: the city, then the province, then the region.
    if (line == 3
        || f.hasAny("city", "town", "locality", "municipality", "comune", "birthplace")
        || f.hasAll("place", "birth")) {
      return CITY;
    }
    if (line == 4 || f.hasAny("province", "provincia", "county")) {
      return PROVINCE;
    }
    if (line > 4 || f.has("region")) {
      return REGION;
    }
    if (f.hasAny("country", "nation")) {
      return COUNTRY;
    }
    return null;
  }

  // The n of "addressLine<n>" and "line<n>", or 0.
  private static int addressLine(FieldWords f) {
    int index = f.words().indexOf("line");
    if (index < 0 || index + 1 >= f.words().size()) {
      return 0;
    }
    String next = f.words().get(index + 1);
    return Character.isDigit(next.charAt(0)) ? Integer.parseInt(next) : 0;
  }

  private static @Nullable TextMeaning other(FieldWords f) {
    if (f.has("currency")) {
      return CURRENCY;
    }
    if (f.has("timezone") || f.hasAll("time", "zone")) {
      return TIMEZONE;
    }
    if (f.hasAny("language", "locale", "lang")) {
      return LANGUAGE;
    }
    if (f.has("cursor") || f.is("after") || f.is("before")) {
      return CURSOR;
    }
    if (f.hasAny("token", "secret", "hash", "fingerprint", "sha", "checksum", "signature")
        || f.endsWith("key") && f.words().size() > 1) {
      return TOKEN;
    }
    if (f.has("slug")) {
      return SLUG;
    }
    if (f.has("version")) {
      return VERSION;
    }
    if (f.endsWith("time")) {
      return TIME_OF_DAY;
    }
    if (f.endsWith("code")) {
      return CODE;
    }
    if (f.hasAny("status", "state", "stage")) {
      return STATUS;
    }
    return prose(f);
  }

  private static @Nullable TextMeaning prose(FieldWords f) {
    if (f.hasAny(
        "description",
        "notes",
        "note",
        "message",
        "text",
        "comment",
        "body",
        "summary",
        "reason",
        "content",
        "detail",
        "explanation",
        "html",
        "markdown",
        "error",
        "bio")) {
      return SENTENCE;
    }
    if (f.hasAny("title", "subject", "headline", "heading")) {
      return TITLE;
    }
    if (f.hasAny(
        "type",
        "subtype",
        "category",
        "subcategory",
        "kind",
        "group",
        "channel",
        "sector",
        "segment",
        "tag",
        "market",
        "scheme")) {
      return f.endsWith("name") ? LABEL : CATEGORY;
    }
    if (f.hasAny("label", "name")) {
      return LABEL;
    }
    return null;
  }

  private static boolean accountLike(FieldWords type) {
    return type.last().equals("account");
  }

  private static boolean businessLike(FieldWords type) {
    return switch (type.last()) {
      case "business", "company", "organisation", "organization", "supplier", "distributor" -> true;
      default -> false;
    };
  }

  private static boolean personLike(FieldWords type) {
    return switch (type.last()) {
      case "user",
          "person",
          "customer",
          "contact",
          "holder",
          "owner",
          "viewer",
          "member",
          "occupier",
          "representative",
          "agent",
          "payer",
          "beneficiary",
          "referrer",
          "individual",
          "people" ->
          true;
      default -> false;
    };
  }

  private static boolean chargerLike(FieldWords f, FieldWords p) {
    if (f.has("vehicle")) {
      return false;
    }
    return f.hasAny("charger", "charge", "chargepoint", "wallbox", "evse")
        || p.hasAny("charger", "charge", "chargepoint", "wallbox", "evse");
  }
}
