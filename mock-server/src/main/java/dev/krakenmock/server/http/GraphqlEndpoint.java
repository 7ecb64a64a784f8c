package dev.krakenmock.server.http;

import dev.krakenmock.server.engine.EngineResponse;
import dev.krakenmock.server.engine.GraphqlRequest;
import dev.krakenmock.server.engine.Latency;
import dev.krakenmock.server.journal.AnswerSummary;
import dev.krakenmock.server.journal.DisabledRequestJournal;
import dev.krakenmock.server.journal.RequestJournal;
import dev.krakenmock.server.record.RecordingProxy;
import dev.krakenmock.server.record.UpstreamRequest;
import dev.krakenmock.server.record.UpstreamResponse;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The GraphQL endpoint, as GraphQL over HTTP specifies it. {@code POST} takes a UTF-8 {@code
 * application/json} body and runs any operation; {@code GET} takes URL parameters and runs queries
 * only. The response is {@code application/graphql-response+json} or {@code application/json},
 * whichever {@code Accept} prefers; see {@link ResponseMediaType} for how their status codes
 * differ. A browser that opens the endpoint gets the playground instead. In record mode the
 * request goes, as sent, to the upstream instance, whose answer is handed back unchanged.
 */
final class GraphqlEndpoint {

  static final String PATH = "/v1/graphql/";
  static final String SHORT_PATH = "/graphql";
  static final String ALLOWED_METHODS = "GET, HEAD, POST, OPTIONS";

  private static final String SAFE_METHODS_ONLY_ALLOW = "POST";
  private static final String ACCEPT_POST = "Accept-Post";
  private static final String JSON = "application/json";

  private final GraphqlExecutor executor;
  private final GraphqlRequestReader reader;
  private final JsonResponder responder;
  private final BodyLimit bodyLimit;
  private final PlaygroundPage playground;
  private final ResponseCache cache = new ResponseCache();
  private final java.util.concurrent.atomic.AtomicLong requests =
      new java.util.concurrent.atomic.AtomicLong();
  private final Latency latency;
  private final JavalinFaultInjector faults = new JavalinFaultInjector();
  private final java.time.Clock clock = java.time.Clock.systemUTC();
  private final JournalRecorder journal;
  // Set once, before the host starts, in record mode.
  private @Nullable RecordingProxy recording;

  GraphqlEndpoint(
      GraphqlExecutor executor,
      GraphqlRequestReader reader,
      JsonResponder responder,
      BodyLimit bodyLimit,
      PlaygroundPage playground,
      Latency latency) {
    this(executor, reader, responder, bodyLimit, playground, latency,
        new DisabledRequestJournal());
  }

  GraphqlEndpoint(
      GraphqlExecutor executor,
      GraphqlRequestReader reader,
      JsonResponder responder,
      BodyLimit bodyLimit,
      PlaygroundPage playground,
      Latency latency,
      RequestJournal journal) {
    this.journal = new JournalRecorder(journal, clock);
    this.latency = latency;
    this.executor = executor;
    this.reader = reader;
    this.responder = responder;
    this.bodyLimit = bodyLimit;
    this.playground = playground;
  }

  void handlePost(Context context) {
    try {
      post(context);
    } finally {
      journal.refusedUnlessAnswered(context);
    }
  }

  /** Record mode: every request goes to {@code proxy}'s upstream instead of the engine. */
  void recordThrough(RecordingProxy proxy) {
    this.recording = proxy;
  }

