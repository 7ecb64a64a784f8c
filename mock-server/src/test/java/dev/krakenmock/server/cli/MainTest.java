package dev.krakenmock.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krakenmock.server.config.ConfigKeys;
import dev.krakenmock.server.config.MockServerConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

class MainTest {

  private static final List<String> FLAGS =
      List.of(
          "--host",
          "--port",
          "--seed",
          "--locale",
          "--schema",
          "--[no-]strict",
          "--list-size",
          "--connection-size",
          "--cors-origins",
          "--max-body-bytes",
          "--max-query-depth",
          "--max-query-tokens",
          "--token-lifetime",
          "--refresh-token-lifetime",
          "--journal-size");

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void listsEveryFlagWithItsVariablesInTheHelp() throws IllegalAccessException {
    int exitCode = run("--help");

    assertEquals(0, exitCode);
    String help = out.toString();
    for (String flag : FLAGS) {
      assertTrue(help.contains(flag), () -> flag + " missing from:\n" + help);
    }
    for (String variable : configKeys()) {
      assertTrue(help.contains(variable), () -> variable + " missing from:\n" + help);
    }
  }

  @Test
  void describesEachFlagsFallbacks() {
    CommandLine commandLine = Main.commandLine();

    for (OptionSpec option : commandLine.getCommandSpec().options()) {
      if (option.usageHelp() || option.versionHelp()) {
        continue;
      }
      String description = String.join(" ", option.description());
      assertTrue(
          description.contains("Falls back to -Dkraken.mock.")
              && description.contains(", then $KRAKEN_MOCK_")
              && description.matches(".*, then [^,]+\\.$"),
          () -> option.longestName() + ": " + description);
    }
  }

  @Test
  void showsTheDefaultTokenLifetimesAsTheConfigHasThem() {
    run("--help");

    assertTrue(out.toString().contains("then 60m."));
    assertTrue(out.toString().contains("then 7d."));
    assertEquals(
        MockServerConfig.DEFAULT_TOKEN_LIFETIME, MockServerConfig.Builder.parseDuration("60m"));
    assertEquals(
        MockServerConfig.DEFAULT_REFRESH_TOKEN_LIFETIME,
        MockServerConfig.Builder.parseDuration("7d"));
  }

  @ParameterizedTest
  @CsvSource({
    "--port,           abc,     'abc' is not an int",
    "--seed,           one,     'one' is not a long",
    "--port,           70000,   port must be between 0 and 65535, was 70000",
    "--list-size,      101,     list size must be between 0 and 100, was 101",
    "--token-lifetime, soon,    not a duration: 'soon'",
    "--schema,         /no/such/kraken.graphqls, does not exist"
  })
  void answersABadValueWithOneLineNamingTheFlag(String flag, String value, String problem) {
    int exitCode = run(flag, value);

    assertEquals(CommandLine.ExitCode.USAGE, exitCode);
    String message = err.toString().strip();
    assertEquals(1, message.lines().count(), message);
    assertTrue(
        message.startsWith("kraken-mock could not start: Invalid value for option '" + flag + "'"),
        message);
    assertTrue(message.contains(problem), message);
    assertEquals("", out.toString());
  }

  @Test
  void answersAnUnknownFlagWithOneLine() {
    int exitCode = run("--prot", "4000");

    assertEquals(CommandLine.ExitCode.USAGE, exitCode);
    String message = err.toString().strip();
    assertEquals(1, message.lines().count(), message);
    assertTrue(message.contains("'--prot'"), message);
    assertFalse(message.contains("Exception"), message);
  }

  private int run(String... args) {
    return Main.commandLine()
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .execute(args);
  }

  /** Every environment variable and system property that {@link ConfigKeys} names. */
  private static List<String> configKeys() throws IllegalAccessException {
    List<String> keys = new ArrayList<>();
    for (Field field : ConfigKeys.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        keys.add((String) field.get(null));
      }
    }
    return keys;
  }
}
