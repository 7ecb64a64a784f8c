package dev.krakenmock.contract.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts the mock server's jar as a separate process on a free loopback port, as a sidecar runs it,
 * and stops it on {@link #close()}. The suite knows the mock only by its jar, its start-up line and
 * its health endpoint.
 */
final class LocalServerLauncher implements AutoCloseable {

  private static final Pattern LISTENING =
      Pattern.compile("kraken-mock listening on (http://\\S+/v1/graphql/)");
  private static final String GRAPHQL_PATH = "/v1/graphql/";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);
  private static final int OUTPUT_LINES_KEPT = 40;

  private final Process process;
  private final String graphqlUrl;
  private final Thread killOnExit;

  private LocalServerLauncher(Process process, String graphqlUrl, Thread killOnExit) {
    this.process = process;
    this.graphqlUrl = graphqlUrl;
    this.killOnExit = killOnExit;
  }

  /**
   * Starts {@code java -jar <jar> --host 127.0.0.1 --port 0}, waits for its start-up line and its
   * health endpoint, and copies its output to {@code log}.
   */
  static LocalServerLauncher start(Path jar, Path log) {
    if (!Files.isRegularFile(jar)) {
      throw new TargetUnavailableException(
          "The mock server's jar is not at "
              + jar.toAbsolutePath().normalize()
              + ". Build it with `mvn -B -DskipTests package -pl mock-server -am`, set -D"
              + SuiteSetting.MOCK_JAR.property()
              + "=<jar>, or judge a running server with -D"
              + SuiteSetting.URL.property()
              + "=<url>.");
    }
    Process process = launch(jar);
    Thread killOnExit = new Thread(process::destroyForcibly, "kraken-mock-killer");
    Runtime.getRuntime().addShutdownHook(killOnExit);
    List<String> lastLines = new ArrayList<>();
    CompletableFuture<String> url = new CompletableFuture<>();
    Thread reader =
        new Thread(() -> copyOutput(process, log, lastLines, url), "kraken-mock-output");
    reader.setDaemon(true);
    reader.start();
    LocalServerLauncher launcher =
        new LocalServerLauncher(process, awaitUrl(process, url, lastLines), killOnExit);
    try {
      launcher.awaitHealth();
    } catch (RuntimeException notHealthy) {
      launcher.close();
      throw notHealthy;
    }
    return launcher;
  }

  String graphqlUrl() {
    return graphqlUrl;
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException interrupted) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    try {
      Runtime.getRuntime().removeShutdownHook(killOnExit);
    } catch (IllegalStateException alreadyShuttingDown) {
      // The hook runs anyway and finds the process gone.
    }
  }

  private static Process launch(Path jar) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(
                java, "-jar", jar.toAbsolutePath().toString(), "--host", "127.0.0.1", "--port", "0")
            .redirectErrorStream(true);
    try {
      return builder.start();
    } catch (IOException e) {
      throw new TargetUnavailableException(
          "Cannot start " + String.join(" ", builder.command()), e);
    }
  }

  private static void copyOutput(
      Process process, Path log, List<String> lastLines, CompletableFuture<String> url) {
    try (BufferedReader out =
            new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        Writer copy = Files.newBufferedWriter(createParent(log), StandardCharsets.UTF_8)) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        copy.write(line + System.lineSeparator());
        copy.flush();
        remember(lastLines, line);
        Matcher listening = LISTENING.matcher(line);
        if (listening.find()) {
          url.complete(listening.group(1));
        }
      }
    } catch (IOException e) {
      url.completeExceptionally(e);
    }
    url.completeExceptionally(new IOException("the mock server's output ended"));
  }

  private static Path createParent(Path log) throws IOException {
    Path parent = log.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    return log;
  }

  private static void remember(List<String> lastLines, String line) {
    synchronized (lastLines) {
      lastLines.add(line);
      if (lastLines.size() > OUTPUT_LINES_KEPT) {
        lastLines.remove(0);
      }
    }
  }

  private static String awaitUrl(
      Process process, CompletableFuture<String> url, List<String> lastLines) {
    try {
      return url.get(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      process.destroyForcibly();
      throw new TargetUnavailableException(
          "The mock server did not print `kraken-mock listening on …` within "
              + START_TIMEOUT.toSeconds()
              + " s; its last output:\n"
              + snapshot(lastLines),
          e);
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new TargetUnavailableException("Interrupted while the mock server started", e);
    }
  }

  private static String snapshot(List<String> lastLines) {
    synchronized (lastLines) {
      return String.join("\n", lastLines);
    }
  }

  private void awaitHealth() {
    URI health =
        URI.create(
            graphqlUrl.substring(0, graphqlUrl.length() - GRAPHQL_PATH.length()) + "/health");
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest request = HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).build();
    Instant deadline = Instant.now().plus(HEALTH_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new TargetUnavailableException("The mock server exited before it was healthy");
      }
      if (isUp(client, request)) {
        return;
      }
      pause();
    }
    throw new TargetUnavailableException(
        health + " did not answer UP within " + HEALTH_TIMEOUT.toSeconds() + " s");
  }

  private static boolean isUp(HttpClient client, HttpRequest request) {
    try {
      HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
      return answer.statusCode() == 200 && answer.body().contains("UP");
    } catch (IOException notYet) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TargetUnavailableException("Interrupted while waiting for the mock's health", e);
    }
  }

  private static void pause() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
