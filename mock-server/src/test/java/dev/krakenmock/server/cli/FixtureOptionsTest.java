package dev.krakenmock.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krakenmock.server.config.ConfigKeys;
import dev.krakenmock.server.config.MockServerConfig;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code --fixtures} and {@code --no-demo-data}, as flags, properties and variables. */
class FixtureOptionsTest {

  private static CommandLineOptions parse(String... args) {
    CommandLineOptions options = new CommandLineOptions();
    new CommandLine(options).parseArgs(args);
    return options;
  }

  @Test
  void demoDataAndNoFolderByDefault() {
    MockServerConfig config = parse().toConfig(Map.of(), new Properties());
    assertTrue(config.demoData());
    assertEquals(Optional.empty(), config.fixtureFolder());
  }

  @Test
  void flagsSetTheFolderAndLeaveOutTheDemoData() {
    MockServerConfig config = parse("--fixtures", "team-fixtures", "--no-demo-data")
        .toConfig(Map.of(ConfigKeys.FIXTURES_ENV, "elsewhere"), new Properties());
    assertEquals(Optional.of(Path.of("team-fixtures")), config.fixtureFolder());
    assertFalse(config.demoData());
  }

  @Test
  void environmentAndPropertiesDoTheSame() {
    Properties properties = new Properties();
    properties.setProperty(ConfigKeys.FIXTURES, "from-property");
    MockServerConfig config = parse().toConfig(
        Map.of(ConfigKeys.FIXTURES_ENV, "from-env", ConfigKeys.NO_DEMO_DATA_ENV, "true"),
        properties);
    assertEquals(Optional.of(Path.of("from-property")), config.fixtureFolder());
    assertFalse(config.demoData());
    assertTrue(parse("--demo-data").toConfig(Map.of(ConfigKeys.NO_DEMO_DATA_ENV, "true"),
        new Properties()).demoData(), "a flag wins over the environment");
  }
}
