package dev.krakenmock.server.record;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The kinds of personal data record mode replaces, and how a field's name tells them. Names are
 * compared in lower case without punctuation, so {@code given_name}, {@code givenName} and {@code
 * referrerGivenName} all name a given name. Account numbers, amounts, dates, POD and PDR are not
 * personal data: no kind matches them.
 */
enum PersonalDataKind {
  GIVEN_NAME,
  FAMILY_NAME,
  FULL_NAME,
  EMAIL,
  USERNAME,
  PHONE,
  STREET,
  ADDRESS_LINE,
  SINGLE_LINE_ADDRESS,
  POSTCODE,
  IBAN,
  BANK_ACCOUNT,
  FISCAL_CODE,
  BIRTH_DATE;

  private static final Set<String> FULL_NAMES =
      Set.of(
          "fullname", "preferredname", "billingname", "billingsubname", "contactname",
          "customername", "accountholder", "accountholdername", "holdername", "payername",
          "recipientname", "personname", "nameoncard", "bankaccountholdername");
  private static final Set<String> STREETS =
      Set.of(
          "street", "streetaddress", "streetname", "thoroughfare", "dependentthoroughfare",
          "line1", "addressline1", "billingaddressline1");
  private static final Set<String> SINGLE_LINE_ADDRESSES =
      Set.of(
          "address", "billingaddress", "legaladdress", "fulladdress", "formattedaddress",
          "displayaddress", "singlelineaddress", "postaladdress", "supplyaddress",
          "correspondenceaddress");
  private static final Set<String> ADDRESS_DETAILS =
      Set.of("subbuilding", "buildingname", "premise", "subpremise", "housenumber",
          "buildingnumber", "flatnumber");
  private static final Set<String> POSTCODES = Set.of("postcode", "postalcode", "zipcode", "zip",
      "cap");
  private static final Set<String> PHONE_WORDS = Set.of("mobile", "landline", "telephone", "fax");

  // Siblings and container names that say an object is a person, so that its "name" is theirs.
  private static final Set<String> PERSON_SIBLINGS =
      Set.of("givenname", "firstname", "familyname", "lastname", "email", "dateofbirth",
          "mobile", "landline", "preferredname", "fiscalcode", "codicefiscale");
  private static final List<String> PERSON_CONTAINERS =
      List.of("viewer", "user", "person", "people", "customer", "contact", "holder", "owner",
          "occupier", "tenant", "representative", "member", "referrer", "beneficiary", "payer",
          "signatory", "nominee", "agent", "director");

  /**
   * The kind of personal data a field holds, judged by its name, the other field names of its
   * object and the name under which that object sits.
   *
   * @param field the field's name (a response key)
   * @param siblings the names of every field of the same object
   * @param container the name of the field holding the object; null at the top
   */
  static Optional<PersonalDataKind> ofField(
      String field, Iterator<String> siblings, @Nullable String container) {
    String key = normalised(field);
    PersonalDataKind kind = byName(key);
    if (kind != null) {
      return Optional.of(kind);
    }
    if (key.equals("name") && isPerson(siblings, container)) {
      return Optional.of(FULL_NAME);
    }
    return Optional.empty();
  }

  private static @Nullable PersonalDataKind byName(String key) {
    if (key.endsWith("givenname") || key.endsWith("firstname")) {
      return GIVEN_NAME;
    }
    if (key.endsWith("familyname") || key.endsWith("lastname") || key.equals("surname")) {
      return FAMILY_NAME;
    }
    if (FULL_NAMES.contains(key) || key.endsWith("fullname")) {
      return FULL_NAME;
    }
    if (key.contains("email")) {
      return EMAIL;
    }
    if (key.equals("username")) {
      return USERNAME;
    }
    if (key.contains("phone") || PHONE_WORDS.stream().anyMatch(key::endsWith)) {
      return PHONE;
    }
    if (key.contains("iban")) {
      return IBAN;
    }
    if (key.contains("bankaccount")) {
      return BANK_ACCOUNT;
    }
    if (key.contains("fiscalcode") || key.contains("codicefiscale") || key.endsWith("taxcode")) {
      return FISCAL_CODE;
    }
    if (key.endsWith("dateofbirth") || key.endsWith("birthdate")) {
      return BIRTH_DATE;
    }
    if (POSTCODES.contains(key) || key.endsWith("postcode") || key.endsWith("postalcode")) {
      return POSTCODE;
    }
    return addressKind(key);
  }

  private static @Nullable PersonalDataKind addressKind(String key) {
    if (STREETS.contains(key)) {
      return STREET;
    }
    if (key.matches("(billingaddress|address)?line[2-9]")) {
      return ADDRESS_LINE;
    }
    if (ADDRESS_DETAILS.contains(key)) {
      return ADDRESS_LINE;
    }
    if (SINGLE_LINE_ADDRESSES.contains(key)) {
      return SINGLE_LINE_ADDRESS;
    }
    return null;
  }

  private static boolean isPerson(Iterator<String> siblings, @Nullable String container) {
    while (siblings.hasNext()) {
      if (PERSON_SIBLINGS.contains(normalised(siblings.next()))) {
        return true;
      }
    }
    if (container == null) {
      return false;
    }
    String holder = normalised(container);
    return PERSON_CONTAINERS.stream().anyMatch(holder::contains);
  }

  static String normalised(String name) {
    StringBuilder out = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.append(Character.toLowerCase(c));
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
