package dev.krakenmock.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krakenmock.server.config.ConfigKeys;
import dev.krakenmock.server.config.MockServerConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

class CommandLineOptionsTest {

  private static final Map<String, String> ENVIRONMENT =
      Map.of(ConfigKeys.HOST_ENV, "10.0.0.1", ConfigKeys.PORT_ENV, "4100");

  @TempDir Path directory;

  @Test
  void prefersFlagsOverTheEnvironment() {
    MockServerConfig config =
        parse("--host", "127.0.0.1", "--port", "0").toConfig(ENVIRONMENT, new Properties());

    assertEquals(MockServerConfig.newConfig().host("127.0.0.1").port(0).build(), config);
  }

  @Test
  void fallsBackToTheEnvironmentWithoutFlags() {
    MockServerConfig config = parse().toConfig(ENVIRONMENT, new Properties());

    assertEquals(MockServerConfig.newConfig().host("10.0.0.1").port(4100).build(), config);
  }

  @Test
  void fallsBackToTheDefaultsWithoutFlagsOrEnvironment() {
    MockServerConfig config = parse().toConfig(Map.of(), new Properties());

    assertEquals(MockServerConfig.defaults(), config);
  }

  @Test
  void readsEveryFlag() throws IOException {
    Path schema = Files.writeString(directory.resolve("kraken.graphqls"), "type Query { a: Int }");

    MockServerConfig config =
        parse(
                "--host",
                "127.0.0.1",
                "--port",
                "4321",
                "--seed",
                "42",
                "--locale",
                "en-GB",
                "--schema",
                schema.toString(),
                "--strict",
                "--list-size",
                "5",
                "--connection-size",
                "7",
                "--cors-origins",
                "http://localhost:3000, https://app.example.com",
                "--max-body-bytes",
                "2048",
                "--max-query-depth",
                "9",
                "--max-query-tokens",
                "500",
                "--token-lifetime",
                "15m",
                "--refresh-token-lifetime",
                "P1D")
            .toConfig(Map.of(), new Properties());

    MockServerConfig expected =
        MockServerConfig.newConfig()
            .host("127.0.0.1")
            .port(4321)
            .seed(42)
            .locale(Locale.forLanguageTag("en-GB"))
            .schemaFile(schema)
            .strict(true)
            .listSize(5)
            .connectionSize(7)
            .corsOrigins(List.of("http://localhost:3000", "https://app.example.com"))
            .maxBodyBytes(2048)
            .maxQueryDepth(9)
            .maxQueryTokens(500)
            .tokenLifetime(Duration.ofMinutes(15))
            .refreshTokenLifetime(Duration.ofDays(1))
            .build();
    assertEquals(expected, config);
  }

  @Test
  void readsTheNewSettingsFromTheEnvironment() {
    Map<String, String> environment =
        Map.of(
            ConfigKeys.MAX_QUERY_DEPTH_ENV, "12",
            ConfigKeys.MAX_QUERY_TOKENS_ENV, "900",
            ConfigKeys.TOKEN_LIFETIME_ENV, "PT30M",
            ConfigKeys.REFRESH_TOKEN_LIFETIME_ENV, "2d");

    MockServerConfig config = parse().toConfig(environment, new Properties());

    assertEquals(12, config.maxQueryDepth());
    assertEquals(900, config.maxQueryTokens());
    assertEquals(Duration.ofMinutes(30), config.tokenLifetime());
    assertEquals(Duration.ofDays(2), config.refreshTokenLifetime());
  }

  @Test
  void prefersFlagsOverSystemPropertiesOverTheEnvironment() {
    Map<String, String> environment =
        Map.of(
            ConfigKeys.MAX_QUERY_DEPTH_ENV, "12",
            ConfigKeys.TOKEN_LIFETIME_ENV, "30m",
            ConfigKeys.SEED_ENV, "3");
    Properties properties = new Properties();
    properties.setProperty(ConfigKeys.MAX_QUERY_DEPTH, "13");
    properties.setProperty(ConfigKeys.TOKEN_LIFETIME, "45m");

    MockServerConfig config = parse("--token-lifetime", "2h").toConfig(environment, properties);

    assertEquals(Duration.ofHours(2), config.tokenLifetime());
    assertEquals(13, config.maxQueryDepth());
    assertEquals(3, config.seed());
  }

