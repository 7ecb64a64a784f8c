package dev.krakenmock.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.krakenmock.server.config.ConfigKeys;
import dev.krakenmock.server.config.MockServerConfig;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CommandLineOptionsTest {

  private static final Map<String, String> ENVIRONMENT =
      Map.of(ConfigKeys.HOST_ENV, "10.0.0.1", ConfigKeys.PORT_ENV, "4100");

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
  void rejectsAPortThatIsNotANumberWithUsageStatus() {
    int exitCode =
        new CommandLine(new Main())
            .setErr(new PrintWriter(Writer.nullWriter()))
            .execute("--port", "abc");

    assertEquals(CommandLine.ExitCode.USAGE, exitCode);
  }

  private static CommandLineOptions parse(String... args) {
    CommandLineOptions options = new CommandLineOptions();
    new CommandLine(options).parseArgs(args);
    return options;
  }
}
