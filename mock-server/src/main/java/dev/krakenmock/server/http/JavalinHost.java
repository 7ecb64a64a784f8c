package dev.krakenmock.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.krakenmock.server.config.MockServerConfig;
import dev.krakenmock.server.engine.GraphqlEngine;
import dev.krakenmock.server.engine.EngineResponse;
import dev.krakenmock.server.engine.GraphqlRequest;
import dev.krakenmock.server.engine.Latency;
import dev.krakenmock.server.record.RecordingProxy;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hosts the server's endpoints on Javalin. It holds the whole route table, so every URL the server
 * answers, and how failures outside GraphQL are answered, is listed in this one class. Every
 * answer, even to a failure, is a JSON body without a stack trace, and every path names its methods
 * in {@code Allow} when asked with another one.
 */
public final class JavalinHost {

  /** Path of the GraphQL endpoint, as on the real Kraken API. */
  public static final String GRAPHQL_PATH = GraphqlEndpoint.PATH;

  private static final Logger LOG = LoggerFactory.getLogger(JavalinHost.class);
  private static final String INTERNAL_ERROR_MESSAGE = "Internal server error.";

  // Trailing slashes are ignored, so each path is listed without one.
  private static final Map<String, String> ALLOWED_METHODS =
      Map.of(
          withoutTrailingSlash(GraphqlEndpoint.PATH),
          GraphqlEndpoint.ALLOWED_METHODS,
          GraphqlEndpoint.SHORT_PATH,
          GraphqlEndpoint.ALLOWED_METHODS,
          HealthEndpoint.PATH,
          HealthEndpoint.ALLOWED_METHODS);

  private final Javalin javalin;
  private final java.util.function.LongSupplier requestCount;

  private JavalinHost(Javalin javalin, java.util.function.LongSupplier requestCount) {
    this.javalin = javalin;
    this.requestCount = requestCount;
  }

  /** A host for {@code engine}, bound as {@code config} says once started. */
  public static JavalinHost create(MockServerConfig config, GraphqlEngine engine) {
    return create(config, engine, AdminRoutes.none());
  }

  /** A host for {@code engine} that also answers the admin API of {@code admin}. */
  public static JavalinHost create(MockServerConfig config, GraphqlEngine engine,
      AdminRoutes admin) {
    return create(config, () -> engine, admin);
  }

  /**
   * A host whose engine is still being built: the host can start listening meanwhile, and
   * requests wait for the engine. Start-up takes the longer of the two, not their sum.
   */
  public static JavalinHost create(MockServerConfig config,
      java.util.function.Supplier<GraphqlEngine> engine, AdminRoutes admin) {
    return create(config, new GraphqlExecutor() {
      @Override
      public Map<String, Object> execute(GraphqlRequest request) {
        return engine.get().execute(request);
      }

      @Override
      public EngineResponse respond(GraphqlRequest request) {
        return engine.get().respond(request);
      }

      @Override
      public long stateVersion() {
        return engine.get().stateVersion();
      }
    }, admin);
  }

  static JavalinHost create(MockServerConfig config, GraphqlExecutor executor) {
    return create(config, executor, AdminRoutes.none());
  }

  static JavalinHost create(MockServerConfig config, GraphqlExecutor executor,
      AdminRoutes admin) {
    ObjectMapper mapper = WireFormat.newObjectMapper();
    JsonResponder responder = new JsonResponder(mapper);
    GraphqlEndpoint graphql =
        new GraphqlEndpoint(
            executor,
            new GraphqlRequestReader(mapper),
            responder,
            new BodyLimit(config.maxBodyBytes()),
            PlaygroundPage.fromClasspath(),
            config.latency().isBlank() ? Latency.none()
                : Latency.parse(config.latency(), config.seed()),
            admin.journal());
    RecordingProxy.forConfig(config).ifPresent(graphql::recordThrough);
    Endpoints endpoints =
        new Endpoints(
            graphql,
            new HealthEndpoint(responder),
            CorsPolicy.allowing(config.corsOrigins()),
            responder,
            admin);
    return new JavalinHost(
        Javalin.create(javalinConfig -> configure(javalinConfig, config, endpoints)),
        graphql::requestCount);
  }

  /** How many GraphQL requests the host has answered, to tell a busy server from an idle one. */
  public long requestCount() {
    return requestCount.getAsLong();
  }

