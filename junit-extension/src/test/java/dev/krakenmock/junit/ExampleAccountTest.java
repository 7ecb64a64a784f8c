package dev.krakenmock.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The README's example: log in, read an account of the demo data set, make it fail with a Kraken
 * error for this test only, and check what the journal saw.
 */
@KrakenMock
class ExampleAccountTest {

  private static final String ACCOUNT = """
      query Account($number: String!) {
        account(accountNumber: $number) { number balance }
      }""";

  @Test
  void showsAnOverdueBalanceThenANotFoundError(KrakenMockServer server, KrakenMockAdmin admin) {
    server.login();
    JsonNode account = server.post(ACCOUNT, Map.of("number", "A-DE000002"));
    assertEquals(-18450, account.at("/data/account/balance").asInt());

    // Applies to this test's requests only, and is removed when the test ends.
    admin.scenarios().load("""
        {"id": "account-gone",
         "match": {"operationName": "Account", "variables": {"number": "A-DE000002"}},
         "outcome": {"errors": [{"path": "account", "code": "KT-CT-4178"}]}}""");
    JsonNode gone = server.post(ACCOUNT, Map.of("number", "A-DE000002"));
    assertEquals("KT-CT-4178", gone.at("/errors/0/extensions/errorCode").asText());
    assertTrue(gone.at("/data/account").isNull());

    JournalFilter accountCalls = JournalFilter.any().operationName("Account")
        .variable("number", "A-DE000002");
    assertEquals(2, admin.journal().count(accountCalls));
    JsonNode latest = admin.journal().requests(accountCalls.limit(1)).get(0);
    assertEquals("account-gone", latest.path("scenario").asText());
    assertEquals("KT-CT-4178", latest.at("/errorCodes/0").asText());
  }
}
