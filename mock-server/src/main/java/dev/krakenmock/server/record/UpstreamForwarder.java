package dev.krakenmock.server.record;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Sends a client's GraphQL request to the upstream instance with {@link HttpClient} and returns its
 * answer as received.
 *
 * <p>Of the client's headers, only those that shape the answer go upstream: {@code Content-Type},
 * {@code Accept}, {@code Accept-Language}, {@code User-Agent}, {@code Authorization}, Kraken's
 * {@code X-Possible-Errors} and the mock's {@code X-Mock-*} triggers. A real instance ignores the
 * latter; a mock standing in for it honours them, so error answers can be recorded too. With a
 * configured token, {@code Authorization} is {@code JWT <token>} whatever the client sent.
 */
final class UpstreamForwarder {

  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

  private static final String AUTHORIZATION = "authorization";
  private static final String JWT_PREFIX = "JWT ";
  private static final String MOCK_PREFIX = "x-mock-";
  // Set by the mock itself for rate limits by IP; never the client's to forward.
  private static final String CLIENT_IP = "x-mock-client-ip";
  private static final Set<String> FORWARDED =
      Set.of(
          "content-type",
          "accept",
          "accept-language",
          "user-agent",
          "x-possible-errors",
          "x-kraken-possible-errors");

  private final URI upstream;
  private final String shown;
  private final @Nullable String authorization;
  private final HttpClient client;

  UpstreamForwarder(URI upstream, Optional<String> token) {
    this.upstream = upstream;
    this.shown = withoutSecrets(upstream);
    this.authorization = token.map(UpstreamForwarder::authorizationOf).orElse(null);
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .build();
  }

  URI upstream() {
    return upstream;
  }

  /** The upstream's URL as messages and files show it: without user info or query. */
  String shownUrl() {
    return shown;
  }

  private static String withoutSecrets(URI url) {
    try {
      return new URI(url.getScheme(), null, url.getHost(), url.getPort(), url.getPath(), null,
          null).toString();
    } catch (java.net.URISyntaxException e) {
      return url.getScheme() + "://" + url.getHost();
    }
  }

  /**
   * The upstream's answer to {@code request}.
   *
   * @throws UpstreamUnavailableException when the upstream cannot be reached or times out
   */
  UpstreamResponse send(UpstreamRequest request) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(target(request)).timeout(REQUEST_TIMEOUT);
    headersFor(request).forEach(builder::header);
    if (request.isPost()) {
      builder.POST(HttpRequest.BodyPublishers.ofByteArray(request.body()));
    } else {
      builder.GET();
    }
    try {
      HttpResponse<byte[]> response =
          client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new UpstreamResponse(
          response.statusCode(),
          response.headers().firstValue("content-type").orElse(null),
          response.body());
    } catch (HttpTimeoutException e) {
      throw unavailable("did not answer within " + timeoutOf(e), e);
    } catch (ConnectException e) {
      throw unavailable("refused the connection", e);
    } catch (IOException e) {
      throw unavailable("failed: " + describe(e), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unavailable("was interrupted", e);
    }
  }

  /** The headers sent upstream, names in lower case. */
  Map<String, String> headersFor(UpstreamRequest request) {
    Map<String, String> headers = new java.util.TreeMap<>();
    request.headers().forEach((name, value) -> {
      String lower = name.toLowerCase(Locale.ROOT);
      if (FORWARDED.contains(lower)
          || lower.startsWith(MOCK_PREFIX) && !lower.equals(CLIENT_IP)) {
        headers.put(lower, value);
      }
    });
    String clientAuthorization = request.headers().get(AUTHORIZATION);
    if (authorization != null) {
      headers.put(AUTHORIZATION, authorization);
    } else if (clientAuthorization != null) {
      headers.put(AUTHORIZATION, clientAuthorization);
    }
    return headers;
  }

  private URI target(UpstreamRequest request) {
    String query = request.queryString();
    if (request.isPost() || query == null || query.isEmpty()) {
      return upstream;
    }
    String base = upstream.toString();
    return URI.create(base + (base.indexOf('?') >= 0 ? "&" : "?") + query);
  }

  private UpstreamUnavailableException unavailable(String what, Exception cause) {
    return new UpstreamUnavailableException("The upstream " + shown + " " + what + ".", cause);
  }

  private static String authorizationOf(String token) {
    String trimmed = token.strip();
    return trimmed.regionMatches(true, 0, JWT_PREFIX, 0, JWT_PREFIX.length())
        ? trimmed
        : JWT_PREFIX + trimmed;
  }

  private static String timeoutOf(HttpTimeoutException e) {
    return e instanceof java.net.http.HttpConnectTimeoutException
        ? CONNECT_TIMEOUT.toSeconds() + " s (connecting)"
        : REQUEST_TIMEOUT.toSeconds() + " s";
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
