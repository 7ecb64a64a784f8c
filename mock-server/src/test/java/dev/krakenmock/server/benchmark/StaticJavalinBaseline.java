package dev.krakenmock.server.benchmark;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The benchmark's baseline: a bare Javalin app that answers {@code POST /v1/graphql/} with the
 * same bytes every time, read once from a file holding the mock's answer to the benchmark query.
 * It measures what Javalin and Jetty cost on this machine, so the mock's numbers can be read as a
 * share of it. It lives in test scope so that it ships in no jar; {@code
 * mock-server/benchmark/run.sh} starts it with the test classpath.
 *
 * <p>Usage: {@code StaticJavalinBaseline PORT RESPONSE_JSON_FILE}
 */
public final class StaticJavalinBaseline {

  private static final String PATH = "/v1/graphql/";
  private static final String HOST = "127.0.0.1";

  private StaticJavalinBaseline() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("Usage: StaticJavalinBaseline PORT RESPONSE_JSON_FILE");
    }
    int port = Integer.parseInt(args[0]);
    byte[] response = Files.readAllBytes(Path.of(args[1]));
    Javalin app =
        Javalin.create(
            config -> {
              config.jetty.host = HOST;
              config.jetty.port = port;
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              config.routes.post(
                  PATH, context -> context.contentType("application/json").result(response));
            });
    app.start();
    // run.sh times start-up until this line, as it does for the mock's own.
    System.out.println("baseline listening on http://" + HOST + ":" + app.port() + PATH);
  }
}
