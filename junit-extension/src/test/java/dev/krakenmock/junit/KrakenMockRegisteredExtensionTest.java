package dev.krakenmock.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The extension registered in code, with settings the annotation does not have. */
class KrakenMockRegisteredExtensionTest {

  @RegisterExtension
  static final KrakenMockExtension MOCK = KrakenMockExtension.newInstance()
      .seed(7)
      .auth(false)
      .configure(config -> config.maxQueryDepth(2))
      .build();

  @Test
  void appliesTheSettingsOfTheBuilder(KrakenMockServer server) {
    JsonNode shallow = server.post("query Account($n: String!) { account(accountNumber: $n) {"
        + " number } }", Map.of("n", "A-1"));
    assertEquals("A-1", shallow.at("/data/account/number").asText(), shallow.toString());

    JsonNode deep = server.post("{ account(accountNumber: \"A-1\") { address { city } } }");
    assertEquals("", deep.at("/data/account/number").asText(), deep.toString());
    assertEquals(true, deep.path("errors").isArray(), deep.toString());
  }
}
