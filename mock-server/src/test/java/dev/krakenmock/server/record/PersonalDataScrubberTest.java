package dev.krakenmock.server.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.krakenmock.server.data.StandInValues;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PersonalDataScrubberTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final StandInValues VALUES = StandInValues.forLocale(Locale.ITALIAN);
  private static final String RESPONSE = """
      {"data": {
        "viewer": {
          "givenName": "Mario", "familyName": "Rossi", "fullName": "Mario Rossi",
          "preferredName": "Mario Rossi", "email": "mario.rossi@example.com",
          "mobile": "+39 347 123 4567", "landline": "+39 02 1234 5678",
          "dateOfBirth": "1985-12-10", "fiscalCode": "RSSMRA85T10A562S", "title": "Sig.",
          "token": "eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl",
          "accounts": [{
            "number": "A-1234ABCD", "balance": 12345, "status": "ACTIVE",
            "createdAt": "2024-01-02T03:04:05.123456+00:00",
            "billingName": "Mario Rossi", "billingEmail": "Mario.Rossi@example.com",
            "address": {"line1": "Via Roma 12", "line2": "Scala B, Interno 4",
              "postcode": "20121", "city": "Milano", "province": "MI"},
            "properties": [{"id": "1001", "address": "Via Roma 12, 20121 Milano MI",
              "electricityMeterPoints": [{"pod": "IT001E12345678"}],
              "gasMeterPoints": [{"pdr": "01234567890123"}]}],
            "paymentMethod": {"iban": "IT60X0542811101000000123456",
              "accountHolder": "Mario Rossi", "bic": "BPMOIT22"}
          }]
        },
        "contactLine": "Write to mario.rossi@example.com or call +39 347 123 4567",
        "holder": {"name": "Mario Rossi"},
        "product": {"name": "Octopus Flex", "code": "FLEX-24"}
      },
      "errors": [{"message": "Mario Rossi (RSSMRA85T10A562S) has no bill", "path": ["viewer"],
        "extensions": {"errorCode": "KT-CT-4123"}}]}
      """;

  private static JsonNode original;
  private static JsonNode scrubbed;

  @BeforeAll
  static void scrub() throws Exception {
    original = JSON.readTree(RESPONSE);
    scrubbed = new PersonalDataScrubber(42, VALUES).scrub(original);
  }

  private static String at(String pointer) {
    return scrubbed.at(pointer).asText();
  }

  @Test
  void replacesNamesKeepingTheFullNameMadeOfTheGivenAndFamilyNames() {
    String given = at("/data/viewer/givenName");
    String family = at("/data/viewer/familyName");
    assertNotEquals("Mario", given);
    assertNotEquals("Rossi", family);
    assertEquals(given + " " + family, at("/data/viewer/fullName"));
  }

  @Test
  void replacesTheSameNameTheSameWayWhereverItIs() {
    String fullName = at("/data/viewer/fullName");
    assertEquals(fullName, at("/data/viewer/preferredName"));
    assertEquals(fullName, at("/data/viewer/accounts/0/billingName"));
    assertEquals(fullName, at("/data/viewer/accounts/0/paymentMethod/accountHolder"));
    assertEquals(fullName, at("/data/holder/name"), "the name of an object holding a person");
    assertEquals(fullName + " (" + at("/data/viewer/fiscalCode") + ") has no bill",
        at("/errors/0/message"));
  }

  @Test
  void replacesEmailsByFieldNameAndInFreeTextAlike() {
    String email = at("/data/viewer/email");
    assertNotEquals("mario.rossi@example.com", email);
    assertTrue(StandInReplacements.EMAIL.matcher(email).matches(), email);
    assertEquals(email, at("/data/viewer/accounts/0/billingEmail"), "case does not matter");
    assertTrue(at("/data/contactLine").startsWith("Write to " + email + " or call +39 347 "),
        at("/data/contactLine"));
  }

  @Test
  void replacesPhoneNumbersKeepingTheirPrefixAndFormat() {
    String mobile = at("/data/viewer/mobile");
    assertNotEquals("+39 347 123 4567", mobile);
    assertTrue(mobile.matches("\\+39 347 \\d{3} \\d{4}"), mobile);
    assertTrue(at("/data/viewer/landline").matches("\\+39 02 \\d{4} \\d{4}"));
    assertTrue(at("/data/contactLine").endsWith(mobile), "the same number in free text");
  }

  @Test
  void replacesAddressesButKeepsCityAndProvince() {
    JsonNode address = scrubbed.at("/data/viewer/accounts/0/address");
    assertNotEquals("Via Roma 12", address.get("line1").asText());
    assertNotEquals("Scala B, Interno 4", address.get("line2").asText());
    assertTrue(address.get("postcode").asText().matches("201\\d\\d"), address.toString());
    assertEquals("Milano", address.get("city").asText());
    assertEquals("MI", address.get("province").asText());
    String singleLine = at("/data/viewer/accounts/0/properties/0/address");
    assertFalse(singleLine.startsWith("Via Roma 12"), singleLine);
    assertTrue(singleLine.matches(".+, 201\\d\\d Milano MI"), singleLine);
  }

  @Test
  void replacesIbanFiscalCodeAndBirthDateWithValidOnes() {
    String iban = at("/data/viewer/accounts/0/paymentMethod/iban");
    assertNotEquals("IT60X0542811101000000123456", iban);
    assertTrue(iban.matches("IT\\d{2}[A-Z]\\d{10}[0-9A-Z]{12}"), iban);
    assertTrue(StandInReplacements.isValidIban(iban), iban);
    String fiscalCode = at("/data/viewer/fiscalCode");
    assertNotEquals("RSSMRA85T10A562S", fiscalCode);
    assertTrue(StandInReplacements.FISCAL_CODE.matcher(fiscalCode).matches(), fiscalCode);
    assertTrue(StandInReplacements.isValidFiscalCode(fiscalCode), fiscalCode);
    String born = at("/data/viewer/dateOfBirth");
    assertTrue(born.matches("1985-\\d\\d-\\d\\d"), born);
    assertNotEquals("1985-12-10", born);
  }

  @Test
  void keepsWhatIsNotPersonal() {
    for (String pointer : new String[] {"/data/viewer/accounts/0/number",
        "/data/viewer/accounts/0/balance", "/data/viewer/accounts/0/status",
        "/data/viewer/accounts/0/createdAt", "/data/viewer/title",
        "/data/viewer/accounts/0/properties/0/id",
        "/data/viewer/accounts/0/properties/0/electricityMeterPoints/0/pod",
        "/data/viewer/accounts/0/properties/0/gasMeterPoints/0/pdr",
        "/data/viewer/accounts/0/paymentMethod/bic", "/data/product/name", "/data/product/code",
        "/errors/0/path", "/errors/0/extensions/errorCode"}) {
      assertEquals(original.at(pointer), scrubbed.at(pointer), pointer);
    }
    assertEquals(12345, scrubbed.at("/data/viewer/accounts/0/balance").intValue());
  }

  @Test
  void dropsTokens() {
    assertFalse(scrubbed.at("/data/viewer").has("token"));
    assertFalse(scrubbed.toString().contains("eyJhbGciOiJIUzI1NiJ9"));
  }

  @Test
  void leavesNoOriginalPersonalValueAnywhere() {
    String all = scrubbed.toString();
    for (String personal : new String[] {"Mario", "Rossi", "mario.rossi", "347 123 4567",
        "1234 5678", "Via Roma", "Interno 4", "20121", "IT60X054", "RSSMRA85T10A562S",
        "1985-12-10"}) {
      assertFalse(all.contains(personal), personal + " in " + all);
    }
    assertTrue(original.toString().contains("Mario Rossi"), "the original is left alone");
  }

  @Test
  void replacesDeterministicallyBySeed() throws Exception {
    JsonNode again = new PersonalDataScrubber(42, StandInValues.forLocale(Locale.ITALIAN))
        .scrub(JSON.readTree(RESPONSE));
    assertEquals(scrubbed, again);
    JsonNode reseeded = new PersonalDataScrubber(7, VALUES).scrub(original);
    assertNotEquals(at("/data/viewer/fullName"), reseeded.at("/data/viewer/fullName").asText());
  }

  @Test
  void replacesTheSameValueTheSameWayInSeparateResponses() throws Exception {
    JsonNode other = new PersonalDataScrubber(42, VALUES).scrub(JSON.readTree("""
        {"data": {"account": {"billingName": "Mario Rossi", "owner": {"email":
          "mario.rossi@example.com", "phone": "+39 347 123 4567"}}}}"""));
    assertEquals(at("/data/viewer/fullName"), other.at("/data/account/billingName").asText());
    assertEquals(at("/data/viewer/email"), other.at("/data/account/owner/email").asText());
    assertEquals(at("/data/viewer/mobile"), other.at("/data/account/owner/phone").asText());
  }

  @Test
  void leavesValuesOfPersonalFieldsThatHoldNoPersonalDataAlone() throws Exception {
    JsonNode kept = new PersonalDataScrubber(42, VALUES).scrub(JSON.readTree("""
        {"data": {"viewer": {"email": "", "mobile": null, "phoneNumberType": "MOBILE",
          "emailVerified": true, "address": null}}}"""));
    assertEquals("{\"data\":{\"viewer\":{\"email\":\"\",\"mobile\":null,"
        + "\"phoneNumberType\":\"MOBILE\",\"emailVerified\":true,\"address\":null}}}",
        kept.toString());
  }
}
