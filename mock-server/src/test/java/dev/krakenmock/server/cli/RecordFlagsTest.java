package dev.krakenmock.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krakenmock.server.config.ConfigKeys;
import dev.krakenmock.server.config.MockServerConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

class RecordFlagsTest {

  private static CommandLineOptions parse(String... args) {
    CommandLineOptions options = new CommandLineOptions();
    new CommandLine(options).parseArgs(args);
    return options;
  }

  @Test
  void readsTheRecordFlags() {
    MockServerConfig config = parse("--record-from", "https://api.oeit-kraken.energy/v1/graphql/",
        "--token", "abc", "--record-to", "recordings").toConfig(Map.of(), new Properties());

    assertEquals(Optional.of(URI.create("https://api.oeit-kraken.energy/v1/graphql/")),
        config.recordFrom());
    assertEquals(Optional.of("abc"), config.upstreamToken());
    assertEquals(Path.of("recordings"), config.recordTo());
  }

  @Test
  void fallsBackToTheEnvironmentAndToTheDefaultFolder() {
    MockServerConfig config = parse().toConfig(Map.of(
        ConfigKeys.RECORD_FROM_ENV, "http://localhost:4001/v1/graphql/",
        ConfigKeys.TOKEN_ENV, "JWT xyz"), new Properties());

    assertEquals(Optional.of(URI.create("http://localhost:4001/v1/graphql/")),
        config.recordFrom());
    assertEquals(Optional.of("JWT xyz"), config.upstreamToken());
    assertEquals(Path.of(MockServerConfig.DEFAULT_RECORD_TO), config.recordTo());
    assertEquals(Optional.empty(), MockServerConfig.defaults().recordFrom());
  }

  @ParameterizedTest
  @CsvSource({
    "ftp://kraken.example/graphql,      must be an http(s) URL",
    "localhost:4000/v1/graphql/,        must be an http(s) URL",
    "/v1/graphql/,                      not an absolute URL",
    "'http://kraken example/graphql',   not a URL"
  })
  void refusesARecordFromThatIsNoHttpUrlWithOneLine(String value, String problem) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = Main.commandLine().setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true)).execute("--record-from", value);

    assertEquals(CommandLine.ExitCode.USAGE, exitCode);
    String message = err.toString().strip();
    assertEquals(1, message.lines().count(), message);
    assertTrue(message.startsWith(
        "kraken-mock could not start: Invalid value for option '--record-from'"), message);
    assertTrue(message.contains(problem), message);
    assertEquals("", out.toString());
  }
}
