package dev.krakenmock.server.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MockServerConfigTest {

  @Test
  void listensOnEveryInterfaceAtPort4000ByDefault() {
    MockServerConfig config = MockServerConfig.defaults();

    assertEquals("0.0.0.0", config.host());
    assertEquals(4000, config.port());
  }

  @Test
  void takesHostAndPortFromTheEnvironment() {
    MockServerConfig config =
        MockServerConfig.newConfig()
            .fromEnvironment(
                Map.of(ConfigKeys.HOST_ENV, "127.0.0.1", ConfigKeys.PORT_ENV, "4100"),
                new Properties())
            .build();

    assertEquals("127.0.0.1", config.host());
    assertEquals(4100, config.port());
  }

  @Test
  void prefersSystemPropertiesOverTheEnvironment() {
    Properties properties = new Properties();
    properties.setProperty(ConfigKeys.PORT, " 4200 ");

    MockServerConfig config =
        MockServerConfig.newConfig()
            .fromEnvironment(Map.of(ConfigKeys.PORT_ENV, "4100"), properties)
            .build();

    assertEquals(4200, config.port());
  }

  @Test
  void ignoresBlankSettings() {
    MockServerConfig config =
        MockServerConfig.newConfig()
            .fromEnvironment(
                Map.of(ConfigKeys.PORT_ENV, " ", ConfigKeys.HOST_ENV, ""), new Properties())
            .build();

    assertEquals(MockServerConfig.defaults(), config);
  }

  @Test
  void namesTheSettingWhenAPortIsNotANumber() {
    MockServerConfig.Builder builder = MockServerConfig.newConfig();
    Map<String, String> environment = Map.of(ConfigKeys.PORT_ENV, "four");

    IllegalArgumentException problem =
        assertThrows(
            IllegalArgumentException.class,
            () -> builder.fromEnvironment(environment, new Properties()));

    assertTrue(problem.getMessage().contains(ConfigKeys.PORT_ENV), problem.getMessage());
    assertTrue(problem.getMessage().contains("'four'"), problem.getMessage());
  }

  @Test
  void rejectsPortsOutsideTheTcpRange() {
    assertThrows(
        IllegalArgumentException.class, () -> MockServerConfig.newConfig().port(-1).build());
    assertThrows(
        IllegalArgumentException.class, () -> MockServerConfig.newConfig().port(65_536).build());
    assertEquals(65_535, MockServerConfig.newConfig().port(65_535).build().port());
    assertEquals(0, MockServerConfig.newConfig().port(0).build().port());
  }

  @Test
  void rejectsABlankHost() {
    assertThrows(
        IllegalArgumentException.class, () -> MockServerConfig.newConfig().host(" ").build());
  }

  @Test
  void copiesWithAnotherPortAndKeepsTheRest() {
    MockServerConfig original = MockServerConfig.newConfig().host("127.0.0.1").build();

    MockServerConfig copy = original.withPort(0);

    assertEquals(MockServerConfig.newConfig().host("127.0.0.1").port(0).build(), copy);
    assertEquals(4000, original.port());
  }

  @Test
  void showsEverySettingButTheUpstreamToken() {
    MockServerConfig config = MockServerConfig.newConfig().seed(7).upstreamToken("secret-token")
        .build();

    String shown = config.toString();

    assertTrue(shown.startsWith("MockServerConfig[host="), shown);
    assertTrue(shown.contains(", seed=7,"), shown);
    assertTrue(shown.contains("upstreamToken=Optional[(hidden)]"), shown);
    assertFalse(shown.contains("secret-token"), shown);
  }
}
