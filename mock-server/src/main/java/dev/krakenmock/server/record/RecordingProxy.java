package dev.krakenmock.server.record;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import dev.krakenmock.server.config.MockServerConfig;
import dev.krakenmock.server.data.StandInValues;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Record mode: each GraphQL request goes to the upstream instance, its answer comes back to the
 * client as it was (status, {@code Content-Type} and body), and a {@code 200} JSON answer with
 * {@code data} is written as an operation fixture, personal data replaced. A failure to record is
 * logged and never reaches the client; an upstream that cannot be reached gives a {@code 502}
 * whose GraphQL error names it.
 */
public final class RecordingProxy {

  private static final Logger LOG = LoggerFactory.getLogger(RecordingProxy.class);
  private static final int OK = 200;

  private final UpstreamForwarder forwarder;
  private final OperationRecorder recorder;
  private final ObjectMapper mapper;

  private RecordingProxy(UpstreamForwarder forwarder, OperationRecorder recorder,
      ObjectMapper mapper) {
    this.forwarder = forwarder;
    this.recorder = recorder;
    this.mapper = mapper;
  }

  /**
   * The proxy {@code config} asks for with {@code recordFrom}; empty when it does not record.
   *
   * @throws IllegalArgumentException when the record folder is a file
   */
  public static Optional<RecordingProxy> forConfig(MockServerConfig config) {
    return config.recordFrom().map(upstream -> {
      Path directory = config.recordTo();
      if (Files.exists(directory) && !Files.isDirectory(directory)) {
        throw new IllegalArgumentException(
            "Record folder '" + directory + "' is a file, not a folder.");
      }
      // Decimals as sent: 12.50 stays 12.50 in the recording.
      ObjectMapper mapper = new ObjectMapper()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
      PersonalDataScrubber scrubber =
          new PersonalDataScrubber(config.seed(), StandInValues.forLocale(config.locale()));
      UpstreamForwarder forwarder = new UpstreamForwarder(upstream, config.upstreamToken());
      return new RecordingProxy(forwarder,
          new OperationRecorder(directory, scrubber, mapper, forwarder.shownUrl()), mapper);
    });
  }

  /** The instance requests are forwarded to. */
  public URI upstream() {
    return forwarder.upstream();
  }

  /** The folder recordings are written to. */
  public Path directory() {
    return recorder.directory();
  }

  /** The upstream's answer to {@code request}, recorded when it is a {@code 200} JSON answer. */
  public UpstreamResponse forward(UpstreamRequest request) {
    UpstreamResponse response;
    try {
      response = forwarder.send(request);
    } catch (UpstreamUnavailableException e) {
      LOG.warn("{}", e.getMessage());
      return UpstreamResponse.badGateway(e.getMessage());
    } catch (IllegalArgumentException e) {
      return UpstreamResponse.badGateway(
          "The request cannot be forwarded to the upstream " + forwarder.shownUrl() + ": "
              + e.getMessage());
    }
    if (response.status() == OK && response.isJson()) {
      record(request, response);
    }
    return response;
  }

  private void record(UpstreamRequest request, UpstreamResponse response) {
    Optional<RecordedCall> call = request.isPost()
        ? RecordedCall.fromBody(request.body(), mapper)
        : RecordedCall.fromQueryString(request.queryString(), mapper);
    if (call.isEmpty()) {
      LOG.info("Not recorded: the request holds no GraphQL query");
      return;
    }
    try {
      JsonNode body = mapper.readTree(response.body());
      if (body != null && body.isObject()) {
        recorder.record(call.get(), body);
      }
    } catch (IOException | RuntimeException e) {
      LOG.warn("Could not record an answer of {}: {}", forwarder.shownUrl(), e.toString());
    }
  }
}