  private void post(Context context) {
    if (recording != null) {
      forwardPost(context, recording);
      return;
    }
    Optional<ResponseMediaType> mediaType = negotiate(context, accept(context));
    if (mediaType.isEmpty()) {
      return;
    }
    String contentTypeProblem = contentTypeProblem(context.header(Header.CONTENT_TYPE));
    if (contentTypeProblem != null) {
      context.header(ACCEPT_POST, JSON);
      responder.respondWithError(
          context, HttpStatus.UNSUPPORTED_MEDIA_TYPE, mediaType.get(), contentTypeProblem);
      return;
    }
    Optional<byte[]> body;
    try {
      body = bodyLimit.read(context);
    } catch (IOException e) {
      responder.respondWithError(
          context, HttpStatus.BAD_REQUEST, mediaType.get(), "Request body could not be read.");
      return;
    }
    if (body.isEmpty()) {
      responder.respondWithError(
          context,
          HttpStatus.CONTENT_TOO_LARGE,
          mediaType.get(),
          "Request body is larger than the limit of " + bodyLimit.maxBytes() + " bytes.");
      return;
    }
    DecodedRequest decoded = reader.fromJsonBody(body.get());
    if (decoded instanceof DecodedRequest.Rejected rejected) {
      responder.respondWithError(
          context, HttpStatus.BAD_REQUEST, mediaType.get(), rejected.message());
      return;
    }
    execute(context, mediaType.get(), ((DecodedRequest.Accepted) decoded).request());
  }

  void handleGet(Context context) {
    try {
      get(context);
    } finally {
      journal.refusedUnlessAnswered(context);
    }
  }

  private void get(Context context) {
    AcceptHeader accept = accept(context);
    if (context.queryParam(GraphqlRequestReader.QUERY) == null && accept.names("text", "html")) {
      VaryHeader.add(context, Header.ACCEPT);
      playground.serve(context);
      return;
    }
    if (recording != null) {
      relay(context, recording.forward(
          UpstreamRequest.get(context.queryString(), headersOf(context))));
      return;
    }
    Optional<ResponseMediaType> mediaType = negotiate(context, accept);
    if (mediaType.isEmpty()) {
      return;
    }
    DecodedRequest decoded =
        reader.fromQueryParameters(
            context.queryParam(GraphqlRequestReader.QUERY),
            context.queryParam(GraphqlRequestReader.OPERATION_NAME),
            context.queryParam(GraphqlRequestReader.VARIABLES),
            context.queryParam(GraphqlRequestReader.EXTENSIONS));
    if (decoded instanceof DecodedRequest.Rejected rejected) {
      responder.respondWithError(
          context, HttpStatus.BAD_REQUEST, mediaType.get(), rejected.message());
      return;
    }
    GraphqlRequest request = ((DecodedRequest.Accepted) decoded).request();
    Optional<OperationType> operation =
        OperationTypeFinder.find(request.query(), request.operationName());
    if (operation.isPresent() && operation.get() != OperationType.QUERY) {
      String kind = operation.get().name().toLowerCase(Locale.ROOT);
      context.header(Header.ALLOW, SAFE_METHODS_ONLY_ALLOW);
      responder.respondWithError(
          context,
          HttpStatus.METHOD_NOT_ALLOWED,
          mediaType.get(),
          "GET can only run queries; send this " + kind + " with POST.");
      return;
    }
    execute(context, mediaType.get(), request);
  }

  private void execute(Context context, ResponseMediaType mediaType, GraphqlRequest decoded) {
    requests.incrementAndGet();
    GraphqlRequest request = decoded.withHeaders(headersOf(context));
    pause(latency.delayFor(request));
    ResponseCache.Key key = ResponseCache.Key.of(mediaType, request, executor.stateVersion());
    ResponseCache.Entry cached = cache.get(key, clock.instant());
    if (cached != null) {
      journal.answered(context, request, cached.status().getCode(), cached.summary(), true);
      responder.respondBytes(context, cached.status(), mediaType, cached.body());
      return;
    }
    EngineResponse answer = executor.respond(request);
    AnswerSummary summary = journal.summaryOf(answer);
    if (answer.fault().isPresent()) {
      journal.answered(context, request, answer.fault().get().status(), summary, false);
      faults.carryOut(context, mediaType, answer.fault().get());
      return;
    }
    Map<String, Object> response = answer.body();
    HttpStatus status = mediaType.statusOf(response);
    journal.answered(context, request, status.getCode(), summary, false);
    byte[] bytes = responder.serialize(response);
    if (bytes == null) {
      responder.respond(context, status, mediaType, response);
      return;
    }
    answer.cacheableUntil().ifPresent(until ->
        cache.put(key, new ResponseCache.Entry(status, bytes, until, summary)));
    responder.respondBytes(context, status, mediaType, bytes);
  }