  private static void configure(
      JavalinConfig javalinConfig, MockServerConfig config, Endpoints endpoints) {
    javalinConfig.jetty.host = config.host();
    javalinConfig.jetty.port = config.port();
    javalinConfig.startup.showJavalinBanner = false;
    javalinConfig.startup.showOldJavalinVersionWarning = false;
    javalinConfig.http.prefer405over404 = true;
    javalinConfig.router.ignoreTrailingSlashes = true;
    javalinConfig.router.javaLangErrorHandler(JavalinHost::internalError);
    javalinConfig.jetty.modifyServer(server -> server.setErrorHandler(new JettyJsonErrorHandler()));
    routes(javalinConfig.routes, endpoints);
    errors(javalinConfig.routes, endpoints.responder());
  }

  private static void routes(RoutesConfig routes, Endpoints endpoints) {
    CorsPolicy cors = endpoints.cors();
    routes.before(cors::addResponseHeaders);
    // HEAD runs the GET handler, whose body Jetty then leaves out, so that both send equal headers.
    for (String path : new String[] {GraphqlEndpoint.PATH, GraphqlEndpoint.SHORT_PATH}) {
      routes.post(path, endpoints.graphql()::handlePost);
      routes.get(path, endpoints.graphql()::handleGet);
      routes.head(path, endpoints.graphql()::handleGet);
      routes.options(path, context -> cors.answerOptions(context, GraphqlEndpoint.ALLOWED_METHODS));
    }
    routes.get(HealthEndpoint.PATH, endpoints.health()::handleGet);
    routes.head(HealthEndpoint.PATH, endpoints.health()::handleGet);
    routes.options(
        HealthEndpoint.PATH,
        context -> cors.answerOptions(context, HealthEndpoint.ALLOWED_METHODS));
    endpoints.admin().register(routes, endpoints.responder());
  }

  private static void errors(RoutesConfig routes, JsonResponder responder) {
    routes.error(
        HttpStatus.NOT_FOUND,
        context -> {
          if (AdminRoutes.answered(context)) {
            // The admin API answered 404 itself (an unknown scenario) and has said why.
            return;
          }
          responder.respondWithError(
              context, HttpStatus.NOT_FOUND, "No endpoint at " + context.path() + ".");
        });
    routes.error(HttpStatus.METHOD_NOT_ALLOWED, context -> methodNotAllowed(context, responder));
    routes.exception(
        HttpResponseException.class,
        (exception, context) -> javalinRefusal(exception, context, responder));
    routes.exception(
        Exception.class, (exception, context) -> internalError(exception, context, responder));
  }

  private static void javalinRefusal(
      HttpResponseException exception, Context context, JsonResponder responder) {
    HttpStatus status = HttpStatus.forStatus(exception.getStatus());
    if (status == HttpStatus.UNKNOWN) {
      internalError(exception, context, responder);
      return;
    }
    responder.respondWithError(context, status, exception.getMessage());
  }

  private static void methodNotAllowed(Context context, JsonResponder responder) {
    if (context.res().getHeader(Header.ALLOW) != null) {
      // The endpoint refused the request itself and has said why.
      return;
    }
    String allowed = ALLOWED_METHODS.get(withoutTrailingSlash(context.path()));
    String message = "Method " + context.method() + " is not allowed at " + context.path();
    if (allowed == null) {
      responder.respondWithError(context, HttpStatus.METHOD_NOT_ALLOWED, message + ".");
      return;
    }
    context.header(Header.ALLOW, allowed);
    responder.respondWithError(
        context, HttpStatus.METHOD_NOT_ALLOWED, message + "; use " + allowed + ".");
  }

  private static void internalError(Exception exception, Context context, JsonResponder responder) {
    LOG.error("Request {} {} failed", context.method(), context.path(), exception);
    responder.respondWithError(context, HttpStatus.INTERNAL_SERVER_ERROR, INTERNAL_ERROR_MESSAGE);
  }

  // For errors such as StackOverflowError, which Javalin hands over without its Context.
  private static void internalError(HttpServletResponse response, Error error) {
    LOG.error("Request failed", error);
    if (response.isCommitted()) {
      return;
    }
    try {
      response.reset();
      response.setStatus(HttpStatus.INTERNAL_SERVER_ERROR.getCode());
      response.setContentType(ResponseMediaType.JSON.contentType());
      response
          .getOutputStream()
          .write(JsonResponder.errorBody(INTERNAL_ERROR_MESSAGE).getBytes(StandardCharsets.UTF_8));
    } catch (IOException | IllegalStateException e) {
      LOG.warn("Could not report the failure to the client", e);
    }
  }

  private static String withoutTrailingSlash(String path) {
    return path.length() > 1 && path.endsWith("/")
        ? withoutTrailingSlash(path.substring(0, path.length() - 1))
        : path;
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

  private record Endpoints(
      GraphqlEndpoint graphql, HealthEndpoint health, CorsPolicy cors, JsonResponder responder,
      AdminRoutes admin) {}
}
