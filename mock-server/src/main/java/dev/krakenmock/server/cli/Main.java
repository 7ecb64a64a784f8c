package dev.krakenmock.server.cli;

import dev.krakenmock.server.MockServer;
import dev.krakenmock.server.config.MockServerConfig;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Runs the mock server from the command line until the process is stopped. */
@Command(
    name = "kraken-mock",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersionProvider.class,
    sortOptions = false,
    description = "In-memory mock of the Kraken GraphQL API of Octopus Energy Italy.",
    footer = {
      "",
      "Each flag wins over its system property (-D...), which wins over its environment"
          + " variable ($...), which wins over the default."
    })
public final class Main implements Callable<Integer> {

  private static final int STARTUP_FAILED = 1;
  private static final String FAILURE_PREFIX = "kraken-mock could not start: ";

  @Mixin private CommandLineOptions options = new CommandLineOptions();

  @Spec private CommandSpec spec = CommandSpec.create();

  /** Starts the server with the given flags; exits with a non-zero status if it cannot. */
  public static void main(String[] args) {
    int exitCode = commandLine().execute(args);
    if (exitCode != 0) {
      System.exit(exitCode);
    }
  }

  /** The command, answering a bad flag with one line instead of the whole usage text. */
  static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new Main());
    commandLine.setParameterExceptionHandler(Main::reportInvalidInput);
    return commandLine;
  }

  private static int reportInvalidInput(ParameterException problem, String[] args) {
    CommandLine commandLine = problem.getCommandLine();
    commandLine.getErr().println(FAILURE_PREFIX + problem.getMessage());
    return commandLine.getCommandSpec().exitCodeOnInvalidInput();
  }

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    MockServer server;
    MockServerConfig config;
    try {
      config = options.toConfig(System.getenv(), System.getProperties());
      server = MockServer.create(config).start();
    } catch (InvalidFlagException e) {
      err.println(FAILURE_PREFIX + e.getMessage());
      return spec.exitCodeOnInvalidInput();
    } catch (RuntimeException e) {
      // A user-facing tool: the reason, not a stack trace.
      err.println(FAILURE_PREFIX + e.getMessage());
      return STARTUP_FAILED;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.stop();
                  stopped.countDown();
                },
                "kraken-mock-shutdown"));
    System.out.println("kraken-mock listening on " + server.graphqlUrl());
    config.recordFrom().ifPresent(upstream -> System.out.println("kraken-mock recording from "
        + upstream + " into " + config.recordTo().toAbsolutePath().normalize()));
    stopped.await();
    return 0;
  }
}
