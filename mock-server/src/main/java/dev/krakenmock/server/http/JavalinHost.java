package dev.krakenmock.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.krakenmock.server.config.MockServerConfig;
import dev.krakenmock.server.engine.GraphqlEngine;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hosts the server's endpoints on Javalin. It holds the whole route table, so every URL the server
 * answers, and how failures outside GraphQL are answered, is listed in this one class.
 */
public final class JavalinHost {

  /** Path of the GraphQL endpoint, as on the real Kraken API. */
  public static final String GRAPHQL_PATH = GraphqlEndpoint.PATH;

  private static final Logger LOG = LoggerFactory.getLogger(JavalinHost.class);
  private static final int NOT_FOUND = 404;
  private static final int METHOD_NOT_ALLOWED = 405;

  private final Javalin javalin;

  private JavalinHost(Javalin javalin) {
    this.javalin = javalin;
  }

  /** A host for {@code engine}, bound as {@code config} says once started. */
  public static JavalinHost create(MockServerConfig config, GraphqlEngine engine) {
    ObjectMapper mapper = WireFormat.newObjectMapper();
    JsonResponder responder = new JsonResponder(mapper);
    GraphqlEndpoint graphql =
        new GraphqlEndpoint(engine, new GraphqlRequestReader(mapper), responder);
    HealthEndpoint health = new HealthEndpoint(responder);
    return new JavalinHost(
        Javalin.create(
            javalinConfig -> configure(javalinConfig, config, graphql, health, responder)));
  }

  private static void configure(
      JavalinConfig javalinConfig,
      MockServerConfig config,
      GraphqlEndpoint graphql,
      HealthEndpoint health,
      JsonResponder responder) {
    javalinConfig.jetty.host = config.host();
    javalinConfig.jetty.port = config.port();
    javalinConfig.startup.showJavalinBanner = false;
    javalinConfig.startup.showOldJavalinVersionWarning = false;
    javalinConfig.http.prefer405over404 = true;
    routes(javalinConfig, graphql, health);
    errors(javalinConfig, responder);
  }

  private static void routes(
      JavalinConfig javalinConfig, GraphqlEndpoint graphql, HealthEndpoint health) {
    javalinConfig.routes.post(GraphqlEndpoint.PATH, graphql::handlePost);
    javalinConfig.routes.get(GraphqlEndpoint.PATH, graphql::handleGet);
    javalinConfig.routes.post(GraphqlEndpoint.SHORT_PATH, graphql::handlePost);
    javalinConfig.routes.get(GraphqlEndpoint.SHORT_PATH, graphql::handleGet);
    javalinConfig.routes.get(HealthEndpoint.PATH, health::handleGet);
  }

  private static void errors(JavalinConfig javalinConfig, JsonResponder responder) {
    javalinConfig.routes.error(
        NOT_FOUND,
        context ->
            responder.respondWithError(
                context, NOT_FOUND, "No endpoint at " + context.path() + "."));
    javalinConfig.routes.error(
        METHOD_NOT_ALLOWED,
        context ->
            responder.respondWithError(
                context,
                METHOD_NOT_ALLOWED,
                "Method " + context.method() + " is not allowed at " + context.path() + "."));
    javalinConfig.routes.exception(
        HttpResponseException.class,
        (exception, context) ->
            responder.respondWithError(context, exception.getStatus(), exception.getMessage()));
    javalinConfig.routes.exception(
        Exception.class, (exception, context) -> internalError(exception, context, responder));
  }

  private static void internalError(Exception exception, Context context, JsonResponder responder) {
    LOG.error("Request {} {} failed", context.method(), context.path(), exception);
    responder.respondWithError(
        context, JsonResponder.INTERNAL_SERVER_ERROR, "Internal server error.");
  }

  /** Binds the port and starts answering requests. */
  public void start() {
    javalin.start();
  }

  /** Stops answering and frees the port. */
  public void stop() {
    javalin.stop();
  }

  /** The bound port; meaningful once started. */
  public int port() {
    return javalin.port();
  }
}