  /** The body goes upstream as sent, within the body limit. */
  private void forwardPost(Context context, RecordingProxy proxy) {
    Optional<byte[]> body;
    try {
      body = bodyLimit.read(context);
    } catch (IOException e) {
      responder.respondWithError(
          context, HttpStatus.BAD_REQUEST, "Request body could not be read.");
      return;
    }
    if (body.isEmpty()) {
      responder.respondWithError(context, HttpStatus.CONTENT_TOO_LARGE,
          "Request body is larger than the limit of " + bodyLimit.maxBytes() + " bytes.");
      return;
    }
    relay(context, proxy.forward(UpstreamRequest.post(body.get(), headersOf(context))));
  }

  /** The upstream's status, content type and body, unchanged. */
  private void relay(Context context, UpstreamResponse answer) {
    requests.incrementAndGet();
    journal.relayed(context, answer.status());
    context.status(answer.status());
    if (answer.contentType() != null) {
      context.contentType(answer.contentType());
    }
    context.result(answer.body());
  }

  /** The configured latency, on cached answers too, as a slow upstream would add. */
  private static void pause(java.time.Duration delay) {
    if (delay.isZero()) {
      return;
    }
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The request's headers, names in lower case, with the client's address as {@code
   * x-mock-client-ip} (for rate limits keyed by IP).
   */
  private static Map<String, String> headersOf(Context context) {
    Map<String, String> headers = new java.util.LinkedHashMap<>();
    java.util.Enumeration<String> names = context.req().getHeaderNames();
    while (names.hasMoreElements()) {
      String name = names.nextElement();
      headers.putIfAbsent(name.toLowerCase(Locale.ROOT), context.req().getHeader(name));
    }
    headers.put("x-mock-client-ip", context.req().getRemoteAddr());
    return headers;
  }

  /** How many GraphQL requests the endpoint has answered. */
  long requestCount() {
    return requests.get();
  }

  /** The response media type, or empty after answering {@code 406}. */
  private Optional<ResponseMediaType> negotiate(Context context, AcceptHeader accept) {
    VaryHeader.add(context, Header.ACCEPT);
    Optional<ResponseMediaType> mediaType = accept.preferredResponseType();
    if (mediaType.isEmpty()) {
      responder.respondWithError(
          context,
          HttpStatus.NOT_ACCEPTABLE,
          "Cannot answer in a media type the Accept header allows; accept "
              + ResponseMediaType.GRAPHQL_RESPONSE_JSON.essence()
              + " or "
              + ResponseMediaType.JSON.essence()
              + ".");
    }
    return mediaType;
  }

  // Several Accept lines mean the same as one line listing them all.
  private static AcceptHeader accept(Context context) {
    List<String> lines = Collections.list(context.req().getHeaders(Header.ACCEPT));
    return AcceptHeader.parse(lines.isEmpty() ? null : String.join(",", lines));
  }

  /** Why a request body of this {@code Content-Type} cannot be read; null when it can. */
  static @Nullable String contentTypeProblem(@Nullable String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return "Missing Content-Type: send the request body as " + JSON + ".";
    }
    Optional<MediaType> mediaType = MediaType.parse(contentType);
    if (mediaType.isEmpty() || !mediaType.get().is("application", "json")) {
      return "Unsupported Content-Type '"
          + contentType.trim()
          + "': send the request body as "
          + JSON
          + ".";
    }
    String charset = mediaType.get().parameter("charset");
    if (charset != null && !isUtf8(charset)) {
      return "Unsupported charset '" + charset + "': send the request body as UTF-8.";
    }
    return null;
  }

  private static boolean isUtf8(String charset) {
    try {
      return Charset.forName(charset).equals(StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
