package dev.krakenmock.server.benchmark;

import dev.krakenmock.schema.sdl.GeneratedSchema;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.MockedWiringFactory;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * The benchmark's baseline: a bare Javalin app that answers {@code POST /v1/graphql/} with the
 * same bytes every time, read once from a file holding the mock's answer to the benchmark query.
 * It measures what Javalin and Jetty cost on this machine, so the mock's numbers can be read as a
 * share of it. It lives in test scope so that it ships in no jar; {@code
 * mock-server/benchmark/run.sh} starts it with the test classpath.
 *
 * <p>With {@code --build-schema} it is the floor of any graphql-java server of the Kraken schema:
 * before it says it is listening, it also parses the embedded SDL and builds an executable schema
 * from it (with graphql-java's mocked wiring), on another thread while Javalin starts, as the mock
 * does. It still answers with the static bytes: no query is parsed or executed.
 *
 * <p>Usage: {@code StaticJavalinBaseline PORT RESPONSE_JSON_FILE [--build-schema]}
 */
public final class StaticJavalinBaseline {

  private static final String PATH = "/v1/graphql/";
  private static final String HOST = "127.0.0.1";
  private static final String BUILD_SCHEMA = "--build-schema";

  private StaticJavalinBaseline() {}

  public static void main(String[] args) throws IOException {
    boolean buildSchema = args.length == 3 && args[2].equals(BUILD_SCHEMA);
    if (args.length != 2 && !buildSchema) {
      throw new IllegalArgumentException(
          "Usage: StaticJavalinBaseline PORT RESPONSE_JSON_FILE [" + BUILD_SCHEMA + "]");
    }
    CompletableFuture<GraphQLSchema> schema = buildSchema
        ? CompletableFuture.supplyAsync(StaticJavalinBaseline::krakenSchema)
        : CompletableFuture.completedFuture(null);
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
    GraphQLSchema built = schema.join();
    String what = built == null ? "" : " (schema of " + built.getAllTypesAsList().size() + " types)";
    // run.sh times start-up until this line, as it does for the mock's own.
    System.out.println("baseline" + what + " listening on http://" + HOST + ":" + app.port() + PATH);
  }

  private static GraphQLSchema krakenSchema() {
    return new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(GeneratedSchema.sdl()),
        RuntimeWiring.newRuntimeWiring().wiringFactory(new MockedWiringFactory()).build());
  }
}
