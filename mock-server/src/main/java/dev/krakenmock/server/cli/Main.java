package dev.krakenmock.server.cli;

import dev.krakenmock.server.MockServer;
import dev.krakenmock.server.config.MockServerConfig;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Runs the mock server from the command line until the process is stopped. */
@Command(
    name = "kraken-mock",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersionProvider.class,
    description = "In-memory mock of the Kraken GraphQL API of Octopus Energy Italy.")
public final class Main implements Callable<Integer> {

  private static final int STARTUP_FAILED = 1;

  @Mixin private CommandLineOptions options = new CommandLineOptions();

  /** Starts the server with the given flags; exits with a non-zero status if it cannot. */
  public static void main(String[] args) {
    int exitCode = new CommandLine(new Main()).execute(args);
    if (exitCode != 0) {
      System.exit(exitCode);
    }
  }

  @Override
  public Integer call() throws InterruptedException {
    MockServer server;
    try {
      MockServerConfig config = options.toConfig(System.getenv(), System.getProperties());
      server = MockServer.create(config).start();
    } catch (RuntimeException e) {
      // A user-facing tool: the reason, not a stack trace.
      System.err.println("kraken-mock could not start: " + e.getMessage());
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
    stopped.await();
    return 0;
  }
}