  @Test
  void ignoresAnInvalidEnvironmentValueThatAFlagReplaces() {
    Properties properties = new Properties();
    properties.setProperty(ConfigKeys.PORT, "not-a-port");

    MockServerConfig config =
        parse("--port", "4001").toConfig(Map.of(ConfigKeys.PORT_ENV, "four"), properties);

    assertEquals(4001, config.port());
  }

  @Test
  void namesTheEnvironmentVariableOfAnInvalidValue() {
    Map<String, String> environment = Map.of(ConfigKeys.TOKEN_LIFETIME_ENV, "forever");

    IllegalArgumentException problem =
        assertThrows(
            IllegalArgumentException.class, () -> parse().toConfig(environment, new Properties()));

    assertTrue(problem.getMessage().contains(ConfigKeys.TOKEN_LIFETIME_ENV), problem.getMessage());
  }

  @ParameterizedTest
  @CsvSource({"PT45M, 45", "45m, 45", "2700s, 45", "1h, 60", "P1D, 1440", "1d, 1440", "90S, 1"})
  void readsIsoAndShortDurations(String value, long minutes) {
    MockServerConfig config = parse("--token-lifetime", value).toConfig(Map.of(), new Properties());

    assertEquals(minutes, config.tokenLifetime().toMinutes());
  }

  @Test
  void turnsStrictnessOffOverTheEnvironment() {
    MockServerConfig config =
        parse("--no-strict").toConfig(Map.of(ConfigKeys.STRICT_ENV, "true"), new Properties());

    assertFalse(config.strict());
  }

  @Test
  void readsTheJournalSizeFromTheFlagOverTheEnvironment() {
    Map<String, String> environment = Map.of(ConfigKeys.JOURNAL_SIZE_ENV, "50");

    assertEquals(MockServerConfig.DEFAULT_JOURNAL_SIZE,
        parse().toConfig(Map.of(), new Properties()).journalSize());
    assertEquals(50, parse().toConfig(environment, new Properties()).journalSize());
    assertEquals(0, parse("--journal-size", "0").toConfig(environment, new Properties())
        .journalSize());
  }

  @Test
  void turnsCorsOff() {
    MockServerConfig config = parse("--cors-origins", "off").toConfig(Map.of(), new Properties());

    assertFalse(config.corsEnabled());
  }

  @Test
  void readsALocaleWrittenWithAnUnderscore() {
    MockServerConfig config = parse("--locale", "it_IT").toConfig(Map.of(), new Properties());

    assertEquals(Locale.forLanguageTag("it-IT"), config.locale());
  }

  @ParameterizedTest
  @CsvSource({
    "--port,              70000,     port must be between 0 and 65535",
    "--list-size,         -1,        list size must be between",
    "--connection-size,   10001,     connection size must be between",
    "--max-body-bytes,    0,         max body bytes must be between",
    "--max-query-depth,   0,         max query depth must be between",
    "--max-query-tokens,  0,         max query tokens must be between",
    "--journal-size,      -1,        journal size must be between",
    "--token-lifetime,    forever,   not a duration: 'forever'",
    "--token-lifetime,    -PT1H,     token lifetimes must not be negative",
    "--refresh-token-lifetime, 7 weeks, not a duration",
    "--locale,            '!!',      is not a language tag",
    "--host,              ' ',       host must not be blank",
    "--schema,            missing.graphqls, does not exist"
  })
  void namesTheFlagOfAnInvalidValue(String flag, String value, String problem) {
    InvalidFlagException invalid =
        assertThrows(
            InvalidFlagException.class,
            () -> parse(flag, value).toConfig(Map.of(), new Properties()));

    assertTrue(
        invalid.getMessage().startsWith("Invalid value for option '" + flag + "': "),
        invalid.getMessage());
    assertTrue(invalid.getMessage().contains(problem), invalid.getMessage());
  }

  private static CommandLineOptions parse(String... args) {
    CommandLineOptions options = new CommandLineOptions();
    new CommandLine(options).parseArgs(args);
    return options;
  }
}
